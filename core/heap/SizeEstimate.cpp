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

std::size_t estimateSize(const HeapCell& cell) {
  switch (cell.kind) {
    case CellKind::String: return 16 + 2 * static_cast<const StringCell&>(cell).text.size();
    case CellKind::Symbol: return 24;
    case CellKind::Context: return 16 + 8 * static_cast<const Context&>(cell).slots.size();
    case CellKind::AccessorPair: return 16;
    case CellKind::AsyncFrame: {
      const auto& frame = static_cast<const AsyncFrame&>(cell);
      return 64 + 8 * (frame.values.size() + frame.extraArguments.size()) + 16 * frame.handlers.size();
    }
    default: break;
  }
  const auto& object = static_cast<const JSObject&>(cell);
  std::size_t own = objectPartSize(object);
  switch (cell.kind) {
    case CellKind::Function: return 32 + own + 8 * static_cast<const JSFunction&>(cell).hostSlots.size();
    case CellKind::Map: return 40 + own + 24 * static_cast<const MapObject&>(cell).table.entries().size();
    case CellKind::Set: return 40 + own + 16 * static_cast<const SetObject&>(cell).table.entries().size();
    case CellKind::WeakMap: return 40 + own + 24 * static_cast<const WeakMapObject&>(cell).table.entries().size();
    case CellKind::WeakSet: return 40 + own + 16 * static_cast<const WeakSetObject&>(cell).table.entries().size();
    case CellKind::WeakRef: return 24 + own;
    case CellKind::FinalizationRegistry:
      return 40 + own + 32 * static_cast<const FinalizationRegistryObject&>(cell).cells.size();
    case CellKind::Promise: return 32 + own + 24 * static_cast<const PromiseObject&>(cell).reactions.size();
    case CellKind::Array: return 32 + own;
    default: return 24 + own;
  }
}

}  // namespace reachable
