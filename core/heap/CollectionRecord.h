#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "heap/Heap.h"
#include "heap/Retainer.h"

namespace reachable {

enum class CollectionReason : std::uint8_t {
  Explicit,   // the program called gc()
  Requested,  // the GUI's "collect now"
  Automatic,  // the heap passed its threshold
};

// What every collection returns, recorded or not: the figures and the cleanup tasks
// due, for the engine to queue (heap/FinalizationCleanup.h).
struct CollectionResult {
  CollectionReason reason = CollectionReason::Explicit;
  std::size_t cellsBefore = 0, cellsAfter = 0;
  std::size_t bytesBefore = 0, bytesAfter = 0;
  // The memory the live cells really hold after it (Heap::footprint), which the
  // budget measures.
  std::size_t footprintAfter = 0;
  // Held weakly: a registry that dies before its task runs runs no callbacks.
  std::vector<WeakHandle> cleanupTasks;
  bool overBudget = false;
};

// What a collection did, step by step, for the timeline and the GUI. Only made when
// asked for, so that a plain run pays nothing for it.
struct CollectionRecord {
  struct Marked {
    CellId id;
    Retainer via;  // the edge (or root) through which the mark first reached it
  };
  struct ClearedWeakRef {
    CellId weakRef;
    CellId target;
  };
  struct RemovedEntry {
    CellId container;  // a WeakMap or WeakSet
    CellId key;
  };
  struct EmptiedCell {
    CellId registry;
    std::uint32_t order;  // the cell's registration order in its registry
    CellId target;
  };
  struct ClearedToken {
    CellId registry;
    std::uint32_t order;
    CellId token;
  };

  CollectionReason reason = CollectionReason::Explicit;
  // Phase 1, mark.
  std::vector<Marked> marked;
  // Phase 2, clear weak references and registry cells whose targets were not marked.
  std::vector<ClearedWeakRef> clearedWeakRefs;
  std::vector<RemovedEntry> removedEntries;
  std::vector<EmptiedCell> emptiedCells;
  std::vector<ClearedToken> clearedTokens;
  // Phase 3, sweep: every cell the mark never reached, by id.
  std::vector<CellId> swept;
  // The program's objects among them with their serials, the name a person knows
  // them by, which their cells no longer tell once the collection is over.
  struct SweptObject {
    CellId id;
    ObjectId object;
    std::uint32_t site;  // HeapCell::site, gone with the cell too
  };
  std::vector<SweptObject> sweptObjects;
  // Phase 4, find cleanup tasks: the registries due one, which the engine queues.
  std::vector<CellId> cleanupDue;

  // Empties the record for another collection, keeping its lists' memory: the mark's
  // list holds every live cell, and fresh memory for it costs a page fault per 4 KiB.
  void restart(CollectionReason why) {
    reason = why;
    marked.clear();
    clearedWeakRefs.clear();
    removedEntries.clear();
    emptiedCells.clear();
    clearedTokens.clear();
    swept.clear();
    sweptObjects.clear();
    cleanupDue.clear();
  }
};

}  // namespace reachable
