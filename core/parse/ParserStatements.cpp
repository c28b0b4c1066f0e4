// Statements and declarations.
#include "parse/ParserImpl.h"

namespace reachable {

NodeList Parser::parseStatementList(TokenKind end) {
  std::vector<Node*> body;
  while (!at(end) && !at(TokenKind::EndOfInput)) body.push_back(parseStatementListItem());
  return list(body);
}

bool Parser::atLexicalDeclaration() { return at(TokenKind::Const) || atLetDeclaration(); }

// In sloppy code `let` is a name too (`var let`), unless a binding follows it.
bool Parser::atLetDeclaration() {
  if (!atContextual("let")) return false;
  if (strict()) return true;
  const TokenKind next = peek().kind;
  return next == TokenKind::Identifier || next == TokenKind::LeftBracket || next == TokenKind::LeftBrace;
}

Node* Parser::parseStatementListItem() {
  DepthGuard guard(*this);
  const SourcePosition start = current_.range.start;
  switch (current_.kind) {
    case TokenKind::Function: return parseFunction(NodeKind::FunctionDeclaration, start, false, true);
    case TokenKind::Class: return parseClass(NodeKind::ClassDeclaration, true);
    case TokenKind::Const: {
      Node* declaration = parseVariableDeclaration(DeclarationKind::Const, false);
      consumeSemicolon();
      return finish(declaration);
    }
    case TokenKind::Import: refuseModuleSyntax(); break;
    case TokenKind::Export: return parseExport();
    default: break;
  }
  if (atLetDeclaration()) {
    Node* declaration = parseVariableDeclaration(DeclarationKind::Let, false);
    consumeSemicolon();
    return finish(declaration);
  }
  if (atContextual("async") && peek().kind == TokenKind::Function && !peek().newlineBefore) {
    advance();
    return parseFunction(NodeKind::FunctionDeclaration, start, true, true);
  }
  return parseStatement();
}

void Parser::refuseModuleSyntax() {
  const TokenKind next = peek().kind;
  // import( and import. are expressions, refused where expressions are parsed.
  if (next != TokenKind::LeftParen && next != TokenKind::Dot) {
    unsupported("import declarations are not supported: they read another file, and a program runs alone",
                current_.range.start);
  }
}

Node* Parser::parseStatementBody() {
  DepthGuard guard(*this);
  const SourcePosition start = current_.range.start;
  if (at(TokenKind::Function) && !strict()) {
    unsupported("a function declaration as the body of a statement is not supported (sloppy-mode legacy syntax): "
                "put it in a block",
                start);
  }
  if (at(TokenKind::Function)) {
    syntaxError("In strict mode code, functions can only be declared at top level or inside a block.", start);
  }
  if (atLetDeclaration()) syntaxError("Lexical declaration cannot appear in a single-statement context", start);
  if (at(TokenKind::Class) || at(TokenKind::Const)) unexpected();
  if (atContextual("async") && peek().kind == TokenKind::Function && !peek().newlineBefore) {
    syntaxError("Async functions can only be declared at the top level or inside a block.", start);
  }
  return parseStatement();
}

Node* Parser::parseStatement() {
  const size_t labelChain = labelChainLength_;
  labelChainLength_ = 0;
  const SourcePosition start = current_.range.start;
  switch (current_.kind) {
    case TokenKind::LeftBrace: return parseBlock();
    case TokenKind::Var: {
      Node* declaration = parseVariableDeclaration(DeclarationKind::Var, false);
      consumeSemicolon();
      return finish(declaration);
    }
    case TokenKind::Semicolon: advance(); return make<LeafNode>(NodeKind::EmptyStatement, start);
    case TokenKind::If: return parseIf();
    case TokenKind::For:
    case TokenKind::While:
    case TokenKind::Do: {
      auto& labels = functions_.back().labels;
      for (size_t i = 0; i < labelChain; ++i) labels[labels.size() - 1 - i].isLoop = true;
      return at(TokenKind::For) ? parseFor() : at(TokenKind::While) ? parseWhile() : parseDoWhile();
    }
    case TokenKind::Continue: return parseJump(false);
    case TokenKind::Break: return parseJump(true);
    case TokenKind::Return: return parseReturn();
    case TokenKind::Switch: return parseSwitch();
    case TokenKind::Throw: return parseThrow();
    case TokenKind::Try: return parseTry();
    case TokenKind::With:
      if (!strict()) {
        unsupported("with statements are not supported: they make an object's properties variables of the code "
                    "inside, which only sloppy-mode code allows",
                    start);
      }
      syntaxError("Strict mode code may not include a with statement", start);
    case TokenKind::Debugger:
      advance();
      consumeSemicolon();
      return make<LeafNode>(NodeKind::DebuggerStatement, start);
    case TokenKind::Identifier:
      if (peek().kind == TokenKind::Colon && !current_.escaped) {
        Identifier* label = parseIdentifierReference();
        labelChainLength_ = labelChain;
        return parseLabeled(label);
      }
      break;
    default: break;
  }
  return parseExpressionStatement();
}

Node* Parser::parseExpressionStatement() {
  const SourcePosition start = current_.range.start;
  auto* statement = make<ValueStatement>(NodeKind::ExpressionStatement, start);
  statement->value = parseExpression();
  consumeSemicolon();
  return finish(statement);
}

BlockStatement* Parser::parseBlock(bool isCatchBody) {
  const SourcePosition start = current_.range.start;
  expect(TokenKind::LeftBrace);
  pushScope(ScopeKind::Block);
  currentScope().isCatchBody = isCatchBody;
  auto* block = make<BlockStatement>(NodeKind::BlockStatement, start);
  block->body = parseStatementList(TokenKind::RightBrace);
  expect(TokenKind::RightBrace);
  block->scope = popScope();
  return finish(block);
}

VariableDeclaration* Parser::parseVariableDeclaration(DeclarationKind kind, bool inForHead) {
  const SourcePosition start = current_.range.start;
  advance();
  auto* declaration = make<VariableDeclaration>(NodeKind::VariableDeclaration, start);
  declaration->declarationKind = kind;
  std::vector<VariableDeclarator*> declarators;
  do {
    const SourcePosition targetStart = current_.range.start;
    auto* declarator = make<VariableDeclarator>(NodeKind::VariableDeclarator, targetStart);
    // V8 reads `let implements` as the identifier `let` first, and so
    // reports the reserved word at `let`.
    const bool reservedAfterLet = kind == DeclarationKind::Let && at(TokenKind::Identifier) && current_.name != "let" &&
                                  current_.name != "await" && isReservedWordHere(current_);
    if (reservedAfterLet) syntaxError("Unexpected strict mode reserved word", start);
    declarator->target = parseBindingTarget();
    declarePatternNames(declarator->target, kind);
    if (eat(TokenKind::Assign)) {
      declarator->init = parseAssignment(!inForHead);
    } else if (!inForHead) {
      if (kind == DeclarationKind::Const) syntaxError("Missing initializer in const declaration", targetStart);
      if (declarator->target->kind != NodeKind::Identifier) {
        syntaxError("Missing initializer in destructuring declaration", targetStart);
      }
    }
    declarators.push_back(finish(declarator));
  } while (eat(TokenKind::Comma));
  declaration->declarators = list(declarators);
  return finish(declaration);
}

Node* Parser::parseIf() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* statement = make<IfStatement>(NodeKind::IfStatement, start);
  expect(TokenKind::LeftParen);
  statement->test = parseExpression();
  expect(TokenKind::RightParen);
  statement->consequent = parseStatementBody();
  if (eat(TokenKind::Else)) statement->alternate = parseStatementBody();
  return finish(statement);
}

Node* Parser::parseLoopBody() {
  FunctionContext& context = functions_.back();
  ++context.loopDepth;
  ++context.breakableDepth;
  Node* body = parseStatementBody();
  --functions_.back().loopDepth;
  --functions_.back().breakableDepth;
  return body;
}

Node* Parser::parseFor() {
  const SourcePosition start = current_.range.start;
  advance();
  const bool isAwait = atContextual("await");
  if (isAwait) {
    if (!awaitIsOperator()) syntaxError("Unexpected reserved word", current_.range.start);
    if (functions_.size() == 1) sawTopLevelAwait_ = true;
    advance();
  }
  expect(TokenKind::LeftParen);
  pushScope(ScopeKind::For);
  Node* init = nullptr;
  if (at(TokenKind::Var) || atLexicalDeclaration()) {
    const DeclarationKind kind = at(TokenKind::Var)     ? DeclarationKind::Var
                                 : at(TokenKind::Const) ? DeclarationKind::Const
                                                        : DeclarationKind::Let;
    auto* declaration = parseVariableDeclaration(kind, true);
    const bool isOf = atContextual("of");
    if (isOf || at(TokenKind::In)) {
      const char* loop = isOf ? "for-of" : "for-in";
      const SourcePosition first = declaration->declarators[0]->range.start;
      if (declaration->declarators.size() > 1) {
        syntaxError(std::string("Invalid left-hand side in ") + loop + " loop: Must have a single binding.", first);
      }
      if (declaration->declarators[0]->init) {
        syntaxError(std::string(loop) + " loop variable declaration may not have an initializer.", first);
      }
      return parseForEach(start, declaration, isOf, isAwait);
    }
    for (VariableDeclarator* declarator : declaration->declarators) {
      if (declarator->init) continue;
      if (kind == DeclarationKind::Const)
        syntaxError("Missing initializer in const declaration", declarator->range.start);
      if (declarator->target->kind != NodeKind::Identifier) {
        syntaxError("Missing initializer in destructuring declaration", declarator->range.start);
      }
    }
    init = declaration;
  } else if (!at(TokenKind::Semicolon)) {
    const SourcePosition exprStart = current_.range.start;
    const bool startsWithAsync = atContextual("async");
    const size_t coverErrors = coverErrors_.size();
    Node* expression = parseAssignment(false, true);
    const bool isOf = atContextual("of");
    if (isOf || at(TokenKind::In)) {
      if (isOf && !isAwait && startsWithAsync && expression->kind == NodeKind::Identifier && !expression->parenthesized) {
        syntaxError("The left-hand side of a for-of loop may not be 'async'.", exprStart);
      }
      Node* target = toAssignmentTarget(expression, false);
      if (!target) syntaxError("Invalid left-hand side in for-loop", exprStart);
      return parseForEach(start, target, isOf, isAwait);
    }
    checkPendingCoverErrors(coverErrors);
    if (at(TokenKind::Comma)) {
      std::vector<Node*> expressions{expression};
      while (eat(TokenKind::Comma)) expressions.push_back(parseAssignment(false));
      auto* sequence = make<SequenceExpression>(NodeKind::SequenceExpression, exprStart);
      sequence->expressions = list(expressions);
      expression = sequence;
    }
    init = expression;
  }
  // `for await` takes only `of`: with `in` or `;` the token there is the error.
  if (isAwait) syntaxError("Unexpected token ';'", current_.range.start);
  auto* statement = make<ForStatement>(NodeKind::ForStatement, start);
  statement->init = init;
  expect(TokenKind::Semicolon);
  if (!at(TokenKind::Semicolon)) statement->test = parseExpression();
  expect(TokenKind::Semicolon);
  if (!at(TokenKind::RightParen)) statement->update = parseExpression();
  expect(TokenKind::RightParen);
  statement->body = parseLoopBody();
  statement->scope = popScope();
  return finish(statement);
}

Node* Parser::parseForEach(SourcePosition start, Node* left, bool isOf, bool isAwait) {
  if (isAwait && !isOf) syntaxError("Unexpected token 'in'", current_.range.start);
  advance();
  auto* statement = make<ForEachStatement>(isOf ? NodeKind::ForOfStatement : NodeKind::ForInStatement, start);
  statement->left = left;
  statement->isAwait = isAwait;
  statement->right = isOf ? parseAssignment() : parseExpression();
  expect(TokenKind::RightParen);
  statement->body = parseLoopBody();
  statement->scope = popScope();
  return finish(statement);
}

Node* Parser::parseWhile() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* statement = make<LoopStatement>(NodeKind::WhileStatement, start);
  expect(TokenKind::LeftParen);
  statement->test = parseExpression();
  expect(TokenKind::RightParen);
  statement->body = parseLoopBody();
  return finish(statement);
}

Node* Parser::parseDoWhile() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* statement = make<LoopStatement>(NodeKind::DoWhileStatement, start);
  statement->body = parseLoopBody();
  expect(TokenKind::While);
  expect(TokenKind::LeftParen);
  statement->test = parseExpression();
  expect(TokenKind::RightParen);
  eat(TokenKind::Semicolon);  // ASI always applies after do-while's ')'
  return finish(statement);
}

Node* Parser::parseSwitch() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* statement = make<SwitchStatement>(NodeKind::SwitchStatement, start);
  expect(TokenKind::LeftParen);
  statement->discriminant = parseExpression();
  expect(TokenKind::RightParen);
  expect(TokenKind::LeftBrace);
  pushScope(ScopeKind::Switch);
  ++functions_.back().breakableDepth;
  std::vector<SwitchCase*> cases;
  bool sawDefault = false;
  while (!eat(TokenKind::RightBrace)) {
    const SourcePosition caseStart = current_.range.start;
    auto* switchCase = make<SwitchCase>(NodeKind::SwitchCase, caseStart);
    if (eat(TokenKind::Default)) {
      if (sawDefault) syntaxError("More than one default clause in switch statement", caseStart);
      sawDefault = true;
    } else {
      expect(TokenKind::Case);
      switchCase->test = parseExpression();
    }
    expect(TokenKind::Colon);
    std::vector<Node*> consequent;
    while (!at(TokenKind::Case) && !at(TokenKind::Default) && !at(TokenKind::RightBrace)) {
      if (at(TokenKind::EndOfInput)) unexpected();
      consequent.push_back(parseStatementListItem());
    }
    switchCase->consequent = list(consequent);
    cases.push_back(finish(switchCase));
  }
  --functions_.back().breakableDepth;
  statement->cases = list(cases);
  statement->scope = popScope();
  return finish(statement);
}

Node* Parser::parseReturn() {
  const SourcePosition start = current_.range.start;
  if (!functions_.back().allowReturn) syntaxError("Illegal return statement", start);
  advance();
  auto* statement = make<ValueStatement>(NodeKind::ReturnStatement, start);
  const bool hasValue =
      !at(TokenKind::Semicolon) && !at(TokenKind::RightBrace) && !at(TokenKind::EndOfInput) && !current_.newlineBefore;
  if (hasValue) statement->value = parseExpression();
  consumeSemicolon();
  return finish(statement);
}

Node* Parser::parseJump(bool isBreak) {
  const SourcePosition start = current_.range.start;
  advance();
  auto* statement = make<JumpStatement>(isBreak ? NodeKind::BreakStatement : NodeKind::ContinueStatement, start);
  const FunctionContext& context = functions_.back();
  if (at(TokenKind::Identifier) && !current_.newlineBefore) {
    Identifier* label = parseIdentifierReference();
    const FunctionContext::Label* found = nullptr;
    for (const auto& candidate : context.labels) {
      if (candidate.name == label->name) found = &candidate;
    }
    const std::string name(label->name);
    if (!found) syntaxError("Undefined label '" + name + "'", label->range.start);
    if (!isBreak && !found->isLoop) {
      syntaxError("Illegal continue statement: '" + name + "' does not denote an iteration statement",
                  label->range.start);
    }
    statement->label = label;
  } else if (isBreak && context.breakableDepth == 0) {
    syntaxError("Illegal break statement", start);
  } else if (!isBreak && context.loopDepth == 0) {
    syntaxError("Illegal continue statement: no surrounding iteration statement", start);
  }
  consumeSemicolon();
  return finish(statement);
}

Node* Parser::parseLabeled(Identifier* label) {
  auto& labels = functions_.back().labels;
  for (const auto& existing : labels) {
    if (existing.name == label->name) {
      syntaxError("Label '" + std::string(label->name) + "' has already been declared", label->range.start);
    }
  }
  expect(TokenKind::Colon);
  auto* statement = make<LabeledStatement>(NodeKind::LabeledStatement, label->range.start);
  statement->label = label;
  labels.push_back({label->name, false});
  ++labelChainLength_;
  statement->body = parseStatementBody();
  functions_.back().labels.pop_back();
  return finish(statement);
}

Node* Parser::parseThrow() {
  const SourcePosition start = current_.range.start;
  advance();
  if (current_.newlineBefore) syntaxError("Illegal newline after throw", start);
  auto* statement = make<ValueStatement>(NodeKind::ThrowStatement, start);
  statement->value = parseExpression();
  consumeSemicolon();
  return finish(statement);
}

Node* Parser::parseTry() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* statement = make<TryStatement>(NodeKind::TryStatement, start);
  statement->block = parseBlock();
  if (at(TokenKind::Catch)) statement->handler = parseCatch();
  if (eat(TokenKind::Finally)) statement->finalizer = parseBlock();
  if (!statement->handler && !statement->finalizer) {
    SourcePosition closingBrace = statement->block->range.end;  // V8 points at the block's '}'
    --closingBrace.column;
    --closingBrace.offset;
    syntaxError("Missing catch or finally after try", closingBrace);
  }
  return finish(statement);
}

CatchClause* Parser::parseCatch() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* clause = make<CatchClause>(NodeKind::CatchClause, start);
  pushScope(ScopeKind::Catch);
  if (eat(TokenKind::LeftParen)) {
    clause->param = parseBindingTarget();
    currentScope().catchParameterIsPattern = clause->param->kind != NodeKind::Identifier;
    declarePatternNames(clause->param, DeclarationKind::CatchParameter);
    expect(TokenKind::RightParen);
  }
  clause->body = parseBlock(true);
  clause->scope = popScope();
  return finish(clause);
}

}  // namespace reachable
