// After an error the parser resynchronises at the next statement: later,
// independent errors are reported too, cascades are not.
#include "ParseTestSupport.h"

#include <gtest/gtest.h>

namespace reachable::test {
namespace {

std::vector<std::string> allErrors(std::string_view source) {
  std::vector<std::string> out;
  for (const ParseError& error : parseProgram(source).errors) {
    out.push_back(std::to_string(error.pos.line) + ":" + std::to_string(error.pos.column) + " " + describe(error));
  }
  return out;
}

TEST(ErrorRecovery, ReportsIndependentErrors) {
  EXPECT_EQ(allErrors("let x = 1;\nlet x = 2;\nfoo(;\nconst y;\n"),
            (std::vector<std::string>{"2:5 SyntaxError: Identifier 'x' has already been declared",
                                      "3:5 SyntaxError: Unexpected token ';'",
                                      "4:7 SyntaxError: Missing initializer in const declaration"}));
}

TEST(ErrorRecovery, SkipsTheRestOfABrokenBlock) {
  EXPECT_EQ(allErrors("function f() {\n  let a; let a;\n  a b c d\n}\nimport g from './g.js';\n"),
            (std::vector<std::string>{
                "2:14 SyntaxError: Identifier 'a' has already been declared",
                "5:1 import declarations are not supported: they read another file, and a program runs alone"}));
}

TEST(ErrorRecovery, UnclosedBracketEndsTheReport) {
  EXPECT_EQ(allErrors("f(a b\nlet x; let x;\n"),
            (std::vector<std::string>{"1:3 SyntaxError: missing ) after argument list"}));
}

// A byte-order mark tells the encoding; the first line's columns start after it.
TEST(ErrorRecovery, AByteOrderMarkIsNotAColumn) {
  EXPECT_EQ(allErrors("\xEF\xBB\xBF" "const x = ;\n"), (std::vector<std::string>{"1:11 SyntaxError: Unexpected token ';'"}));
  EXPECT_EQ(allErrors("const x = ;\n"), (std::vector<std::string>{"1:11 SyntaxError: Unexpected token ';'"}));
}

TEST(ErrorRecovery, TemplatesAreSkippedWhole) {
  EXPECT_EQ(allErrors("x = `${ {} }` y;\nz = `a${1}b${2}c` w;\n").size(), 2u);
}

}  // namespace
}  // namespace reachable::test
