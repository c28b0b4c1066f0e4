#pragma once

#include "heap/AsyncFrameCell.h"
#include "heap/CollectionCells.h"
#include "heap/FunctionCells.h"
#include "heap/GeneratorCell.h"
#include "heap/Primitives.h"
#include "heap/PromiseCell.h"
#include "heap/ProxyObject.h"
#include "heap/WeakCells.h"

namespace reachable {

// Calls `visit(const Edge&)` for every reference a cell holds to another cell, in a
// fixed order (prototype, properties, elements, then the kind's own slots), with its
// name and strength. The collector, the reachability query and the GUI all read the
// graph through this one function, so they can never disagree about an edge.
//
// `SlotsOnly` leaves out the edges an object may hold by the million: its properties
// and elements, its entries, a registry's cells and a context's variables. The
// timeline shows those as rows of their own and reads them incrementally; tracing
// them all again on every write made recording an array that grows quadratic.
enum class TraceEdges : std::uint8_t { All, SlotsOnly };
template <TraceEdges kEdges = TraceEdges::All, class Visitor>
void traceCell(const HeapCell& cell, Visitor&& visit);

namespace tracing_detail {

template <class Visitor>
void emit(Visitor& visit, EdgeKind kind, std::uint32_t index, Value target) {
  if (!target.isCell()) return;
  visit(Edge{EdgeName{kind, index, Value()}, target, strengthOf(kind), Value()});
}

template <TraceEdges kEdges, class Visitor>
void traceObject(const JSObject& o, Visitor& visit) {
  if (o.proto != kNoCell) emit(visit, EdgeKind::Prototype, 0, Value::object(o.proto));
  if constexpr (kEdges == TraceEdges::SlotsOnly) return;
  const auto& properties = o.properties;
  for (std::uint32_t i = 0, n = properties.size(); i < n; ++i) {
    Value value = properties.value(i);
    if (value.isCell()) {
      visit(Edge{EdgeName{EdgeKind::Property, 0, properties.key(i)}, value, EdgeStrength::Strong, Value()});
    }
  }
  for (std::uint32_t i = 0; i < o.elements.size(); ++i) emit(visit, EdgeKind::Element, i, o.elements[i]);
}

// A set's members are its keys (`valueKind` == `keyKind`): traced once.
template <class Visitor>
void traceTable(const OrderedTable& t, Visitor& visit, EdgeKind keyKind, EdgeKind valueKind) {
  const bool ephemeral = strengthOf(valueKind) == EdgeStrength::Ephemeron;
  const auto& entries = t.entries();
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    if (!e.live()) continue;
    emit(visit, keyKind, i, e.key);
    if (ephemeral) {
      if (e.value.isCell()) visit(Edge{EdgeName{valueKind, i, Value()}, e.value, EdgeStrength::Ephemeron, e.key});
    } else if (valueKind != keyKind) {
      emit(visit, valueKind, i, e.value);
    }
  }
}

template <TraceEdges kEdges, class Visitor>
void traceRegistry(const FinalizationRegistryObject& r, Visitor& visit) {
  emit(visit, EdgeKind::RegistryCleanup, 0, r.cleanup);
  if constexpr (kEdges == TraceEdges::SlotsOnly) return;
  for (std::uint32_t i = 0; i < r.cells.size(); ++i) {
    const auto& c = r.cells[i];
    emit(visit, EdgeKind::CellTarget, i, c.target);
    emit(visit, EdgeKind::CellHeldValue, i, c.heldValue);
    emit(visit, EdgeKind::CellToken, i, c.token);
  }
}

template <class Visitor>
void tracePromise(const PromiseObject& p, Visitor& visit) {
  emit(visit, EdgeKind::PromiseResult, 0, p.result);
  for (std::uint32_t i = 0; i < p.reactions.size(); ++i) {
    emit(visit, EdgeKind::ReactionFulfilled, i, p.reactions[i].onFulfilled);
    emit(visit, EdgeKind::ReactionRejected, i, p.reactions[i].onRejected);
    emit(visit, EdgeKind::ReactionDerived, i, p.reactions[i].derived);
  }
}

template <class Visitor>
void traceFunction(const JSFunction& f, Visitor& visit) {
  if (f.context != kNoCell) emit(visit, EdgeKind::FunctionContext, 0, Value::object(f.context));
  emit(visit, EdgeKind::HomeObject, 0, f.homeObject);
  for (std::uint32_t i = 0; i < f.hostSlots.size(); ++i) emit(visit, EdgeKind::HostSlot, i, f.hostSlots[i]);
}

template <TraceEdges kEdges, class Visitor>
void traceContext(const Context& c, Visitor& visit) {
  if (c.parent != kNoCell) emit(visit, EdgeKind::ContextParent, 0, Value::object(c.parent));
  if constexpr (kEdges == TraceEdges::SlotsOnly) return;
  for (std::uint32_t i = 0; i < c.slots.size(); ++i) emit(visit, EdgeKind::ContextSlot, i, c.slots[i]);
}

template <class Visitor>
void traceAsyncFrame(const AsyncFrame& f, Visitor& visit) {
  for (std::uint32_t i = 0; i < f.values.size(); ++i) emit(visit, EdgeKind::FrameValue, i, f.values[i]);
  emit(visit, EdgeKind::FrameFunction, 0, f.callee);
  emit(visit, EdgeKind::FrameFunction, 1, f.thisValue);
  emit(visit, EdgeKind::FrameFunction, 2, f.newTarget);
  if (f.context != kNoCell) emit(visit, EdgeKind::FrameContext, 0, Value::object(f.context));
  for (std::uint32_t i = 0; i < f.extraArguments.size(); ++i) {
    emit(visit, EdgeKind::FrameValue, static_cast<std::uint32_t>(f.values.size()) + i, f.extraArguments[i]);
  }
  for (std::uint32_t i = 0; i < f.handlers.size(); ++i) {
    if (f.handlers[i].context != kNoCell)
      emit(visit, EdgeKind::FrameContext, i + 1, Value::object(f.handlers[i].context));
  }
  emit(visit, EdgeKind::AsyncPromise, 0, f.promise);
  emit(visit, EdgeKind::FrameGenerator, 0, f.generator);
}

template <class Visitor>
void traceGenerator(const GeneratorObject& g, Visitor& visit) {
  emit(visit, EdgeKind::GeneratorFrame, 0, g.frame);
  for (std::uint32_t i = 0; i < g.queue.size(); ++i) {
    emit(visit, EdgeKind::GeneratorRequest, 2 * i, g.queue[i].value);
    emit(visit, EdgeKind::GeneratorRequest, 2 * i + 1, g.queue[i].promise);
  }
}

}  // namespace tracing_detail

template <TraceEdges kEdges, class Visitor>
void traceCell(const HeapCell& cell, Visitor&& visit) {
  using namespace tracing_detail;
  constexpr bool kEntries = kEdges == TraceEdges::All;
  switch (cell.kind) {
    case CellKind::String: {
      const auto& string = static_cast<const StringCell&>(cell);
      if (string.isConcatenation()) {
        emit(visit, EdgeKind::StringPart, 0, string.first);
        emit(visit, EdgeKind::StringPart, 1, string.second);
      }
      return;
    }
    case CellKind::BigInt: return;
    case CellKind::Symbol:
      emit(visit, EdgeKind::SymbolDescription, 0, static_cast<const SymbolCell&>(cell).description);
      return;
    case CellKind::Context: traceContext<kEdges>(static_cast<const Context&>(cell), visit); return;
    case CellKind::AsyncFrame: traceAsyncFrame(static_cast<const AsyncFrame&>(cell), visit); return;
    case CellKind::AccessorPair: {
      const auto& pair = static_cast<const AccessorPair&>(cell);
      emit(visit, EdgeKind::AccessorGetter, 0, pair.getter);
      emit(visit, EdgeKind::AccessorSetter, 0, pair.setter);
      return;
    }
    default: break;
  }
  traceObject<kEdges>(static_cast<const JSObject&>(cell), visit);
  switch (cell.kind) {
    case CellKind::Function: traceFunction(static_cast<const JSFunction&>(cell), visit); break;
    case CellKind::Map:
      if constexpr (kEntries)
        traceTable(static_cast<const MapObject&>(cell).table, visit, EdgeKind::MapKey, EdgeKind::MapValue);
      break;
    case CellKind::Set:
      if constexpr (kEntries)
        traceTable(static_cast<const SetObject&>(cell).table, visit, EdgeKind::SetMember, EdgeKind::SetMember);
      break;
    case CellKind::WeakMap:
      if constexpr (kEntries)
        traceTable(static_cast<const WeakMapObject&>(cell).table, visit, EdgeKind::WeakMapKey, EdgeKind::WeakMapValue);
      break;
    case CellKind::WeakSet:
      if constexpr (kEntries)
        traceTable(static_cast<const WeakSetObject&>(cell).table, visit, EdgeKind::WeakSetMember,
                   EdgeKind::WeakSetMember);
      break;
    case CellKind::WeakRef:
      emit(visit, EdgeKind::WeakRefTarget, 0, static_cast<const WeakRefObject&>(cell).target);
      break;
    case CellKind::FinalizationRegistry:
      traceRegistry<kEdges>(static_cast<const FinalizationRegistryObject&>(cell), visit);
      break;
    case CellKind::Promise: tracePromise(static_cast<const PromiseObject&>(cell), visit); break;
    case CellKind::PrimitiveWrapper:
      emit(visit, EdgeKind::PrimitiveValue, 0, static_cast<const PrimitiveWrapperObject&>(cell).primitive);
      break;
    case CellKind::Generator: traceGenerator(static_cast<const GeneratorObject&>(cell), visit); break;
    case CellKind::Proxy:
      emit(visit, EdgeKind::ProxyTarget, 0, static_cast<const ProxyObject&>(cell).target);
      emit(visit, EdgeKind::ProxyHandler, 0, static_cast<const ProxyObject&>(cell).handler);
      break;
    default: break;
  }
}

}  // namespace reachable
