#pragma once

#include <optional>
#include <vector>

#include "heap/CollectionRecord.h"
#include "heap/Heap.h"
#include "heap/Marker.h"
#include "heap/Roots.h"

namespace reachable {

// A full, stop-the-world, tracing mark-and-sweep collection in four phases, in the
// order the timeline and the GUI show them:
//   1. mark from the roots (gray stack, ephemerons to a fixpoint);
//   2. clear the weak references, weak-collection entries and registry cells whose
//      targets were not marked;
//   3. sweep every unmarked cell;
//   4. find the registries with newly emptied cells that are due a cleanup task,
//      which the engine then queues (heap/FinalizationCleanup.h).
// Weak references are cleared *before* the sweep so that no WeakRef, WeakMap or
// registry is ever left pointing at a freed id, which might be reused.
class Collector {
 public:
  Collector(Heap& heap, const RootProvider& roots) : heap_(heap), roots_(roots) {}

  CollectionResult collect(CollectionReason reason, CollectionRecord* record = nullptr);
  // A collection no program can tell from none: every weak reference holds its target
  // through it, so it empties no WeakRef, removes no WeakMap entry and queues no
  // cleanup; it frees only what nothing reaches, not even weakly, which no program
  // can ever see again. The engine runs it between full collections, while no one
  // records the run, so that short-lived objects give their memory back at once (V8
  // empties its young generation every few megabytes) while the full collections
  // keep their place. It returns the memory it freed (Heap::footprint).
  std::size_t collectQuietly();
  // The allocation-pressure trigger: collects (as Automatic) only when the heap has
  // passed its threshold. The engine calls it at safe points.
  std::optional<CollectionResult> collectIfDue(CollectionRecord* record = nullptr);

 private:
  void mark(Marker& marker);
  std::vector<CellId> clearWeakReferences(const Marker& marker, CollectionRecord* record);
  void sweep(const Marker& marker, CollectionRecord* record);
  std::vector<WeakHandle> findCleanupTasks(std::vector<CellId> registriesWithEmptiedCells, CollectionRecord* record);

  void clearWeakRef(CellId id, const Marker& marker, CollectionRecord* record);
  void clearWeakTable(CellId id, const Marker& marker, CollectionRecord* record);
  bool clearRegistryCells(CellId id, const Marker& marker, CollectionRecord* record);

  Heap& heap_;
  const RootProvider& roots_;
};

}  // namespace reachable
