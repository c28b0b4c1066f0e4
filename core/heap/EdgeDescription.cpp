#include "heap/EdgeDescription.h"

#include "heap/FunctionCells.h"
#include "text/Utf16.h"

namespace reachable {

std::string describeKey(const Heap& heap, Value key) {
  if (key.isString()) return toUtf8(heap.text(key));
  if (key.isSymbol()) {
    Value description = heap.as<SymbolCell>(key).description;
    return "Symbol(" + (description.isString() ? toUtf8(heap.text(description)) : std::string()) + ")";
  }
  return "?";
}

std::string describeEdge(const Heap& heap, CellId from, const EdgeName& edge) {
  const std::string index = std::to_string(edge.index);
  switch (edge.kind) {
    case EdgeKind::Property:
      return edge.key.isSymbol() ? "[" + describeKey(heap, edge.key) + "]" : describeKey(heap, edge.key);
    case EdgeKind::Element: return "[" + index + "]";
    case EdgeKind::Prototype: return "[[Prototype]]";
    case EdgeKind::AccessorGetter: return "get";
    case EdgeKind::AccessorSetter: return "set";
    case EdgeKind::ContextParent: return "parent context";
    case EdgeKind::ContextSlot: {
      const auto& context = heap.as<Context>(from);
      if (context.slotNames && edge.index < context.slotNames->size()) return (*context.slotNames)[edge.index];
      return "slot " + index;
    }
    case EdgeKind::FunctionContext: return "context";
    case EdgeKind::HomeObject: return "[[HomeObject]]";
    case EdgeKind::HostSlot: return "internal " + index;
    case EdgeKind::MapKey: return "entry " + index + " key";
    case EdgeKind::MapValue: return "entry " + index + " value";
    case EdgeKind::SetMember: return "entry " + index;
    case EdgeKind::WeakMapKey: return "entry " + index + " key (weak)";
    case EdgeKind::WeakMapValue: return "entry " + index + " value";
    case EdgeKind::WeakSetMember: return "entry " + index + " (weak)";
    case EdgeKind::WeakRefTarget: return "target (weak)";
    case EdgeKind::RegistryCleanup: return "cleanup callback";
    case EdgeKind::CellTarget: return "cell " + index + " target (weak)";
    case EdgeKind::CellHeldValue: return "cell " + index + " held value";
    case EdgeKind::CellToken: return "cell " + index + " token (weak)";
    case EdgeKind::PromiseResult: return "result";
    case EdgeKind::ReactionFulfilled: return "reaction " + index + " onFulfilled";
    case EdgeKind::ReactionRejected: return "reaction " + index + " onRejected";
    case EdgeKind::ReactionDerived: return "reaction " + index + " promise";
    case EdgeKind::SymbolDescription: return "description";
    case EdgeKind::FrameValue: return "local " + index;
    case EdgeKind::FrameContext: return "context";
    case EdgeKind::FrameFunction: return "function";
    case EdgeKind::AsyncPromise: return "promise";
    case EdgeKind::PrimitiveValue: return "[[PrimitiveValue]]";
    case EdgeKind::GeneratorFrame: return "suspended frame";
    case EdgeKind::GeneratorRequest:
      return "request " + std::to_string(edge.index / 2) + (edge.index % 2 == 0 ? " value" : " promise");
    case EdgeKind::FrameGenerator: return "async generator";
    case EdgeKind::ProxyTarget: return "[[ProxyTarget]]";
    case EdgeKind::ProxyHandler: return "[[ProxyHandler]]";
    case EdgeKind::StringPart: return edge.index == 0 ? "first" : "second";  // as V8's heap snapshots name them
  }
  return "?";
}

}  // namespace reachable
