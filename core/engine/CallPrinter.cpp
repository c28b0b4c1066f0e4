#include "engine/CallPrinter.h"

#include <vector>

#include "format/NumberToString.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

constexpr std::string_view kIntermediate = "(intermediate value)";
// How far into a chain the text goes: every call of `f()()…` has its callee printed,
// so an unbounded walk would make a chain of n calls cost n² (minutes at 8,000).
// No name a person reads is this deep; past it the rest is an intermediate value.
constexpr int kMaxCalleeDepth = 64;

std::string print(const Node& node, int depth);

std::string printKey(const MemberExpression& m, int depth) {
  const Node& key = *m.property;
  if (key.kind == NodeKind::PrivateName) return "." + std::string(key.as<PrivateName>()->name);
  if (!m.computed) return "." + std::string(key.as<Identifier>()->name);
  if (key.kind == NodeKind::StringLiteral) return "." + toUtf8(key.as<StringLiteral>()->value);
  if (key.kind == NodeKind::NumberLiteral) return "[" + numberToString(key.as<NumberLiteral>()->value) + "]";
  return "[" + print(key, depth) + "]";
}

std::string print(const Node& node, int depth) {
  if (depth == 0) return std::string(kIntermediate);
  switch (node.kind) {
    case NodeKind::Identifier: return std::string(node.as<Identifier>()->name);
    case NodeKind::ThisExpression: return "this";
    case NodeKind::SuperExpression: return "super";
    case NodeKind::NullLiteral: return "null";
    case NodeKind::NumberLiteral: return numberToString(node.as<NumberLiteral>()->value);
    case NodeKind::BigIntLiteral: return toUtf8(node.as<BigIntLiteral>()->digits) + "n";
    case NodeKind::StringLiteral: return "\"" + toUtf8(node.as<StringLiteral>()->value) + "\"";
    case NodeKind::BooleanLiteral: return node.as<BooleanLiteral>()->value ? "true" : "false";
    case NodeKind::MemberExpression: {
      const auto* m = node.as<MemberExpression>();
      return print(*m->object, depth - 1) + printKey(*m, depth - 1);
    }
    // V8 prints a literal's brackets without its contents.
    case NodeKind::ObjectLiteral: return "{}";
    case NodeKind::ArrayLiteral: return "[]";
    case NodeKind::OptionalChain: return print(*node.as<OptionalChain>()->expression, depth - 1);
    case NodeKind::CallExpression: {
      const auto* c = node.as<CallExpression>();
      std::string callee = print(*c->callee, depth - 1);
      return (callee == kIntermediate ? std::string(kIntermediate) : callee) + "(...)";
    }
    // In brackets, a chain of one operator as one (V8's NaryOperation, whatever
    // brackets the source had): `(a + b + c)`, `((a * b) + c)`.
    case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression: {
      const auto* b = node.as<BinaryExpression>();
      std::vector<const Node*> operands{b->right};
      const Node* left = b->left;
      while ((left->kind == NodeKind::BinaryExpression || left->kind == NodeKind::LogicalExpression) &&
             left->as<BinaryExpression>()->op == b->op &&
             operands.size() < static_cast<std::size_t>(depth)) {
        operands.push_back(left->as<BinaryExpression>()->right);
        left = left->as<BinaryExpression>()->left;
      }
      std::string text = "(" + print(*left, depth - 1);
      for (auto it = operands.rbegin(); it != operands.rend(); ++it)
        text += " " + std::string(tokenText(b->op)) + " " + print(**it, depth - 1);
      return text + ")";
    }
    case NodeKind::UnaryExpression: {
      const auto* u = node.as<UnaryExpression>();
      if (u->op == TokenKind::Void) return "(void " + print(*u->argument, depth - 1) + ")";
      return std::string(kIntermediate);
    }
    default: return std::string(kIntermediate);
  }
}

}  // namespace

std::string printCallee(const Node& node) { return print(node, kMaxCalleeDepth); }

}  // namespace reachable
