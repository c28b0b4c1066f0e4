#include "heap/Collector.h"

#include "heap/CollectionCells.h"
#include "heap/FinalizationCleanup.h"
#include "heap/WeakCells.h"

namespace reachable {

CollectionResult Collector::collect(CollectionReason reason, CollectionRecord* record) {
  CollectionResult result;
  result.reason = reason;
  result.cellsBefore = heap_.cellCount();
  result.bytesBefore = heap_.bytes();
  if (record) record->restart(reason);

  Marker marker(heap_, record ? &record->marked : nullptr);
  mark(marker);
  auto registriesWithEmptiedCells = clearWeakReferences(marker, record);
  sweep(marker, record);
  result.cleanupTasks = findCleanupTasks(std::move(registriesWithEmptiedCells), record);

  heap_.afterCollection();
  result.cellsAfter = heap_.cellCount();
  result.bytesAfter = heap_.bytes();
  result.footprintAfter = heap_.footprint();
  result.overBudget = heap_.overBudget();
  return result;
}

std::size_t Collector::collectQuietly() {
  const std::size_t before = heap_.footprint();
  Marker marker(heap_, nullptr, Marker::Edges::All);
  marker.markRoots(roots_);
  marker.trace();
  sweep(marker, nullptr);
  const std::size_t reclaimed = before - heap_.footprint();
  heap_.afterQuietCollection(reclaimed);
  return reclaimed;
}

std::optional<CollectionResult> Collector::collectIfDue(CollectionRecord* record) {
  if (!heap_.collectionDue()) return std::nullopt;
  return collect(CollectionReason::Automatic, record);
}

void Collector::mark(Marker& marker) {
  marker.markRoots(roots_);
  marker.trace();
}

std::vector<CellId> Collector::clearWeakReferences(const Marker& marker, CollectionRecord* record) {
  std::vector<CellId> registriesWithEmptiedCells;
  for (CellId id : marker.weakHolders()) {
    switch (heap_.get(id).kind) {
      case CellKind::WeakRef: clearWeakRef(id, marker, record); break;
      case CellKind::WeakMap:
      case CellKind::WeakSet: clearWeakTable(id, marker, record); break;
      case CellKind::FinalizationRegistry:
        if (clearRegistryCells(id, marker, record)) registriesWithEmptiedCells.push_back(id);
        break;
      default: break;
    }
  }
  return registriesWithEmptiedCells;
}

void Collector::clearWeakRef(CellId id, const Marker& marker, CollectionRecord* record) {
  auto& ref = heap_.as<WeakRefObject>(id);
  if (marker.isMarked(ref.target)) return;
  if (record) record->clearedWeakRefs.push_back({id, ref.target.asCell()});
  heap_.noteWrite(ref);
  ref.target = Value::undefined();
}

void Collector::clearWeakTable(CellId id, const Marker& marker, CollectionRecord* record) {
  auto& cell = heap_.get(id);
  OrderedTable& table = cell.kind == CellKind::WeakMap ? static_cast<WeakMapObject&>(cell).table
                                                       : static_cast<WeakSetObject&>(cell).table;
  const auto& entries = table.entries();
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].live() || marker.isMarked(entries[i].key)) continue;
    if (record) record->removedEntries.push_back({id, entries[i].key.asCell()});
    heap_.noteWrite(cell);
    table.eraseIdenticalAt(i);
  }
}

// Returns whether a cell of this registry was newly emptied.
bool Collector::clearRegistryCells(CellId id, const Marker& marker, CollectionRecord* record) {
  auto& registry = heap_.as<FinalizationRegistryObject>(id);
  bool emptiedAny = false;
  for (auto& cell : registry.cells) {
    if (!cell.emptied() && !marker.isMarked(cell.target)) {
      if (record) record->emptiedCells.push_back({id, cell.order, cell.target.asCell()});
      heap_.noteWrite(registry);
      cell.target = Value::undefined();
      emptiedAny = true;
    }
    if (!cell.token.isUndefined() && !marker.isMarked(cell.token)) {
      if (record) record->clearedTokens.push_back({id, cell.order, cell.token.asCell()});
      heap_.noteWrite(registry);
      cell.token = Value::undefined();
    }
  }
  return emptiedAny;
}

void Collector::sweep(const Marker& marker, CollectionRecord* record) {
  // Releasing a cell reads it and links its memory into a free list; dead cells lie
  // anywhere, so each is fetched a few ids ahead of its turn.
  constexpr CellId kLookahead = 8;
  for (CellId id = 1; id < heap_.idLimit(); ++id) {
    if (const HeapCell* ahead = heap_.find(id + kLookahead); ahead && !marker.isMarked(id + kLookahead)) {
      __builtin_prefetch(ahead, 1);
    }
    if (!heap_.find(id) || marker.isMarked(id)) continue;
    if (record) {
      record->swept.push_back(id);
      const HeapCell& cell = heap_.get(id);
      if (ObjectId object = heap_.programObjects().idOf(cell)) record->sweptObjects.push_back({id, object, cell.site});
    }
    heap_.release(id);
  }
}

// Which registries are due a cleanup task, for the engine to queue
// (heap/FinalizationCleanup.h tells the whole story).
std::vector<WeakHandle> Collector::findCleanupTasks(std::vector<CellId> registries, CollectionRecord* record) {
  std::vector<WeakHandle> tasks = cleanup::dueTasks(heap_, std::move(registries));
  if (record) {
    for (const WeakHandle& task : tasks) record->cleanupDue.push_back(task.id);
  }
  return tasks;
}

}  // namespace reachable
