// Kept in its own translation unit: inlined into Heap::make<T>, GCC 12 analyses the
// object part of every kind against the concrete (smaller) cell and warns falsely.
#include "heap/AsyncFrameCell.h"
#include "heap/CollectionCells.h"
#include "heap/FunctionCells.h"
#include "heap/Heap.h"
#include "heap/PromiseCell.h"
#include "heap/WeakCells.h"

namespace reachable {

namespace {

std::size_t objectPartSize(const JSObject& o) { return kPropertyBytes * (o.properties.size() + o.elements.size()); }

}  // namespace

std::size_t estimateBase(CellKind kind) {
  switch (kind) {
    case CellKind::String:
    case CellKind::BigInt:
    case CellKind::Context:
    case CellKind::AccessorPair: return 16;
    case CellKind::Symbol:
    case CellKind::WeakRef: return 24;
    case CellKind::AsyncFrame: return 64;
    case CellKind::Function:
    case CellKind::Promise:
    case CellKind::Array: return 32;
    case CellKind::Map:
    case CellKind::Set:
    case CellKind::WeakMap:
    case CellKind::WeakSet:
    case CellKind::FinalizationRegistry: return 40;
    default: return 24;
  }
}

std::size_t estimateSize(const HeapCell& cell) {
  const std::size_t base = estimateBase(cell.kind);
  switch (cell.kind) {
    // A concatenation not yet read holds two references, as V8's ConsString does.
    case CellKind::String: {
      const auto& string = static_cast<const StringCell&>(cell);
      return string.isConcatenation() ? base : base + 2 * string.text.size();
    }
    // V8's BigInt: a header, then one 64-bit digit after another.
    case CellKind::BigInt: return base + 8 * mpz_size(static_cast<const BigIntCell&>(cell).value.get_mpz_t());
    case CellKind::Symbol:
    case CellKind::AccessorPair: return base;
    case CellKind::Context: return base + 8 * static_cast<const Context&>(cell).slots.size();
    case CellKind::AsyncFrame: {
      const auto& frame = static_cast<const AsyncFrame&>(cell);
      return base + 8 * (frame.values.size() + frame.extraArguments.size()) + 16 * frame.handlers.size();
    }
    default: break;
  }
  const auto& object = static_cast<const JSObject&>(cell);
  std::size_t own = base + objectPartSize(object);
  switch (cell.kind) {
    case CellKind::Function: return own + 8 * static_cast<const JSFunction&>(cell).hostSlots.size();
    case CellKind::Map: return own + 24 * static_cast<const MapObject&>(cell).table.entries().size();
    case CellKind::Set: return own + 16 * static_cast<const SetObject&>(cell).table.entries().size();
    case CellKind::WeakMap: return own + 24 * static_cast<const WeakMapObject&>(cell).table.entries().size();
    case CellKind::WeakSet: return own + 16 * static_cast<const WeakSetObject&>(cell).table.entries().size();
    case CellKind::FinalizationRegistry:
      return own + 32 * static_cast<const FinalizationRegistryObject&>(cell).cells.size();
    case CellKind::Promise: return own + 24 * static_cast<const PromiseObject&>(cell).reactions.size();
    default: return own;
  }
}

}  // namespace reachable
