#pragma once

#include "text/SourcePosition.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace reachable {

// Reserved words get their own kinds; contextual words (let, async, await, of,
// get, set, static, yield...) are Identifier tokens that the parser inspects.
#define REACHABLE_KEYWORDS(X)                                                                                       \
  X(Break, "break")                                                                                                 \
  X(Case, "case") X(Catch, "catch") X(Class, "class") X(Const, "const") X(Continue, "continue")                     \
      X(Debugger, "debugger") X(Default, "default") X(Delete, "delete") X(Do, "do") X(Else, "else") X(Enum, "enum") \
          X(Export, "export") X(Extends, "extends") X(False, "false") X(Finally, "finally") X(For, "for")           \
              X(Function, "function") X(If, "if") X(Import, "import") X(In, "in") X(Instanceof, "instanceof")       \
                  X(New, "new") X(Null, "null") X(Return, "return") X(Super, "super") X(Switch, "switch")           \
                      X(This, "this") X(Throw, "throw") X(True, "true") X(Try, "try") X(Typeof, "typeof")           \
                          X(Var, "var") X(Void, "void") X(While, "while") X(With, "with")

#define REACHABLE_PUNCTUATORS(X)                                                                                       \
  X(LeftBrace, "{")                                                                                                    \
  X(RightBrace, "}") X(LeftParen, "(") X(RightParen, ")") X(LeftBracket, "[") X(RightBracket, "]") X(Dot, ".")         \
      X(Ellipsis, "...") X(Semicolon, ";") X(Comma, ",") X(Less, "<") X(Greater, ">") X(LessEqual, "<=")               \
          X(GreaterEqual, ">=") X(Equal, "==") X(NotEqual, "!=") X(StrictEqual, "===") X(StrictNotEqual, "!==")        \
              X(Plus, "+") X(Minus, "-") X(Star, "*") X(Slash, "/") X(Percent, "%") X(StarStar, "**")                  \
                  X(PlusPlus, "++") X(MinusMinus, "--") X(ShiftLeft, "<<") X(ShiftRight, ">>")                         \
                      X(ShiftRightUnsigned, ">>>") X(Ampersand, "&") X(Bar, "|") X(Caret, "^") X(Bang, "!")            \
                          X(Tilde, "~") X(AmpAmp, "&&") X(BarBar, "||") X(QuestionQuestion, "??") X(Question, "?")     \
                              X(QuestionDot, "?.") X(Colon, ":") X(Assign, "=") X(PlusAssign, "+=")                    \
                                  X(MinusAssign, "-=") X(StarAssign, "*=") X(SlashAssign, "/=") X(PercentAssign, "%=") \
                                      X(StarStarAssign, "**=") X(ShiftLeftAssign, "<<=") X(ShiftRightAssign, ">>=")    \
                                          X(ShiftRightUnsignedAssign, ">>>=") X(AmpersandAssign, "&=")                 \
                                              X(BarAssign, "|=") X(CaretAssign, "^=") X(AmpAmpAssign, "&&=")           \
                                                  X(BarBarAssign, "||=") X(QuestionQuestionAssign, "?\?=")             \
                                                      X(Arrow, "=>")

enum class TokenKind : uint8_t {
  EndOfInput,
  Identifier,
  PrivateName,  // #name
  Number,
  BigInt,  // 12n: `value` holds its digits with their radix prefix, no separators
  String,
  NoSubstitutionTemplate,  // `text`
  TemplateHead,            // `text${
  TemplateMiddle,          // }text${
  TemplateTail,            // }text`
  RegExp,
#define REACHABLE_TOKEN_ENUM(name, text) name,
  REACHABLE_KEYWORDS(REACHABLE_TOKEN_ENUM) REACHABLE_PUNCTUATORS(REACHABLE_TOKEN_ENUM)
#undef REACHABLE_TOKEN_ENUM
};

// The spelling of a keyword or punctuator; empty for the other kinds.
std::string_view tokenText(TokenKind kind);

bool isKeyword(TokenKind kind);
// The keyword spelled `name`, or Identifier if it is not a reserved word.
TokenKind keywordKind(std::string_view name);
bool isAssignmentOperator(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::EndOfInput;
  SourceRange range;
  bool newlineBefore = false;  // a line terminator precedes it (for ASI)
  bool escaped = false;        // an identifier spelled with \u escapes
  std::string_view name;       // Identifier, PrivateName (with '#'), keywords
  double number = 0;
  std::u16string value;  // String value; a template part's cooked text; a regex's body
  std::u16string raw;    // a template part's raw text; a regex's flags
  // A template part whose escapes are invalid has no cooked value (allowed
  // only in tagged templates); the error to give if it is not tagged:
  bool cookedInvalid = false;
  std::string cookedError;
  SourcePosition cookedErrorPos;
  // A legacy octal literal or escape, which only sloppy code allows: the error it
  // is in strict code (the parser decides, knowing the code's strictness).
  const char* strictError = nullptr;
  SourcePosition strictErrorPos;
};

}  // namespace reachable
