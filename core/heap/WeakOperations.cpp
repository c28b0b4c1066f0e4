#include "heap/WeakOperations.h"

#include <algorithm>

namespace reachable::weak {

Checked<CellId> makeWeakRef(Heap& heap, CellId prototype, Value target) {
  if (!heap.canBeHeldWeakly(target)) return {kNoCell, RuleViolation::WeakRefInvalidTarget};
  heap.kept().add(target);
  return {heap.make<WeakRefObject>(prototype, target).id};
}

Value deref(Heap& heap, const WeakRefObject& ref) {
  if (!ref.target.isUndefined()) heap.kept().add(ref.target);
  return ref.target;
}

Checked<CellId> makeRegistry(Heap& heap, CellId prototype, Value cleanup) {
  if (!cleanup.isObject() || heap.get(cleanup.asCell()).kind != CellKind::Function) {
    return {kNoCell, RuleViolation::CleanupNotCallable};
  }
  return {heap.make<FinalizationRegistryObject>(prototype, cleanup).id};
}

// The checks run in the specification's order, which decides the message when
// several arguments are wrong.
RuleViolation registerTarget(Heap& heap, FinalizationRegistryObject& registry, Value target, Value heldValue,
                             Value token) {
  if (!heap.canBeHeldWeakly(target)) return RuleViolation::RegisterInvalidTarget;
  if (target == heldValue) return RuleViolation::RegisterTargetIsHeldValue;
  if (!token.isUndefined() && !heap.canBeHeldWeakly(token)) return RuleViolation::InvalidUnregisterToken;
  heap.noteWrite(registry);
  registry.cells.push_back({target, heldValue, token, registry.nextOrder++});
  heap.reaccount(registry);
  return RuleViolation::None;
}

Checked<bool> unregister(Heap& heap, FinalizationRegistryObject& registry, Value token) {
  if (!heap.canBeHeldWeakly(token)) return {false, RuleViolation::InvalidUnregisterToken};
  heap.noteWrite(registry);
  auto& cells = registry.cells;
  auto removed = std::erase_if(cells, [&](const RegistryCell& c) { return c.token == token; });
  heap.reaccount(registry);
  return {removed > 0};
}

namespace {

// Nothing walks a weak table by position: its holes can go whenever they dominate.
void appendToWeakTable(OrderedTable& table, Value key, Value value) {
  if (table.sparse()) table.compact();
  table.appendIdentical(key, value);
}

}  // namespace

RuleViolation weakMapSet(Heap& heap, WeakMapObject& map, Value key, Value value) {
  if (!heap.canBeHeldWeakly(key)) return RuleViolation::InvalidWeakMapKey;
  heap.noteWrite(map);
  auto position = map.table.findIdentical(key);
  if (position >= 0) {
    map.table.at(static_cast<std::uint32_t>(position)).value = value;
  } else {
    appendToWeakTable(map.table, key, value);
    heap.reaccount(map);
  }
  return RuleViolation::None;
}

std::optional<Value> weakMapGet(const WeakMapObject& map, Value key) {
  auto position = map.table.findIdentical(key);
  if (position < 0) return std::nullopt;
  return map.table.entries()[static_cast<std::size_t>(position)].value;
}

bool weakMapDelete(Heap& heap, WeakMapObject& map, Value key) {
  auto position = map.table.findIdentical(key);
  if (position < 0) return false;
  heap.noteWrite(map);
  map.table.eraseIdenticalAt(static_cast<std::uint32_t>(position));
  return true;
}

RuleViolation weakSetAdd(Heap& heap, WeakSetObject& set, Value member) {
  if (!heap.canBeHeldWeakly(member)) return RuleViolation::InvalidWeakSetValue;
  if (set.table.findIdentical(member) < 0) {
    heap.noteWrite(set);
    appendToWeakTable(set.table, member, Value::undefined());
    heap.reaccount(set);
  }
  return RuleViolation::None;
}

bool weakSetHas(const WeakSetObject& set, Value member) { return set.table.findIdentical(member) >= 0; }

bool weakSetDelete(Heap& heap, WeakSetObject& set, Value member) {
  auto position = set.table.findIdentical(member);
  if (position < 0) return false;
  heap.noteWrite(set);
  set.table.eraseIdenticalAt(static_cast<std::uint32_t>(position));
  return true;
}

}  // namespace reachable::weak
