// Expressions: precedence climbing for the binary operators, recursive descent
// for the rest, and the cover grammar that turns `(a, b)` into arrow
// parameters and `[a, b]` into a pattern once `=>` or `=` shows what it was.
#include "parse/ParserImpl.h"
#include "parse/RegExpTranslator.h"

namespace reachable {

namespace {

constexpr const char* kAwaitInParameters = "Illegal await-expression in formal parameters of async function";

constexpr int kCoalescePrecedence = 1;
constexpr int kLogicalAndPrecedence = 3;
constexpr int kRelationalPrecedence = 8;
constexpr int kExponentPrecedence = 12;

int binaryPrecedence(TokenKind kind, bool allowIn) {
  switch (kind) {
    case TokenKind::QuestionQuestion: return kCoalescePrecedence;
    case TokenKind::BarBar: return 2;
    case TokenKind::AmpAmp: return kLogicalAndPrecedence;
    case TokenKind::Bar: return 4;
    case TokenKind::Caret: return 5;
    case TokenKind::Ampersand: return 6;
    case TokenKind::Equal:
    case TokenKind::NotEqual:
    case TokenKind::StrictEqual:
    case TokenKind::StrictNotEqual: return 7;
    case TokenKind::Less:
    case TokenKind::Greater:
    case TokenKind::LessEqual:
    case TokenKind::GreaterEqual:
    case TokenKind::Instanceof: return kRelationalPrecedence;
    case TokenKind::In: return allowIn ? kRelationalPrecedence : 0;
    case TokenKind::ShiftLeft:
    case TokenKind::ShiftRight:
    case TokenKind::ShiftRightUnsigned: return 9;
    case TokenKind::Plus:
    case TokenKind::Minus: return 10;
    case TokenKind::Star:
    case TokenKind::Slash:
    case TokenKind::Percent: return 11;
    case TokenKind::StarStar: return kExponentPrecedence;
    default: return 0;
  }
}

bool isLogical(TokenKind kind) {
  return kind == TokenKind::AmpAmp || kind == TokenKind::BarBar || kind == TokenKind::QuestionQuestion;
}

bool isBareLogical(const Node* node, bool coalesce) {
  if (node->kind != NodeKind::LogicalExpression || node->parenthesized) return false;
  return (node->as<BinaryExpression>()->op == TokenKind::QuestionQuestion) == coalesce;
}

bool isBareArrow(const Node* node) { return node->kind == NodeKind::ArrowFunction && !node->parenthesized; }

// Tokens after `async`, `get`, `set` or `static` that make it a property name
// rather than a modifier.
bool endsPropertyName(TokenKind kind) {
  return kind == TokenKind::Comma || kind == TokenKind::Colon || kind == TokenKind::LeftParen ||
         kind == TokenKind::RightBrace || kind == TokenKind::Assign || kind == TokenKind::Semicolon;
}

// The tokens that can follow an AssignmentExpression and start none: after them a
// `yield` has no operand (V8's list).
bool endsYield(TokenKind kind) {
  switch (kind) {
    case TokenKind::EndOfInput:
    case TokenKind::Semicolon:
    case TokenKind::RightBrace:
    case TokenKind::RightBracket:
    case TokenKind::RightParen:
    case TokenKind::Colon:
    case TokenKind::Comma:
    case TokenKind::In: return true;
    default: return false;
  }
}

}  // namespace

Node* Parser::parseExpression(bool allowIn) {
  const SourcePosition start = current_.range.start;
  Node* first = parseAssignment(allowIn);
  if (!at(TokenKind::Comma)) return first;
  std::vector<Node*> expressions{first};
  while (eat(TokenKind::Comma)) expressions.push_back(parseAssignment(allowIn));
  auto* sequence = make<SequenceExpression>(NodeKind::SequenceExpression, start);
  sequence->expressions = list(expressions);
  return sequence;
}

void Parser::checkPendingCoverErrors(size_t from) {
  if (coverErrors_.size() > from) syntaxError(coverErrors_[from].message, coverErrors_[from].pos);
}

Node* Parser::parseAssignment(bool allowIn, bool mayBecomePattern) {
  DepthGuard guard(*this);
  const SourcePosition start = current_.range.start;
  const uint32_t outerStart = assignmentStart_;
  assignmentStart_ = start.offset;
  struct Restore {
    uint32_t& slot;
    uint32_t value;
    ~Restore() { slot = value; }
  } restore{assignmentStart_, outerStart};

  if (atContextual("yield") && functions_.back().allowYield) return parseYield(allowIn);
  // x => ... and async x => ...
  if (at(TokenKind::Identifier) && peek().kind == TokenKind::Arrow && !peek().newlineBefore) {
    std::vector<Node*> params{parseBindingIdentifier()};
    return parseArrowFunction(start, params, nullptr, false);
  }
  if (atContextual("async") && peek().kind == TokenKind::Identifier && !peek().newlineBefore) {
    const Token afterName = peekSecond();
    if (afterName.kind == TokenKind::Arrow && !afterName.newlineBefore) {
      advance();
      std::vector<Node*> params{parseBindingIdentifier()};
      return parseArrowFunction(start, params, nullptr, true);
    }
  }

  const size_t coverErrors = coverErrors_.size();
  Node* left = parseConditional(allowIn);
  if (isBareArrow(left)) return left;
  if (isAssignmentOperator(current_.kind)) {
    const TokenKind op = current_.kind;
    const bool destructuring = op == TokenKind::Assign && !left->parenthesized &&
                               (left->kind == NodeKind::ObjectLiteral || left->kind == NodeKind::ArrayLiteral);
    Node* target = left;
    if (destructuring) {
      target = toAssignmentTarget(left, false);
    } else if (left->kind == NodeKind::ObjectLiteral || left->kind == NodeKind::ArrayLiteral) {
      syntaxError("Invalid left-hand side in assignment", errorStart(left));
    } else {
      const bool logical =
          op == TokenKind::AmpAmpAssign || op == TokenKind::BarBarAssign || op == TokenKind::QuestionQuestionAssign;
      checkSimpleAssignmentTarget(left, "Invalid left-hand side in assignment", !logical);
    }
    const SourcePosition opPosition = current_.range.start;
    advance();
    auto* assignment = make<AssignmentExpression>(NodeKind::AssignmentExpression, start);
    assignment->op = op;
    assignment->opPosition = opPosition;
    assignment->target = target;
    assignment->value = parseAssignment(allowIn);
    left = finish(assignment);
  }
  if (!mayBecomePattern) checkPendingCoverErrors(coverErrors);
  return left;
}

Node* Parser::parseYield(bool allowIn) {
  const SourcePosition start = current_.range.start;
  if (functions_.back().inParameters) syntaxError("Yield expression not allowed in formal parameter", start);
  if (current_.escaped) unexpected();
  advance();
  auto* yield = make<YieldExpression>(NodeKind::YieldExpression, start);
  if (!current_.newlineBefore) {
    yield->delegate = eat(TokenKind::Star);
    if (yield->delegate || !endsYield(current_.kind)) yield->argument = parseAssignment(allowIn);
  }
  return finish(yield);
}

void Parser::checkSimpleAssignmentTarget(Node* target, const char* message, bool callAllowed) {
  if (target->kind == NodeKind::Identifier) {
    checkStrictBindingName(target->as<Identifier>()->name, target->range.start);
    return;
  }
  if (target->kind == NodeKind::CallExpression && callAllowed) return;
  if (target->kind != NodeKind::MemberExpression) syntaxError(message, errorStart(target));
}

SourcePosition Parser::errorStart(const Node* node) const {
  const auto paren = parenthesisStarts_.find(node);
  return paren != parenthesisStarts_.end() ? paren->second : node->range.start;
}

Node* Parser::parseConditional(bool allowIn) {
  const SourcePosition start = current_.range.start;
  Node* test = parseBinary(0, allowIn);
  if (isBareArrow(test) || !eat(TokenKind::Question)) return test;
  auto* conditional = make<ConditionalExpression>(NodeKind::ConditionalExpression, start);
  conditional->test = test;
  conditional->consequent = parseAssignment(true);
  expect(TokenKind::Colon);
  conditional->alternate = parseAssignment(allowIn);
  return finish(conditional);
}

Node* Parser::parseBinary(int minPrecedence, bool allowIn) {
  const SourcePosition start = current_.range.start;
  Node* left = nullptr;
  if (at(TokenKind::PrivateName)) {
    // #x in obj: a private name may only stand left of `in`.
    const Token nameToken = current_;
    PrivateName* name = parsePrivateName();
    if (!at(TokenKind::In) || minPrecedence >= kRelationalPrecedence) {
      if (classes_.empty()) referencePrivateName(name, start);
      unexpected(nameToken);
    }
    referencePrivateName(name, start);
    advance();
    auto* test = make<PrivateInExpression>(NodeKind::PrivateInExpression, start);
    test->name = name;
    test->object = parseBinary(kRelationalPrecedence, allowIn);
    left = finish(test);
  } else {
    left = parseUnary();
  }
  if (isBareArrow(left)) return left;
  ChainDepth chain(*this);
  while (true) {
    const TokenKind op = current_.kind;
    const int precedence = binaryPrecedence(op, allowIn);
    if (precedence <= minPrecedence) return left;
    // ?? does not mix with && or || without parentheses.
    const bool mixesCoalesce = (op == TokenKind::QuestionQuestion && isBareLogical(left, false)) ||
                               ((op == TokenKind::AmpAmp || op == TokenKind::BarBar) && isBareLogical(left, true));
    if (mixesCoalesce) unexpected();
    const bool unaryBase =
        (left->kind == NodeKind::UnaryExpression || left->kind == NodeKind::AwaitExpression) && !left->parenthesized;
    if (op == TokenKind::StarStar && unaryBase) {
      syntaxError(
          "Unary operator used immediately before exponentiation expression. Parenthesis must be "
          "used to disambiguate operator precedence",
          left->range.start);
    }
    chain.link();
    const SourcePosition opPosition = current_.range.start;
    advance();
    // ** is right-associative; the operands of ?? are bitwise-OR expressions.
    const int rightPrecedence = op == TokenKind::StarStar           ? precedence - 1
                                : op == TokenKind::QuestionQuestion ? kLogicalAndPrecedence
                                                                    : precedence;
    auto* binary =
        make<BinaryExpression>(isLogical(op) ? NodeKind::LogicalExpression : NodeKind::BinaryExpression, start);
    binary->op = op;
    binary->opPosition = opPosition;
    binary->left = left;
    binary->right = parseBinary(rightPrecedence, allowIn);
    left = finish(binary);
  }
}

Node* Parser::parseUnary() {
  const SourcePosition start = current_.range.start;
  const TokenKind op = current_.kind;
  switch (op) {
    case TokenKind::Delete:
    case TokenKind::Void:
    case TokenKind::Typeof:
    case TokenKind::Plus:
    case TokenKind::Minus:
    case TokenKind::Bang:
    case TokenKind::Tilde: {
      DepthGuard guard(*this);
      advance();
      auto* unary = make<UnaryExpression>(NodeKind::UnaryExpression, start);
      unary->op = op;
      unary->argument = parseUnary();
      Node* argument = unary->argument;
      if (op == TokenKind::Delete && argument->kind == NodeKind::Identifier && strict()) {
        syntaxError("Delete of an unqualified identifier in strict mode.", argument->range.start);
      }
      if (op == TokenKind::Delete && argument->kind == NodeKind::MemberExpression &&
          argument->as<MemberExpression>()->property->kind == NodeKind::PrivateName) {
        syntaxError("Private fields can not be deleted", argument->as<MemberExpression>()->property->range.start);
      }
      return finish(unary);
    }
    case TokenKind::PlusPlus:
    case TokenKind::MinusMinus: {
      DepthGuard guard(*this);
      advance();
      auto* update = make<UpdateExpression>(NodeKind::UpdateExpression, start);
      update->op = op;
      update->prefix = true;
      update->argument = parseUnary();
      checkSimpleAssignmentTarget(update->argument, "Invalid left-hand side expression in prefix operation");
      return finish(update);
    }
    default: break;
  }
  if (atContextual("await") && awaitIsOperator()) {
    DepthGuard guard(*this);
    if (functions_.back().inParameters) syntaxError(kAwaitInParameters, start);
    awaitsSeen_.push_back({start, functions_.size()});
    advance();
    auto* await = make<UnaryNode>(NodeKind::AwaitExpression, start);
    await->argument = parseUnary();
    if (functions_.size() == 1) sawTopLevelAwait_ = true;
    return finish(await);
  }
  return parseUpdate();
}

Node* Parser::parseUpdate() {
  const SourcePosition start = current_.range.start;
  Node* operand = parseLeftHandSide();
  if (isBareArrow(operand)) return operand;
  const bool postfix = (at(TokenKind::PlusPlus) || at(TokenKind::MinusMinus)) && !current_.newlineBefore;
  if (!postfix) return operand;
  checkSimpleAssignmentTarget(operand, "Invalid left-hand side expression in postfix operation");
  auto* update = make<UpdateExpression>(NodeKind::UpdateExpression, start);
  update->op = current_.kind;
  update->argument = operand;
  advance();
  return finish(update);
}

Node* Parser::parseLeftHandSide() {
  const SourcePosition start = current_.range.start;
  Node* expression = nullptr;
  switch (current_.kind) {
    case TokenKind::New: expression = parseNew(); break;
    case TokenKind::Super: expression = parseSuper(); break;
    case TokenKind::Import: expression = parseImportExpression(); break;
    default: expression = parsePrimary(); break;
  }
  if (isBareArrow(expression)) return expression;
  bool inOptionalChain = false;
  expression = parseCallTail(expression, start, true, inOptionalChain);
  if (!inOptionalChain) return expression;
  auto* chain = make<OptionalChain>(NodeKind::OptionalChain, start);
  chain->expression = expression;
  return chain;
}

PrivateName* Parser::parsePrivateName() {
  auto* name = make<PrivateName>(NodeKind::PrivateName, current_.range.start);
  name->name = current_.name;
  name->range = current_.range;
  advance();
  return name;
}

void Parser::referencePrivateName(PrivateName* name, SourcePosition reportAt) {
  if (classes_.empty()) {
    syntaxError("Private field '" + std::string(name->name) + "' must be declared in an enclosing class", reportAt);
  }
  classes_.back().references.push_back({name, reportAt});
}

Node* Parser::parseMemberName(Node* object, SourcePosition start, SourcePosition dotPosition, bool optional) {
  auto* member = make<MemberExpression>(NodeKind::MemberExpression, start);
  member->object = object;
  member->optional = optional;
  if (at(TokenKind::PrivateName)) {
    PrivateName* name = parsePrivateName();
    referencePrivateName(name, dotPosition);
    member->property = name;
  } else {
    member->property = parseIdentifierName();
  }
  member->position = member->property->range.start;
  return finish(member);
}

// V8 places a read's error at its name, but at the `.` once the chain has had a call
// or a `?.` (its left-hand-side continuation): `f().x`, `o?.a.b`.
void Parser::placeAtDot(Node* member, SourcePosition dot, bool afterCall) {
  if (afterCall) member->as<MemberExpression>()->position = dot;
}

// V8 takes the callee's last token when it is a name (an identifier, a contextual
// keyword, `super`), and otherwise the `(`: a name, even after a dot, but not a
// reserved word (`o.new()`) or a private name.
SourcePosition Parser::callPosition() const {
  const bool named = previousKind_ == TokenKind::Identifier || previousKind_ == TokenKind::Super;
  return named ? previousStart_ : current_.range.start;
}

Node* Parser::parseCallTail(Node* callee, SourcePosition start, bool allowCalls, bool& inOptionalChain) {
  Node* expression = callee;
  bool afterCall = false;
  ChainDepth chain(*this);
  while (true) {
    chain.link();
    switch (current_.kind) {
      case TokenKind::Dot: {
        const SourcePosition dot = current_.range.start;
        advance();
        expression = parseMemberName(expression, start, dot, false);
        placeAtDot(expression, dot, afterCall);
        break;
      }
      case TokenKind::QuestionDot: {
        if (!allowCalls) syntaxError("Invalid optional chain from new expression", current_.range.start);
        inOptionalChain = afterCall = true;
        const SourcePosition questionDot = current_.range.start;
        advance();
        if (at(TokenKind::LeftParen)) {
          auto* call = make<CallExpression>(NodeKind::CallExpression, start);
          call->callee = expression;
          call->optional = true;
          call->position = current_.range.start;
          call->arguments = parseArguments(false);
          expression = finish(call);
        } else if (at(TokenKind::LeftBracket)) {
          auto* member = make<MemberExpression>(NodeKind::MemberExpression, start);
          member->position = current_.range.start;
          advance();
          member->object = expression;
          member->computed = member->optional = true;
          member->property = parseExpression();
          expect(TokenKind::RightBracket);
          expression = finish(member);
        } else if (at(TokenKind::NoSubstitutionTemplate) || at(TokenKind::TemplateHead)) {
          syntaxError("Invalid tagged template on optional chain", current_.range.start);
        } else {
          expression = parseMemberName(expression, start, questionDot, true);
          placeAtDot(expression, questionDot, afterCall);
        }
        break;
      }
      case TokenKind::LeftBracket: {
        auto* member = make<MemberExpression>(NodeKind::MemberExpression, start);
        member->position = current_.range.start;
        advance();
        member->object = expression;
        member->computed = true;
        member->property = parseExpression();
        expect(TokenKind::RightBracket);
        expression = finish(member);
        break;
      }
      case TokenKind::LeftParen: {
        if (!allowCalls) return expression;
        auto* call = make<CallExpression>(NodeKind::CallExpression, start);
        call->callee = expression;
        call->position = callPosition();
        call->arguments = parseArguments(false);
        expression = finish(call);
        afterCall = true;
        break;
      }
      case TokenKind::NoSubstitutionTemplate:
      case TokenKind::TemplateHead: {
        if (inOptionalChain) syntaxError("Invalid tagged template on optional chain", current_.range.start);
        auto* tagged = make<TaggedTemplate>(NodeKind::TaggedTemplate, start);
        tagged->tag = expression;
        tagged->quasi = parseTemplateLiteral(true)->as<TemplateLiteral>();
        expression = finish(tagged);
        break;
      }
      default: return expression;
    }
  }
}

NodeList Parser::parseArguments(bool mayBecomeParameters, std::optional<SourcePosition>* trailingComma) {
  expect(TokenKind::LeftParen);
  std::vector<Node*> arguments;
  while (!at(TokenKind::RightParen)) {
    const SourcePosition argumentStart = current_.range.start;
    if (at(TokenKind::Ellipsis)) {
      advance();
      auto* spread = make<UnaryNode>(NodeKind::SpreadElement, argumentStart);
      spread->argument = parseAssignment(true, mayBecomeParameters);
      arguments.push_back(finish(spread));
    } else {
      arguments.push_back(parseAssignment(true, mayBecomeParameters));
    }
    if (at(TokenKind::RightParen)) break;
    const SourcePosition comma = current_.range.start;
    if (!eat(TokenKind::Comma)) syntaxError("missing ) after argument list", argumentStart);
    if (trailingComma && at(TokenKind::RightParen)) *trailingComma = comma;
  }
  advance();
  return list(arguments);
}

Node* Parser::parseNew() {
  DepthGuard guard(*this);
  const SourcePosition start = current_.range.start;
  advance();
  if (eat(TokenKind::Dot)) {
    if (!atContextual("target")) unexpected();
    const SourcePosition target = current_.range.start;
    advance();
    if (!functions_.back().allowNewTarget) syntaxError("new.target expression is not allowed here", target);
    return make<LeafNode>(NodeKind::NewTarget, start);
  }
  Node* callee = nullptr;
  switch (current_.kind) {
    case TokenKind::New: callee = parseNew(); break;
    case TokenKind::Super: callee = parseSuper(); break;
    case TokenKind::Import: callee = parseImportExpression(); break;
    default: callee = parsePrimary(); break;
  }
  if (isBareArrow(callee)) unexpected();
  bool inOptionalChain = false;
  callee = parseCallTail(callee, start, false, inOptionalChain);
  auto* construction = make<CallExpression>(NodeKind::NewExpression, start);
  construction->callee = callee;
  construction->position = start;
  if (at(TokenKind::LeftParen)) construction->arguments = parseArguments(false);
  return finish(construction);
}

Node* Parser::parseSuper() {
  const SourcePosition start = current_.range.start;
  advance();
  const FunctionContext& context = functions_.back();
  const bool call = at(TokenKind::LeftParen);
  const bool property = at(TokenKind::Dot) || at(TokenKind::LeftBracket);
  const bool allowed = (call && context.allowSuperCall) || (property && context.allowSuperProperty);
  if (!allowed) syntaxError("'super' keyword unexpected here", start);
  return make<LeafNode>(NodeKind::SuperExpression, start);
}

Node* Parser::parseImportExpression() {
  const SourcePosition start = current_.range.start;
  advance();
  if (at(TokenKind::LeftParen)) unsupported("dynamic import() is not supported", start);
  if (at(TokenKind::Dot)) unsupported("import.meta is not supported", start);
  unexpected();
}

Node* Parser::parseRegExp() {
  const SourcePosition start = current_.range.start;
  current_ = lexer_.rescanRegExp(current_);
  peeked_.reset();
  // The lexer refused unknown and repeated flags already; u with v is refused here.
  const auto parsedFlags = RegExpFlags::parse(current_.raw);
  if (!parsedFlags) syntaxError("Invalid regular expression flags", start);
  const RegExpFlags flags = *parsedFlags;
  const RegExpTranslation translation = translateRegExp(current_.value, flags);
  if (translation.refused) unsupported(regExpRefusalMessage(current_.value, flags, translation.error), start);
  if (!translation.ok()) syntaxError(regExpSyntaxMessage(current_.value, flags, translation.error), start);
  auto* literal = make<RegExpLiteral>(NodeKind::RegExpLiteral, start);
  literal->pattern = copyString(current_.value);
  literal->flags = copyString(current_.raw);
  advance();
  return finish(literal);
}

Node* Parser::parsePrimary() {
  const SourcePosition start = current_.range.start;
  switch (current_.kind) {
    case TokenKind::Identifier:
      if (atContextual("async")) return parseAsyncPrimary();
      return parseIdentifierReference();
    case TokenKind::Number: {
      auto* literal = make<NumberLiteral>(NodeKind::NumberLiteral, start);
      literal->value = current_.number;
      advance();
      return finish(literal);
    }
    case TokenKind::BigInt: {
      auto* literal = make<BigIntLiteral>(NodeKind::BigIntLiteral, start);
      literal->digits = copyString(current_.value);
      advance();
      return finish(literal);
    }
    case TokenKind::String: {
      auto* literal = make<StringLiteral>(NodeKind::StringLiteral, start);
      literal->value = copyString(current_.value);
      advance();
      return finish(literal);
    }
    case TokenKind::True:
    case TokenKind::False: {
      auto* literal = make<BooleanLiteral>(NodeKind::BooleanLiteral, start);
      literal->value = at(TokenKind::True);
      advance();
      return finish(literal);
    }
    case TokenKind::Null: advance(); return make<LeafNode>(NodeKind::NullLiteral, start);
    case TokenKind::This: advance(); return make<LeafNode>(NodeKind::ThisExpression, start);
    case TokenKind::NoSubstitutionTemplate:
    case TokenKind::TemplateHead: return parseTemplateLiteral(false);
    case TokenKind::LeftParen: return parseParenthesized();
    case TokenKind::LeftBracket: return parseArrayLiteral();
    case TokenKind::LeftBrace: return parseObjectLiteral();
    case TokenKind::Function: return parseFunction(NodeKind::FunctionExpression, start, false, false);
    case TokenKind::Class: return parseClass(NodeKind::ClassExpression, false);
    case TokenKind::Slash:
    case TokenKind::SlashAssign: return parseRegExp();
    default: unexpected();
  }
}

Node* Parser::parseAsyncPrimary() {
  const SourcePosition start = current_.range.start;
  const Token& next = peek();
  if (next.kind == TokenKind::Function && !next.newlineBefore) {
    advance();
    return parseFunction(NodeKind::FunctionExpression, start, true, false);
  }
  if (next.kind != TokenKind::LeftParen || next.newlineBefore) return parseIdentifierReference();
  // async(...) is a call, unless `=>` follows: then it was an async arrow's parameters.
  const bool mayBeArrow = start.offset == assignmentStart_;
  Identifier* async = parseIdentifierReference();
  const size_t coverErrors = coverErrors_.size();
  const size_t awaits = awaitsSeen_.size();
  std::optional<SourcePosition> trailingComma;
  NodeList arguments = parseArguments(mayBeArrow, &trailingComma);
  if (mayBeArrow && at(TokenKind::Arrow) && !current_.newlineBefore) {
    for (size_t i = awaits; i < awaitsSeen_.size(); ++i)
      if (awaitsSeen_[i].functionDepth == functions_.size()) syntaxError(kAwaitInParameters, awaitsSeen_[i].pos);
    std::vector<Node*> params(arguments.begin(), arguments.end());
    Node* rest = nullptr;
    for (size_t i = 0; i < params.size(); ++i) {
      if (params[i]->kind != NodeKind::SpreadElement) continue;
      if (i + 1 != params.size() || trailingComma) {
        syntaxError("Rest parameter must be last formal parameter", params[i]->range.end);
      }
      rest = params[i]->as<UnaryNode>()->argument;
      params.pop_back();
    }
    return parseArrowFunction(start, params, rest, true);
  }
  checkPendingCoverErrors(coverErrors);
  auto* call = make<CallExpression>(NodeKind::CallExpression, start);
  call->callee = async;
  call->position = start;
  call->arguments = arguments;
  return call;
}

Node* Parser::parseParenthesized() {
  const SourcePosition start = current_.range.start;
  const bool mayBeArrow = start.offset == assignmentStart_;
  advance();
  const size_t coverErrors = coverErrors_.size();
  std::vector<Node*> items;
  Node* rest = nullptr;
  SourcePosition restStart;
  bool trailingComma = false;
  while (!at(TokenKind::RightParen)) {
    if (at(TokenKind::Ellipsis)) {
      restStart = current_.range.start;
      advance();
      rest = parseBindingTarget();
      if (at(TokenKind::Assign)) syntaxError("Rest parameter may not have a default initializer", current_.range.start);
      if (!at(TokenKind::RightParen)) syntaxError("Rest parameter must be last formal parameter", current_.range.start);
      break;
    }
    items.push_back(parseAssignment(true, true));
    if (!eat(TokenKind::Comma)) break;
    trailingComma = at(TokenKind::RightParen);
  }
  const Token close = current_;
  expect(TokenKind::RightParen);
  if (at(TokenKind::Arrow) && !current_.newlineBefore && mayBeArrow) {
    return parseArrowFunction(start, items, rest, false);
  }
  if (rest) syntaxError("Unexpected token '...'", restStart);
  if (items.empty() || trailingComma) unexpected(close);
  checkPendingCoverErrors(coverErrors);
  Node* expression = items[0];
  if (items.size() > 1) {
    auto* sequence = make<SequenceExpression>(NodeKind::SequenceExpression, items[0]->range.start);
    sequence->expressions = list(items);
    sequence->range.end = items.back()->range.end;
    expression = sequence;
  }
  expression->parenthesized = true;
  parenthesisStarts_[expression] = start;
  return expression;
}

Node* Parser::parseArrayLiteral() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* array = make<ArrayLiteral>(NodeKind::ArrayLiteral, start);
  std::vector<Node*> elements;
  while (!at(TokenKind::RightBracket)) {
    if (eat(TokenKind::Comma)) {
      elements.push_back(nullptr);  // a hole
      continue;
    }
    const SourcePosition elementStart = current_.range.start;
    if (eat(TokenKind::Ellipsis)) {
      auto* spread = make<UnaryNode>(NodeKind::SpreadElement, elementStart);
      spread->argument = parseAssignment(true, true);
      elements.push_back(finish(spread));
    } else {
      elements.push_back(parseAssignment(true, true));
    }
    if (at(TokenKind::RightBracket)) break;
    expect(TokenKind::Comma);
    array->trailingComma = at(TokenKind::RightBracket);
  }
  advance();
  array->elements = list(elements);
  return finish(array);
}

Node* Parser::parseObjectLiteral() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* object = make<ObjectLiteral>(NodeKind::ObjectLiteral, start);
  std::vector<Property*> properties;
  bool sawProto = false;
  while (!at(TokenKind::RightBrace)) {
    properties.push_back(parseObjectProperty(object, sawProto));
    if (at(TokenKind::RightBrace)) break;
    expect(TokenKind::Comma);
    object->trailingComma = at(TokenKind::RightBrace);
  }
  advance();
  object->properties = list(properties);
  return finish(object);
}

Node* Parser::parsePropertyKey(bool& computed) {
  computed = false;
  switch (current_.kind) {
    case TokenKind::String:
    case TokenKind::Number:
    case TokenKind::BigInt: return parsePrimary();
    case TokenKind::LeftBracket: {
      advance();
      computed = true;
      Node* key = parseAssignment();
      expect(TokenKind::RightBracket);
      return key;
    }
    default: break;
  }
  if (at(TokenKind::Identifier) || isKeyword(current_.kind)) return parseIdentifierName();
  unexpected();
}

Property* Parser::parseObjectProperty(ObjectLiteral* literal, bool& sawProto) {
  const SourcePosition start = current_.range.start;
  auto* property = make<Property>(NodeKind::Property, start);
  if (eat(TokenKind::Ellipsis)) {
    property->propertyKind = PropertyKind::Spread;
    property->value = parseAssignment(true, true);
    return finish(property);
  }
  bool isAsync = false;
  if (atContextual("async") && !endsPropertyName(peek().kind) && !peek().newlineBefore) {
    isAsync = true;
    advance();
  }
  const bool isGenerator = eat(TokenKind::Star);
  FunctionKind accessor = FunctionKind::Method;
  if (!isAsync && !isGenerator && (atContextual("get") || atContextual("set")) && !endsPropertyName(peek().kind)) {
    accessor = current_.name == "get" ? FunctionKind::Getter : FunctionKind::Setter;
    advance();
  }
  const Token keyToken = current_;
  property->key = parsePropertyKey(property->computed);
  if (isAsync || isGenerator || accessor != FunctionKind::Method || at(TokenKind::LeftParen)) {
    property->propertyKind = accessor == FunctionKind::Getter   ? PropertyKind::Getter
                             : accessor == FunctionKind::Setter ? PropertyKind::Setter
                                                                : PropertyKind::Method;
    property->value = parseMethod(accessor, isAsync, isGenerator, start);
    return finish(property);
  }
  if (eat(TokenKind::Colon)) {
    property->value = parseAssignment(true, true);
    const bool isProtoKey =
        !property->computed && ((keyToken.kind == TokenKind::Identifier && keyToken.name == "__proto__") ||
                                (keyToken.kind == TokenKind::String && keyToken.value == u"__proto__"));
    if (isProtoKey) {
      property->propertyKind = PropertyKind::Proto;
      if (sawProto) {
        coverErrors_.push_back(
            {literal, "Duplicate __proto__ fields are not allowed in object literals", keyToken.range.start});
      }
      sawProto = true;
    }
    return finish(property);
  }
  // Shorthand `{a}`, or `{a = 1}`, which only a destructuring pattern allows.
  if (keyToken.kind != TokenKind::Identifier) unexpected();
  checkIdentifierReference(keyToken);
  property->shorthand = true;
  Identifier* value = makeIdentifier(keyToken);
  property->value = value;
  if (at(TokenKind::Assign)) {
    coverErrors_.push_back({literal, "Invalid shorthand property initializer", keyToken.range.start});
    advance();
    auto* initializer = make<AssignmentExpression>(NodeKind::AssignmentExpression, start);
    initializer->op = TokenKind::Assign;
    initializer->target = value;
    initializer->value = parseAssignment();
    property->value = finish(initializer);
  }
  return finish(property);
}

Node* Parser::parseTemplateLiteral(bool tagged) {
  const SourcePosition start = current_.range.start;
  auto* literal = make<TemplateLiteral>(NodeKind::TemplateLiteral, start);
  std::vector<TemplateElement> quasis;
  std::vector<Node*> expressions;
  while (true) {
    if (current_.cookedInvalid && !tagged) syntaxError(current_.cookedError, current_.cookedErrorPos);
    quasis.push_back({copyString(current_.value), copyString(current_.raw), !current_.cookedInvalid});
    const bool last = at(TokenKind::NoSubstitutionTemplate) || at(TokenKind::TemplateTail);
    advance();
    if (last) break;
    expressions.push_back(parseExpression());
    if (!at(TokenKind::RightBrace)) unexpected();
    current_ = lexer_.rescanTemplateContinuation(current_);
    peeked_.reset();
  }
  literal->quasis = list(quasis);
  literal->expressions = list(expressions);
  return finish(literal);
}

}  // namespace reachable
