// Identifiers: which words are reserved where, and the strict-mode rules for
// names that are bound.
#include "parse/ParserImpl.h"

namespace reachable {

namespace {

bool isStrictReservedWord(std::string_view name) {
  return name == "implements" || name == "interface" || name == "let" || name == "package" || name == "private" ||
         name == "protected" || name == "public" || name == "static" || name == "yield";
}

}  // namespace

bool Parser::awaitIsOperator() const { return functions_.back().allowAwait; }

bool Parser::isReservedWordHere(const Token& token) const {
  if (token.kind != TokenKind::Identifier) return isKeyword(token.kind);
  if (token.escaped && keywordKind(token.name) != TokenKind::Identifier) return true;
  if (isStrictReservedWord(token.name)) return strict() || (token.name == "yield" && functions_.back().allowYield);
  if (token.name != "await") return false;
  // `await` is reserved throughout a module, and inside async functions and
  // class static blocks of a script.
  const FunctionContext& context = functions_.back();
  return goal_ == ParseGoal::Module || context.allowAwait || context.kind == FunctionKind::ClassStaticBlock;
}

void Parser::checkIdentifierReference(const Token& token) {
  if (token.kind != TokenKind::Identifier || isReservedWordHere(token)) unexpected(token);
  if (token.name == "arguments" && !functions_.back().allowArguments) {
    syntaxError("'arguments' is not allowed in class field initializer or static initialization block",
                token.range.start);
  }
}

void Parser::checkBindingIdentifier(const Token& token) {
  checkIdentifierReference(token);
  checkStrictBindingName(token.name, token.range.start);
}

void Parser::checkStrictBindingName(std::string_view name, SourcePosition pos) {
  if (strict() && (name == "eval" || name == "arguments")) syntaxError("Unexpected eval or arguments in strict mode", pos);
}

Identifier* Parser::makeIdentifier(const Token& token) {
  auto* id = arena_.make<Identifier>();
  id->kind = NodeKind::Identifier;
  id->range = token.range;
  id->name = token.kind == TokenKind::Identifier ? token.name : tokenText(token.kind);
  return id;
}

Identifier* Parser::parseIdentifierReference() {
  checkIdentifierReference(current_);
  Identifier* id = makeIdentifier(current_);
  advance();
  return id;
}

Identifier* Parser::parseBindingIdentifier() {
  checkBindingIdentifier(current_);
  Identifier* id = makeIdentifier(current_);
  advance();
  return id;
}

Identifier* Parser::parseIdentifierName() {
  if (!at(TokenKind::Identifier) && !isKeyword(current_.kind)) unexpected();
  Identifier* id = makeIdentifier(current_);
  advance();
  return id;
}

}  // namespace reachable
