#include "parse/Token.h"

#include <unordered_map>

namespace reachable {

std::string_view tokenText(TokenKind kind) {
  switch (kind) {
#define REACHABLE_TOKEN_TEXT(name, text) \
  case TokenKind::name: return text;
    REACHABLE_KEYWORDS(REACHABLE_TOKEN_TEXT)
    REACHABLE_PUNCTUATORS(REACHABLE_TOKEN_TEXT)
#undef REACHABLE_TOKEN_TEXT
    default: return {};
  }
}

bool isKeyword(TokenKind kind) { return kind >= TokenKind::Break && kind <= TokenKind::With; }

TokenKind keywordKind(std::string_view name) {
  static const std::unordered_map<std::string_view, TokenKind> table = {
#define REACHABLE_KEYWORD_ENTRY(kind, text) {text, TokenKind::kind},
      REACHABLE_KEYWORDS(REACHABLE_KEYWORD_ENTRY)
#undef REACHABLE_KEYWORD_ENTRY
  };
  const auto it = table.find(name);
  return it == table.end() ? TokenKind::Identifier : it->second;
}

bool isAssignmentOperator(TokenKind kind) {
  return kind == TokenKind::Assign || (kind >= TokenKind::PlusAssign && kind <= TokenKind::QuestionQuestionAssign);
}

}  // namespace reachable
