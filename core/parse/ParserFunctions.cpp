// Functions, methods and arrows: parameters, bodies, and what each kind of
// function lets its body use (await, super, new.target, arguments, return).
#include "parse/ParserImpl.h"

namespace reachable {

Parser::FunctionContext Parser::methodContext(FunctionKind kind, bool isAsync, bool isGenerator) const {
  FunctionContext context;
  context.kind = kind;
  context.isAsync = isAsync;
  context.allowAwait = isAsync;
  context.allowYield = isGenerator;
  context.allowReturn = true;
  context.allowNewTarget = true;
  context.allowSuperProperty = kind != FunctionKind::Normal;
  context.allowSuperCall = kind == FunctionKind::DerivedConstructor;
  context.strict = strict();
  return context;
}

Function* Parser::parseFunction(NodeKind kind, SourcePosition start, bool isAsync, bool isStatement) {
  expect(TokenKind::Function);
  const bool isGenerator = eat(TokenKind::Star);
  auto* function = make<Function>(kind, start);
  function->isAsync = isAsync;
  function->isGenerator = isGenerator;
  if (isStatement || !at(TokenKind::LeftParen)) {
    function->name = parseBindingIdentifier();
    if (isStatement) declareFunctionName(function->name, start);
  }
  functions_.push_back(methodContext(FunctionKind::Normal, isAsync, isGenerator));
  pushScope(ScopeKind::Function, true);
  parseFormalParameters(function);
  parseFunctionBody(function);
  function->scope = popScope();
  functions_.pop_back();
  return finish(function);
}

Function* Parser::parseMethod(FunctionKind kind, bool isAsync, bool isGenerator, SourcePosition start) {
  auto* function = make<Function>(NodeKind::FunctionExpression, start);
  function->functionKind = kind;
  function->isAsync = isAsync;
  function->isGenerator = isGenerator;
  functions_.push_back(methodContext(kind, isAsync, isGenerator));
  pushScope(ScopeKind::Function, true);
  const SourcePosition parametersStart = current_.range.start;
  parseFormalParameters(function);
  checkParameterShape(function, parametersStart);
  parseFunctionBody(function);
  function->scope = popScope();
  functions_.pop_back();
  return finish(function);
}

void Parser::checkParameterShape(Function* function, SourcePosition start) {
  if (function->functionKind == FunctionKind::Getter && (!function->params.empty() || function->rest)) {
    syntaxError("Getter must not have any formal parameters.", start);
  }
  if (function->functionKind != FunctionKind::Setter) return;
  if (function->rest) syntaxError("Setter function argument must not be a rest parameter", start);
  if (function->params.size() != 1) syntaxError("Setter must have exactly one formal parameter.", start);
}

void Parser::parseFormalParameters(Function* function) {
  expect(TokenKind::LeftParen);
  functions_.back().inParameters = true;
  std::vector<Node*> params;
  while (!at(TokenKind::RightParen)) {
    if (eat(TokenKind::Ellipsis)) {
      function->rest = parseBindingTarget();
      declarePatternNames(function->rest, DeclarationKind::Parameter);
      if (at(TokenKind::Assign)) syntaxError("Rest parameter may not have a default initializer", current_.range.start);
      if (!at(TokenKind::RightParen)) syntaxError("Rest parameter must be last formal parameter", current_.range.start);
      break;
    }
    Node* param = parseBindingElement();
    declarePatternNames(param, DeclarationKind::Parameter);
    params.push_back(param);
    if (!at(TokenKind::RightParen)) expect(TokenKind::Comma);
  }
  advance();
  functions_.back().inParameters = false;
  function->params = list(params);
  function->hasSimpleParameterList = !function->rest;
  for (Node* param : params) {
    if (param->kind != NodeKind::Identifier) function->hasSimpleParameterList = false;
  }
  const auto duplicate = functions_.back().duplicateParameter;
  if (duplicate && !function->hasSimpleParameterList) {
    syntaxError("Duplicate parameter name not allowed in this context", *duplicate);
  }
}

void Parser::parseFunctionBody(Function* function) {
  expect(TokenKind::LeftBrace);
  std::vector<Node*> body;
  DirectivePrologue prologue;
  while (!at(TokenKind::RightBrace) && !at(TokenKind::EndOfInput)) {
    const Token first = current_;
    body.push_back(parseStatementListItem());
    if (!prologue.read(first, body.back())) continue;
    if (!function->hasSimpleParameterList) {
      syntaxError("Illegal 'use strict' directive in function with non-simple parameter list", first.range.start);
    }
    if (!strict()) {
      enterStrictMode(prologue);
      checkStrictFunction(function);
    }
  }
  function->strict = strict();
  expect(TokenKind::RightBrace);
  function->body = list(body);
}

Node* Parser::parseArrowFunction(SourcePosition start, const std::vector<Node*>& params, Node* rest, bool isAsync) {
  auto* function = make<Function>(NodeKind::ArrowFunction, start);
  function->functionKind = FunctionKind::Arrow;
  function->isAsync = isAsync;
  // An arrow sees its surroundings' this, super, new.target and arguments.
  FunctionContext context = functions_.back();
  context.isAsync = isAsync;
  context.allowAwait = isAsync;
  context.allowYield = false;
  context.inParameters = false;
  context.allowReturn = true;
  context.breakableDepth = context.loopDepth = 0;
  context.labels.clear();
  std::vector<Node*> converted;
  for (Node* param : params) converted.push_back(toBindingTarget(param));
  if (rest) function->rest = toBindingTarget(rest);
  functions_.push_back(std::move(context));
  pushScope(ScopeKind::Function, true);
  for (Node* param : converted) declarePatternNames(param, DeclarationKind::Parameter);
  if (function->rest) declarePatternNames(function->rest, DeclarationKind::Parameter);
  function->params = list(converted);
  function->hasSimpleParameterList = !rest;
  for (Node* param : converted) {
    if (param->kind != NodeKind::Identifier) function->hasSimpleParameterList = false;
  }
  expect(TokenKind::Arrow);
  if (at(TokenKind::LeftBrace)) {
    parseFunctionBody(function);
  } else {
    function->expressionBody = parseAssignment();
    function->strict = strict();
  }
  function->scope = popScope();
  functions_.pop_back();
  return finish(function);
}

}  // namespace reachable
