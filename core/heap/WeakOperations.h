#pragma once

#include <optional>

#include "heap/CollectionCells.h"
#include "heap/Heap.h"
#include "heap/RuleViolation.h"
#include "heap/WeakCells.h"

namespace reachable {

// The operations of WeakRef, FinalizationRegistry, WeakMap and WeakSet over the
// heap, with their rules (ECMA-262 §26.1, §26.2, §24.3, §24.4). The interpreter's
// built-ins are thin wrappers around these.
namespace weak {

// new WeakRef(target): the target is kept alive until the current task ends.
Checked<CellId> makeWeakRef(Heap& heap, CellId prototype, Value target);
// ref.deref(): the target (kept alive until the task ends), or undefined.
Value deref(Heap& heap, const WeakRefObject& ref);

Checked<CellId> makeRegistry(Heap& heap, CellId prototype, Value cleanup);
RuleViolation registerTarget(Heap& heap, FinalizationRegistryObject& registry, Value target, Value heldValue,
                             Value token);
// Removes every cell registered with `token`, including emptied cells whose callback
// has not run yet (their callbacks then never run). Returns whether it removed any.
Checked<bool> unregister(Heap& heap, FinalizationRegistryObject& registry, Value token);

RuleViolation weakMapSet(Heap& heap, WeakMapObject& map, Value key, Value value);
std::optional<Value> weakMapGet(const WeakMapObject& map, Value key);
bool weakMapDelete(Heap& heap, WeakMapObject& map, Value key);
RuleViolation weakSetAdd(Heap& heap, WeakSetObject& set, Value member);
bool weakSetHas(const WeakSetObject& set, Value member);
bool weakSetDelete(Heap& heap, WeakSetObject& set, Value member);

}  // namespace weak
}  // namespace reachable
