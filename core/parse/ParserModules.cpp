// A module's export declarations. A program runs as Node runs a module that nothing
// imports: an exported declaration is just the declaration, `export default` just
// evaluates its value, and `export { a as b }` only has to name something the module
// declares. What would read another file (import, export … from) is refused.
#include "parse/ParserImpl.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

bool isExportedDeclarationStart(TokenKind kind) {
  return kind == TokenKind::Var || kind == TokenKind::Const || kind == TokenKind::Function ||
         kind == TokenKind::Class;
}

}  // namespace

Node* Parser::parseExport() {
  const SourcePosition start = current_.range.start;
  if (goal_ != ParseGoal::Module || scopes_.size() != 1) unexpected();
  advance();
  if (eat(TokenKind::Default)) return parseExportDefault(start);
  if (at(TokenKind::Star)) refuseExportFrom(start);
  if (at(TokenKind::LeftBrace)) return parseExportList(start);
  const bool asyncFunction = atContextual("async") && peek().kind == TokenKind::Function && !peek().newlineBefore;
  if (!isExportedDeclarationStart(current_.kind) && !atContextual("let") && !asyncFunction) unexpected();
  // The names the declaration adds to the module's scope are the names it exports.
  const std::size_t declaredBefore = scopes_.front().declarations.size();
  Node* declaration = parseStatementListItem();
  const auto& declarations = scopes_.front().declarations;
  for (std::size_t i = declaredBefore; i < declarations.size(); ++i) {
    addExportName(declarations[i].name, declarations[i].id->range.start);
  }
  return declaration;
}

// export default function f() {} declares f; a nameless function or class, or any
// other value, is evaluated where it stands (its binding, *default*, is one only an
// importer could read).
Node* Parser::parseExportDefault(SourcePosition exportStart) {
  addExportName("default", exportStart);
  const SourcePosition start = current_.range.start;
  const bool isAsync = atContextual("async") && peek().kind == TokenKind::Function && !peek().newlineBefore;
  if (at(TokenKind::Function) || isAsync) {
    if (isAsync) advance();
    const bool named = peek().kind == TokenKind::Identifier || (peek().kind == TokenKind::Star);
    if (named) return parseFunction(NodeKind::FunctionDeclaration, start, isAsync, true);
    return expressionStatement(start, parseFunction(NodeKind::FunctionExpression, start, isAsync, false));
  }
  if (at(TokenKind::Class)) {
    if (peek().kind == TokenKind::Identifier) return parseClass(NodeKind::ClassDeclaration, true);
    return expressionStatement(start, parseClass(NodeKind::ClassExpression, false));
  }
  Node* value = parseAssignment();
  consumeSemicolon();
  return expressionStatement(start, value);
}

Node* Parser::expressionStatement(SourcePosition start, Node* value) {
  auto* statement = make<ValueStatement>(NodeKind::ExpressionStatement, start);
  statement->value = value;
  return finish(statement);
}

// export { a, b as c, d as default }: no code of its own.
Node* Parser::parseExportList(SourcePosition start) {
  advance();
  std::vector<std::pair<Identifier*, bool>> locals;  // each with whether it was a string
  while (!at(TokenKind::RightBrace)) {
    const bool isString = at(TokenKind::String);
    Identifier* local = parseModuleExportName();
    Identifier* exported = local;
    if (atContextual("as")) {
      advance();
      exported = parseModuleExportName();
    }
    addExportName(exported->name, exported->range.start);
    locals.emplace_back(local, isString);
    if (!at(TokenKind::RightBrace)) expect(TokenKind::Comma);
  }
  advance();
  if (atContextual("from")) refuseExportFrom(start);
  for (const auto& [local, isString] : locals) {
    if (isString) syntaxError("Unexpected string", local->range.start);
    exportedLocals_.push_back(local);
  }
  consumeSemicolon();
  return make<LeafNode>(NodeKind::EmptyStatement, start);
}

// An IdentifierName or, since ES2022, a string.
Identifier* Parser::parseModuleExportName() {
  if (!at(TokenKind::String)) return parseIdentifierName();
  auto* name = make<Identifier>(NodeKind::Identifier, current_.range.start);
  name->name = names_.intern(toUtf8(current_.value));
  advance();
  return finish(name);
}

void Parser::refuseExportFrom(SourcePosition start) {
  unsupported("export … from declarations are not supported: they import another file, and a program runs alone",
              start);
}

void Parser::addExportName(std::string_view name, SourcePosition pos) {
  if (!exportNames_.insert(name).second) syntaxError("Duplicate export of '" + std::string(name) + "'", pos);
}

// Once the whole module is read: every name an export list exports must be declared.
void Parser::checkExportedLocals() {
  const ScopeFrame& module = scopes_.front();
  for (const Identifier* local : exportedLocals_) {
    if (module.lexicalNames.contains(local->name) || module.varNames.contains(local->name)) continue;
    syntaxError("Export '" + std::string(local->name) + "' is not defined in module", local->range.start);
  }
}

}  // namespace reachable
