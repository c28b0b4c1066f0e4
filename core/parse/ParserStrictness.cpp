// Strict mode: which code is strict (ECMA-262 §11.2.2), and the errors that a
// "use strict" directive makes of what was read before it. Modules, classes and
// test262's scripts are strict throughout; eval and new Function code is sloppy
// unless it says "use strict" or (a direct eval) its caller is strict; a function is
// strict inside strict code or by its own directive.
#include "parse/ParserImpl.h"

namespace reachable {

bool Parser::DirectivePrologue::read(const Token& first, const Node* statement) {
  if (!open) return false;
  const bool isDirective = first.kind == TokenKind::String && statement->kind == NodeKind::ExpressionStatement &&
                           statement->as<ValueStatement>()->value->kind == NodeKind::StringLiteral &&
                           !statement->as<ValueStatement>()->value->parenthesized;
  if (!isDirective) {
    end();
    return false;
  }
  tokens.push_back(first);
  // Only the exact text: "use\x20strict" is a directive, but not this one.
  const uint32_t length = first.range.end.offset - first.range.start.offset;
  return length == 12 && first.value == u"use strict";
}

void Parser::enterStrictMode(const DirectivePrologue& prologue) {
  for (const Token& directive : prologue.tokens) {
    if (directive.strictError) syntaxError(directive.strictError, directive.strictErrorPos);
  }
  functions_.back().strict = true;
}

void Parser::checkStrictFunction(const Function* function) {
  if (const auto duplicate = functions_.back().duplicateParameter) {
    syntaxError("Duplicate parameter name not allowed in this context", *duplicate);
  }
  auto check = [&](const Identifier* id) {
    Token token;
    token.kind = TokenKind::Identifier;
    token.name = id->name;
    token.range = id->range;
    if (isReservedWordHere(token)) unexpected(token);
    checkStrictBindingName(id->name, id->range.start);
  };
  if (function->name && function->kind != NodeKind::ArrowFunction) check(function->name);
  for (const Node* param : function->params) check(param->as<Identifier>());
}

}  // namespace reachable
