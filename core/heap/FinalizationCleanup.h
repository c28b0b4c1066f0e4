#pragma once

#include <optional>
#include <vector>

#include "heap/Heap.h"
#include "heap/WeakCells.h"

namespace reachable {

// When a FinalizationRegistry's cleanup callbacks run, and in what order: the whole
// story, told once. The collector, the event loop and the built-ins each do their
// part of it through the functions below.
//
//   1. A collection empties every registry cell whose target it did not mark, in
//      its clear phase, before the sweep (so that no cell points at a freed id).
//   2. After the sweep, each registry with newly emptied cells is due a cleanup
//      task, unless one is waiting already: a registry has at most one at a time
//      (V8's "scheduled for cleanup"), however many collections empty its cells
//      before the task runs.
//   3. The engine queues the due tasks in the order the registries were created,
//      after the timers already due (as Node runs them).
//   4. A task holds its registry weakly: a registry collected before its task runs
//      runs no callbacks.
//   5. The task calls the callback once for each emptied cell, newest registration
//      first, because a callback may unregister the cells still waiting. From the
//      moment the task begins, its registry may be due another.
namespace cleanup {

// Rules 2 and 3: of the registries whose cells a collection just emptied, those due
// a task, oldest registry first, each now marked as having one waiting.
std::vector<WeakHandle> dueTasks(Heap& heap, std::vector<CellId> registriesWithEmptiedCells);

// Rules 4 and 5: a task begins. Its registry, unless it was collected meanwhile,
// from now on with no task waiting.
FinalizationRegistryObject* beginTask(Heap& heap, WeakHandle registry);

// Rule 5: the held value of the newest emptied cell, which leaves the registry.
std::optional<Value> takeNewestEmptiedCell(Heap& heap, FinalizationRegistryObject& registry);

}  // namespace cleanup
}  // namespace reachable
