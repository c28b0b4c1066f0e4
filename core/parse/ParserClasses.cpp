// Classes: members, constructors, private names and static blocks.
#include "parse/ParserImpl.h"

namespace reachable {

namespace {

bool endsMemberName(TokenKind kind) {
  return kind == TokenKind::LeftParen || kind == TokenKind::Assign || kind == TokenKind::Semicolon ||
         kind == TokenKind::RightBrace;
}

// The key's name when it is written as a name or a string, for the rules
// about `constructor` and `prototype`.
std::u16string_view staticKeyName(const ClassMember* member, const Token& keyToken) {
  if (member->computed) return {};
  if (keyToken.kind == TokenKind::String) return keyToken.value;
  if (keyToken.kind != TokenKind::Identifier && !isKeyword(keyToken.kind)) return {};
  const std::string_view name = member->key->as<Identifier>()->name;
  if (name == "constructor") return u"constructor";
  if (name == "prototype") return u"prototype";
  return {};
}

}  // namespace

Class* Parser::parseClass(NodeKind kind, bool isStatement) {
  // `class extends class extends …` nests without a bracket.
  DepthGuard guard(*this);
  const SourcePosition start = current_.range.start;
  // All of a class is strict code, from its name on.
  StrictClass strictClass(*this);
  advance();
  auto* node = make<Class>(kind, start);
  if (at(TokenKind::Identifier)) {
    node->name = parseBindingIdentifier();
    if (isStatement) declareLexical(node->name, DeclarationKind::Class, start);
  } else if (isStatement) {
    unexpected();
  }
  if (eat(TokenKind::Extends)) node->superClass = parseLeftHandSide();
  pushScope(ScopeKind::Class);
  if (node->name) declareLexical(node->name, DeclarationKind::Class);
  classes_.emplace_back();
  expect(TokenKind::LeftBrace);
  std::vector<ClassMember*> members;
  bool sawConstructor = false;
  while (!at(TokenKind::RightBrace)) {
    if (eat(TokenKind::Semicolon)) continue;
    members.push_back(parseClassMember(node, sawConstructor));
  }
  advance();
  resolvePrivateNames(classes_.back());
  classes_.pop_back();
  node->members = list(members);
  node->scope = popScope();
  return finish(node);
}

ClassMember* Parser::parseClassMember(Class* classNode, bool& sawConstructor) {
  const SourcePosition start = current_.range.start;
  auto* member = make<ClassMember>(NodeKind::ClassMember, start);
  if (atContextual("static") && !endsMemberName(peek().kind)) {
    member->isStatic = true;
    advance();
    if (at(TokenKind::LeftBrace)) {
      member->memberKind = ClassMemberKind::StaticBlock;
      member->function = parseStaticBlock(start);
      return finish(member);
    }
  }
  const SourcePosition keyStart = current_.range.start;
  bool isAsync = false;
  if (atContextual("async") && !endsMemberName(peek().kind) && !peek().newlineBefore) {
    isAsync = true;
    advance();
  }
  const bool isGenerator = eat(TokenKind::Star);
  member->memberKind = ClassMemberKind::Method;
  if (!isAsync && !isGenerator && (atContextual("get") || atContextual("set")) && !endsMemberName(peek().kind)) {
    member->memberKind = current_.name == "get" ? ClassMemberKind::Getter : ClassMemberKind::Setter;
    advance();
  }
  const Token keyToken = current_;
  if (at(TokenKind::PrivateName)) {
    if (current_.name == "#constructor") syntaxError("Classes may not have a field named 'constructor'", keyStart);
    member->key = parsePrivateName();
  } else {
    member->key = parsePropertyKey(member->computed);
  }
  const bool isMethod = isAsync || member->memberKind != ClassMemberKind::Method || at(TokenKind::LeftParen);
  if (!isMethod) member->memberKind = ClassMemberKind::Field;
  const std::u16string_view name = staticKeyName(member, keyToken);
  const SourcePosition keyPos = keyToken.range.start;
  if (member->isStatic && name == u"prototype") {
    syntaxError("Classes may not have a static property named 'prototype'", keyPos);
  }
  if (name == u"constructor" && (!member->isStatic || !isMethod)) {
    if (!isMethod) syntaxError("Classes may not have a field named 'constructor'", keyPos);
    if (member->memberKind != ClassMemberKind::Method) syntaxError("Class constructor may not be an accessor", keyPos);
    if (isAsync) syntaxError("Class constructor may not be an async method", keyPos);
    if (isGenerator) syntaxError("Class constructor may not be a generator", keyPos);
    if (sawConstructor) syntaxError("A class may only have one constructor", keyPos);
    sawConstructor = true;
    member->memberKind = ClassMemberKind::Constructor;
  }
  if (member->key->kind == NodeKind::PrivateName) {
    declarePrivateName(member->key->as<PrivateName>(), member->memberKind, member->isStatic);
  }
  parseClassMemberValue(member, classNode, keyStart, isAsync, isGenerator);
  return finish(member);
}

void Parser::parseClassMemberValue(ClassMember* member, Class* classNode, SourcePosition start, bool isAsync,
                                   bool isGenerator) {
  switch (member->memberKind) {
    case ClassMemberKind::Field:
      if (eat(TokenKind::Assign)) member->value = parseFieldInitializer();
      consumeSemicolon();
      return;
    case ClassMemberKind::Constructor:
      member->function =
          parseMethod(classNode->superClass ? FunctionKind::DerivedConstructor : FunctionKind::ClassConstructor, false,
                      false, start);
      return;
    case ClassMemberKind::Getter: member->function = parseMethod(FunctionKind::Getter, false, false, start); return;
    case ClassMemberKind::Setter: member->function = parseMethod(FunctionKind::Setter, false, false, start); return;
    default: member->function = parseMethod(FunctionKind::Method, isAsync, isGenerator, start); return;
  }
}

Node* Parser::parseFieldInitializer() {
  FunctionContext context = methodContext(FunctionKind::Method, false);
  context.allowReturn = false;
  context.allowArguments = false;
  functions_.push_back(std::move(context));
  Node* value = parseAssignment();
  functions_.pop_back();
  return value;
}

Function* Parser::parseStaticBlock(SourcePosition start) {
  auto* function = make<Function>(NodeKind::FunctionExpression, start);
  function->functionKind = FunctionKind::ClassStaticBlock;
  FunctionContext context = methodContext(FunctionKind::ClassStaticBlock, false);
  context.allowReturn = false;
  context.allowArguments = false;
  functions_.push_back(std::move(context));
  pushScope(ScopeKind::Function, true);
  expect(TokenKind::LeftBrace);
  function->body = parseStatementList(TokenKind::RightBrace);
  expect(TokenKind::RightBrace);
  function->scope = popScope();
  functions_.pop_back();
  return finish(function);
}

}  // namespace reachable
