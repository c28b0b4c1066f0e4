#include "heap/FinalizationCleanup.h"

#include <algorithm>

namespace reachable::cleanup {

std::vector<WeakHandle> dueTasks(Heap& heap, std::vector<CellId> registries) {
  std::sort(registries.begin(), registries.end(),
            [&](CellId a, CellId b) { return heap.get(a).serial < heap.get(b).serial; });
  std::vector<WeakHandle> tasks;
  for (CellId id : registries) {
    auto& registry = heap.as<FinalizationRegistryObject>(id);
    if (registry.cleanupQueued) continue;
    heap.noteWrite(registry);
    registry.cleanupQueued = true;
    tasks.push_back(heap.weakHandle(id));
  }
  return tasks;
}

FinalizationRegistryObject* beginTask(Heap& heap, WeakHandle handle) {
  HeapCell* cell = heap.resolve(handle);
  if (!cell) return nullptr;
  auto& registry = static_cast<FinalizationRegistryObject&>(*cell);
  heap.noteWrite(registry);
  registry.cleanupQueued = false;
  return &registry;
}

std::optional<Value> takeNewestEmptiedCell(Heap& heap, FinalizationRegistryObject& registry) {
  auto& cells = registry.cells;
  auto newest = cells.end();
  for (auto it = cells.begin(); it != cells.end(); ++it) {
    if (it->emptied() && (newest == cells.end() || it->order > newest->order)) newest = it;
  }
  if (newest == cells.end()) return std::nullopt;
  Value held = newest->heldValue;
  heap.noteWrite(registry);
  cells.erase(newest);
  heap.reaccount(registry);
  return held;
}

}  // namespace reachable::cleanup
