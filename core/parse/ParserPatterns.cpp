// Destructuring patterns: parsed directly where only a pattern can stand
// (declarations, parameters, catch), and converted from an object or array
// literal where the `=` or `=>` after it shows it was one.
#include "parse/ParserImpl.h"

#include <algorithm>

namespace reachable {

Node* Parser::parseBindingTarget() {
  DepthGuard guard(*this);
  if (at(TokenKind::LeftBracket)) return parseArrayBindingPattern();
  if (at(TokenKind::LeftBrace)) return parseObjectBindingPattern();
  return parseBindingIdentifier();
}

Node* Parser::parseBindingElement() {
  const SourcePosition start = current_.range.start;
  Node* target = parseBindingTarget();
  if (!eat(TokenKind::Assign)) return target;
  auto* pattern = make<AssignmentPattern>(NodeKind::AssignmentPattern, start);
  pattern->target = target;
  pattern->defaultValue = parseAssignment();
  return finish(pattern);
}

Node* Parser::parseArrayBindingPattern() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* pattern = make<ArrayPattern>(NodeKind::ArrayPattern, start);
  std::vector<Node*> elements;
  while (!at(TokenKind::RightBracket)) {
    if (eat(TokenKind::Comma)) {
      elements.push_back(nullptr);
      continue;
    }
    if (at(TokenKind::Ellipsis)) {
      const SourcePosition restStart = current_.range.start;
      advance();
      pattern->rest = parseBindingTarget();
      if (!at(TokenKind::RightBracket)) syntaxError("Rest element must be last element", restStart);
      break;
    }
    elements.push_back(parseBindingElement());
    if (!at(TokenKind::RightBracket)) expect(TokenKind::Comma);
  }
  advance();
  pattern->elements = list(elements);
  return finish(pattern);
}

Node* Parser::parseObjectBindingPattern() {
  const SourcePosition start = current_.range.start;
  advance();
  auto* pattern = make<ObjectPattern>(NodeKind::ObjectPattern, start);
  std::vector<PatternProperty*> properties;
  while (!at(TokenKind::RightBrace)) {
    if (eat(TokenKind::Ellipsis)) {
      const SourcePosition restStart = current_.range.start;
      pattern->rest = parseBindingIdentifier();
      if (!at(TokenKind::RightBrace)) syntaxError("Rest element must be last element", restStart);
      break;
    }
    const SourcePosition propertyStart = current_.range.start;
    auto* property = make<PatternProperty>(NodeKind::PatternProperty, propertyStart);
    const Token keyToken = current_;
    property->key = parsePropertyKey(property->computed);
    if (eat(TokenKind::Colon)) {
      property->value = parseBindingElement();
    } else {
      if (keyToken.kind != TokenKind::Identifier) unexpected();
      checkBindingIdentifier(keyToken);
      property->shorthand = true;
      Node* target = makeIdentifier(keyToken);
      if (eat(TokenKind::Assign)) {
        auto* withDefault = make<AssignmentPattern>(NodeKind::AssignmentPattern, propertyStart);
        withDefault->target = target;
        withDefault->defaultValue = parseAssignment();
        target = finish(withDefault);
      }
      property->value = target;
    }
    properties.push_back(finish(property));
    if (!at(TokenKind::RightBrace)) expect(TokenKind::Comma);
  }
  advance();
  pattern->properties = list(properties);
  return finish(pattern);
}

void Parser::clearCoverErrors(const Node* literal) {
  std::erase_if(coverErrors_, [&](const CoverError& error) { return error.literal == literal; });
}

// `nested` is false for the whole left side of `=` or of a for-in/of head:
// there an invalid target is the caller's error to name (nullptr comes back).
Node* Parser::toAssignmentTarget(Node* expression, bool nested) {
  switch (expression->kind) {
    case NodeKind::Identifier:
      if (nested && !expression->parenthesized) {
        const std::string_view name = expression->as<Identifier>()->name;
        if (name == "eval" || name == "arguments") {
          syntaxError("Invalid destructuring assignment target", expression->range.start);
        }
      }
      checkStrictBindingName(expression->as<Identifier>()->name, expression->range.start);
      return expression;
    case NodeKind::MemberExpression: return expression;
    case NodeKind::CallExpression:  // a for-in/of head's call: a ReferenceError when it runs, as in V8
      if (!nested) return expression;
      break;
    case NodeKind::ObjectLiteral:
      if (!expression->parenthesized) return toObjectPattern(expression->as<ObjectLiteral>(), false);
      break;
    case NodeKind::ArrayLiteral:
      if (!expression->parenthesized) return toArrayPattern(expression->as<ArrayLiteral>(), false);
      break;
    case NodeKind::AssignmentExpression: {
      auto* assignment = expression->as<AssignmentExpression>();
      if (!nested || expression->parenthesized || assignment->op != TokenKind::Assign) break;
      auto* pattern = make<AssignmentPattern>(NodeKind::AssignmentPattern, expression->range.start);
      pattern->range = expression->range;
      pattern->target = assignment->target;
      pattern->defaultValue = assignment->value;
      return pattern;
    }
    case NodeKind::ObjectPattern:
    case NodeKind::ArrayPattern:
    case NodeKind::AssignmentPattern: return expression;
    default: break;
  }
  if (nested) syntaxError("Invalid destructuring assignment target", errorStart(expression));
  return nullptr;
}

// Arrow parameters: like an assignment target, but only names may be bound.
Node* Parser::toBindingTarget(Node* expression) {
  const bool bare = !expression->parenthesized;
  switch (expression->kind) {
    case NodeKind::Identifier:
      if (!bare) break;
      checkStrictBindingName(expression->as<Identifier>()->name, expression->range.start);
      return expression;
    case NodeKind::ObjectLiteral:
      if (bare) return toObjectPattern(expression->as<ObjectLiteral>(), true);
      break;
    case NodeKind::ArrayLiteral:
      if (bare) return toArrayPattern(expression->as<ArrayLiteral>(), true);
      break;
    case NodeKind::AssignmentExpression:
    case NodeKind::AssignmentPattern: {
      const bool isAssignment = expression->kind == NodeKind::AssignmentExpression;
      if (!bare || (isAssignment && expression->as<AssignmentExpression>()->op != TokenKind::Assign)) break;
      auto* pattern = make<AssignmentPattern>(NodeKind::AssignmentPattern, expression->range.start);
      pattern->range = expression->range;
      pattern->target = toBindingTarget(isAssignment ? expression->as<AssignmentExpression>()->target
                                                     : expression->as<AssignmentPattern>()->target);
      pattern->defaultValue = isAssignment ? expression->as<AssignmentExpression>()->value
                                           : expression->as<AssignmentPattern>()->defaultValue;
      return pattern;
    }
    case NodeKind::ObjectPattern: {
      auto* pattern = expression->as<ObjectPattern>();
      for (PatternProperty* property : pattern->properties) property->value = toBindingTarget(property->value);
      if (pattern->rest && pattern->rest->kind != NodeKind::Identifier) break;
      if (pattern->rest) toBindingTarget(pattern->rest);
      return pattern;
    }
    case NodeKind::ArrayPattern: {
      auto* pattern = expression->as<ArrayPattern>();
      for (Node*& element : pattern->elements) {
        if (element) element = toBindingTarget(element);
      }
      if (pattern->rest) pattern->rest = toBindingTarget(pattern->rest);
      return pattern;
    }
    default: break;
  }
  syntaxError("Invalid destructuring assignment target", errorStart(expression));
}

Node* Parser::toObjectPattern(ObjectLiteral* literal, bool binding) {
  clearCoverErrors(literal);
  auto* pattern = make<ObjectPattern>(NodeKind::ObjectPattern, literal->range.start);
  pattern->range = literal->range;
  std::vector<PatternProperty*> properties;
  for (size_t i = 0; i < literal->properties.size(); ++i) {
    Property* property = literal->properties[i];
    Node* value = property->value;
    switch (property->propertyKind) {
      case PropertyKind::Spread: {
        const bool last = i + 1 == literal->properties.size() && !literal->trailingComma;
        if (!last) syntaxError("Rest element must be last element", value->range.start);
        const bool assignable =
            value->kind == NodeKind::Identifier || (!binding && value->kind == NodeKind::MemberExpression);
        if (!assignable) {
          syntaxError("`...` must be followed by an assignable reference in assignment contexts", value->range.start);
        }
        pattern->rest = binding ? toBindingTarget(value) : toAssignmentTarget(value, true);
        continue;
      }
      case PropertyKind::Method:
      case PropertyKind::Getter:
      case PropertyKind::Setter: syntaxError("Invalid destructuring assignment target", value->range.start);
      default: break;
    }
    auto* converted = make<PatternProperty>(NodeKind::PatternProperty, property->range.start);
    converted->range = property->range;
    converted->key = property->key;
    converted->computed = property->computed;
    converted->shorthand = property->shorthand;
    if (property->shorthand) {
      Node* name = value->kind == NodeKind::Identifier ? value : value->as<AssignmentExpression>()->target;
      checkStrictBindingName(name->as<Identifier>()->name, name->range.start);
    }
    converted->value = binding ? toBindingTarget(value) : toAssignmentTarget(value, true);
    properties.push_back(converted);
  }
  pattern->properties = list(properties);
  return pattern;
}

Node* Parser::toArrayPattern(ArrayLiteral* literal, bool binding) {
  auto* pattern = make<ArrayPattern>(NodeKind::ArrayPattern, literal->range.start);
  pattern->range = literal->range;
  std::vector<Node*> elements;
  for (size_t i = 0; i < literal->elements.size(); ++i) {
    Node* element = literal->elements[i];
    if (!element) {
      elements.push_back(nullptr);
      continue;
    }
    if (element->kind == NodeKind::SpreadElement) {
      const bool last = i + 1 == literal->elements.size() && !literal->trailingComma;
      if (!last) syntaxError("Rest element must be last element", element->range.start);
      Node* argument = element->as<UnaryNode>()->argument;
      if (argument->kind == NodeKind::AssignmentExpression) {
        syntaxError("Invalid destructuring assignment target", argument->range.start);
      }
      pattern->rest = binding ? toBindingTarget(argument) : toAssignmentTarget(argument, true);
      continue;
    }
    elements.push_back(binding ? toBindingTarget(element) : toAssignmentTarget(element, true));
  }
  pattern->elements = list(elements);
  return pattern;
}

}  // namespace reachable
