#pragma once

#include <cstdint>
#include <vector>

#include "heap/JSObject.h"

namespace reachable {

// A WeakRef holds its target weakly; the collector empties it (target becomes
// undefined) when the target dies.
struct WeakRefObject : JSObject {
  WeakRefObject(CellId prototype, Value t) : JSObject(CellKind::WeakRef, prototype), target(t) {}
  Value target;
};

// One registration in a FinalizationRegistry. The target and the token are held
// weakly, the held value strongly. When the target dies the cell is *emptied*: it
// waits, with its held value, for the registry's cleanup task to pass that value to
// the callback.
struct RegistryCell {
  Value target;
  Value heldValue;
  Value token;          // undefined when registered without one, or once the token died
  std::uint32_t order;  // registration order within the registry (FinalizationCleanup.h, rule 5)
  bool emptied() const { return target.isUndefined(); }
};

struct FinalizationRegistryObject : JSObject {
  FinalizationRegistryObject(CellId prototype, Value callback)
      : JSObject(CellKind::FinalizationRegistry, prototype), cleanup(callback) {}
  Value cleanup;
  std::vector<RegistryCell> cells;
  std::uint32_t nextOrder = 0;
  // A cleanup task for this registry waits to run (heap/FinalizationCleanup.h, rule 2).
  bool cleanupQueued = false;
};

}  // namespace reachable
