#pragma once

#include "parse/Diagnostics.h"
#include "parse/NameTable.h"
#include "parse/Token.h"

#include <string>
#include <string_view>

namespace reachable {

// Turns UTF-8 source into tokens, one at a time, on demand. The parser decides
// what a '/' or '}' means: it asks for a regular expression or a template
// continuation to be rescanned where the grammar expects one. Legacy octal forms,
// which only sloppy code allows, are read and marked (Token::strictError): the
// parser knows whether the code around them is strict.
class Lexer {
 public:
  struct State {
    SourcePosition pos;
    bool lineStart = true;  // only whitespace/comments since the last newline
  };

  Lexer(std::string_view source, NameTable& names, Diagnostics& diagnostics, bool allowHtmlComments);

  Token next();
  Token rescanRegExp(const Token& slash);
  Token rescanTemplateContinuation(const Token& rightBrace);

  State save() const { return state_; }
  void restore(const State& state) { state_ = state; }
  std::string_view source() const { return source_; }

 private:
  // Reading code points.
  bool atEnd() const { return state_.pos.offset >= source_.size(); }
  char32_t peekChar(uint32_t ahead = 0) const;
  char32_t advance();
  void advanceBytes(uint32_t count);  // ASCII only, no line terminators
  bool match(char c);

  // Trivia: returns whether a line terminator was skipped.
  bool skipTrivia();
  void skipLineComment();
  bool skipBlockComment();
  bool atHtmlComment() const;

  void scanPunctuator(Token& token);
  void scanIdentifier(Token& token);
  char32_t scanIdentifierEscape();
  void scanPrivateName(Token& token);

  void scanNumber(Token& token);
  void scanDecimalTail(std::string& digits, SourcePosition start);
  void scanDigits(std::string& digits, int radix, bool allowSeparators);
  void scanString(Token& token, char32_t quote);
  void scanTemplatePart(Token& token, bool afterBacktick);
  void scanRegExpBody(Token& token);

  // Decodes the escape after a backslash (already consumed) into `out`.
  // Returns an error message, empty on success, and where V8 reports it in
  // `errorPos` (which comes in as the backslash's position).
  std::string scanEscape(std::u16string& out, bool inTemplate, SourcePosition& errorPos);
  bool scanHexDigits(int count, char32_t& value);
  bool scanLegacyOctalEscape(Token& token, SourcePosition backslash);

  [[noreturn]] void invalidToken(SourcePosition at);

  std::string_view source_;
  NameTable& names_;
  Diagnostics& diagnostics_;
  bool allowHtmlComments_;
  State state_;
};

}  // namespace reachable
