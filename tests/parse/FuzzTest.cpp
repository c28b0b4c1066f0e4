// Random input (deterministic seed) never crashes the parser: it gives a
// tree or errors, and errors are positioned inside the text.
#include "CaseFiles.h"
#include "ParseTestSupport.h"

#include <gtest/gtest.h>
#include <random>

namespace reachable::test {
namespace {

void expectWellFormed(const std::string& source) {
  const ParseResult result = parseProgram(source);
  ASSERT_NE(result.ok(), !result.errors.empty()) << source;
  for (const ParseError& error : result.errors) {
    ASSERT_LE(error.pos.offset, source.size()) << source;
    ASSERT_FALSE(error.message.empty());
  }
  if (result.ok()) printAst(result.program);
}

TEST(Fuzz, RandomTokenSoup) {
  static const char* const kPieces[] = {
      "let ",      "const ", "var ",     "x",       "y",         " = ",     "(",       ")",       "[",
      "]",         "{",      "}",        ",",       ";",         "\n",      "=>",      "async ",  "await ",
      "function ", "class ", "extends ", "#p",      ".",         "?.",      "?",       ":",       "...",
      "`",         "${",     "1",        "0x1",     "'s'",       "+",       "++",      "-",       "**",
      "??",        "||",     "&&",       "!",       "new ",      "super",   "this",    "return ", "if ",
      "else ",     "for ",   " of ",     " in ",    "while ",    "static ", "get ",    "set ",    "/",
      "/*",        "*/",     "//",       "\\u0061", "é",         "🙂",    "try ",    "catch ",  "finally ",
      "switch ",   "case ",  "default:", "break ",  "continue ", "label:",  "delete ", "typeof ",
  };
  std::mt19937 random(20240611);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(1, 40);
  for (int i = 0; i < 20000; ++i) {
    std::string source;
    for (int n = length(random); n > 0; --n) source += kPieces[piece(random)];
    expectWellFormed(source);
  }
}

TEST(Fuzz, RandomBytes) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 64);
  for (int i = 0; i < 20000; ++i) {
    std::string source;
    for (int n = length(random); n > 0; --n) source += static_cast<char>(byte(random));
    expectWellFormed(source);
  }
}

TEST(Fuzz, MutatedCaseFiles) {
  std::mt19937 random(99);
  for (const auto& kind : {"valid", "invalid"}) {
    for (const auto& path : caseFiles(kind)) {
      const std::string original = readFile(path);
      for (int i = 0; i < 50; ++i) {
        std::string source = original;
        std::uniform_int_distribution<size_t> at(0, source.size() - 1);
        const size_t position = at(random);
        switch (random() % 3) {
          case 0: source.erase(position, 1); break;
          case 1: source.insert(position, 1, original[at(random)]); break;
          default: source[position] = original[at(random)]; break;
        }
        expectWellFormed(source);
      }
    }
  }
}

}  // namespace
}  // namespace reachable::test
