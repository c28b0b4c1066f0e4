#pragma once

#include <cstdint>
#include <string_view>

#include "heap/Value.h"

namespace reachable {

// Where a reference sits in the cell that holds it.
enum class EdgeKind : std::uint8_t {
  Property,  // key: the property's name (string or symbol)
  Element,   // index: the array index
  Prototype,
  AccessorGetter,
  AccessorSetter,
  ContextParent,
  ContextSlot,      // index: the slot
  FunctionContext,  // the context a closure was made in
  HomeObject,
  HostSlot,  // index: a value a built-in closes over
  MapKey,    // index: the entry's position
  MapValue,
  SetMember,
  WeakMapKey,
  WeakMapValue,
  WeakSetMember,
  WeakRefTarget,
  RegistryCleanup,  // the registry's callback
  CellTarget,       // index: the registry cell's position
  CellHeldValue,
  CellToken,
  PromiseResult,
  ReactionFulfilled,  // index: the reaction's position
  ReactionRejected,
  ReactionDerived,
  SymbolDescription,
  FrameValue,  // index: a local or operand of a parked async frame
  FrameContext,
  FrameFunction,   // the function, `this` and new.target of a parked frame
  AsyncPromise,    // the promise an async function returned
  PrimitiveValue,  // a wrapper's string or symbol
  GeneratorFrame,  // a suspended generator's parked frame
  GeneratorRequest,  // index: 2 × the request's position, +1 for its promise
  FrameGenerator,    // the async generator a parked frame belongs to
  ProxyTarget,
  ProxyHandler,
  StringPart,  // index: 0 or 1, the strings a concatenation not yet read joins
};

std::string_view edgeKindName(EdgeKind kind);

struct EdgeName {
  EdgeKind kind = EdgeKind::Property;
  std::uint32_t index = 0;
  Value key;  // for EdgeKind::Property
  friend bool operator==(const EdgeName&, const EdgeName&) = default;
};

// Strong edges keep their target alive. Weak edges never do. An ephemeron edge (a
// WeakMap value) keeps its target alive only while `ephemeronKey` is alive.
enum class EdgeStrength : std::uint8_t { Strong, Weak, Ephemeron };

// How an edge of each kind holds its target: the one rule the collector traces by
// and the heap view draws its rows by. Weak: a WeakRef's target, a WeakMap's keys, a
// WeakSet's members, a registry cell's target and token.
constexpr EdgeStrength strengthOf(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::WeakMapKey:
    case EdgeKind::WeakSetMember:
    case EdgeKind::WeakRefTarget:
    case EdgeKind::CellTarget:
    case EdgeKind::CellToken: return EdgeStrength::Weak;
    case EdgeKind::WeakMapValue: return EdgeStrength::Ephemeron;
    default: return EdgeStrength::Strong;
  }
}

struct Edge {
  EdgeName name;
  Value target;
  EdgeStrength strength = EdgeStrength::Strong;
  Value ephemeronKey;
};

}  // namespace reachable
