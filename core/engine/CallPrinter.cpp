#include "engine/CallPrinter.h"

#include "format/NumberToString.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

constexpr std::string_view kIntermediate = "(intermediate value)";

std::string printKey(const MemberExpression& m) {
  const Node& key = *m.property;
  if (key.kind == NodeKind::PrivateName) return "." + std::string(key.as<PrivateName>()->name);
  if (!m.computed) return "." + std::string(key.as<Identifier>()->name);
  if (key.kind == NodeKind::StringLiteral) return "." + toUtf8(key.as<StringLiteral>()->value);
  if (key.kind == NodeKind::NumberLiteral) return "[" + numberToString(key.as<NumberLiteral>()->value) + "]";
  return "[" + printCallee(key) + "]";
}

}  // namespace

std::string printCallee(const Node& node) {
  switch (node.kind) {
    case NodeKind::Identifier: return std::string(node.as<Identifier>()->name);
    case NodeKind::ThisExpression: return "this";
    case NodeKind::SuperExpression: return "super";
    case NodeKind::NullLiteral: return "null";
    case NodeKind::NumberLiteral: return numberToString(node.as<NumberLiteral>()->value);
    case NodeKind::StringLiteral: return "\"" + toUtf8(node.as<StringLiteral>()->value) + "\"";
    case NodeKind::BooleanLiteral: return node.as<BooleanLiteral>()->value ? "true" : "false";
    case NodeKind::MemberExpression: {
      const auto* m = node.as<MemberExpression>();
      return printCallee(*m->object) + printKey(*m);
    }
    // V8 prints a literal's brackets without its contents.
    case NodeKind::ObjectLiteral: return "{}";
    case NodeKind::ArrayLiteral: return "[]";
    case NodeKind::OptionalChain: return printCallee(*node.as<OptionalChain>()->expression);
    case NodeKind::CallExpression: {
      const auto* c = node.as<CallExpression>();
      std::string callee = printCallee(*c->callee);
      return (callee == kIntermediate ? std::string(kIntermediate) : callee) + "(...)";
    }
    case NodeKind::UnaryExpression: {
      const auto* u = node.as<UnaryExpression>();
      if (u->op == TokenKind::Void) return "(void " + printCallee(*u->argument) + ")";
      return std::string(kIntermediate);
    }
    default: return std::string(kIntermediate);
  }
}

}  // namespace reachable
