#include "HeapFixture.h"
#include "heap/FinalizationCleanup.h"

namespace reachable::testing {
namespace {

using WeakRulesTest = HeapFixture;

TEST_F(WeakRulesTest, WeakRefNeedsATargetThatCanBeHeldWeakly) {
  for (Value bad : {Value::number(1), Value::undefined(), heap.intern("s"), heap.registeredSymbol(heap.intern("k"))}) {
    auto made = weak::makeWeakRef(heap, kNoCell, bad);
    EXPECT_EQ(made.violation, RuleViolation::WeakRefInvalidTarget);
  }
  EXPECT_TRUE(heap.kept().values().empty());
}

TEST_F(WeakRulesTest, RegistryNeedsACallableCleanup) {
  EXPECT_EQ(weak::makeRegistry(heap, kNoCell, object()).violation, RuleViolation::CleanupNotCallable);
  EXPECT_EQ(weak::makeRegistry(heap, kNoCell, Value::number(3)).violation, RuleViolation::CleanupNotCallable);
  EXPECT_TRUE(weak::makeRegistry(heap, kNoCell, function()).ok());
}

TEST_F(WeakRulesTest, RegisterChecksTargetThenHeldValueThenToken) {
  auto& reg = registry(makeRegistry());
  Value o = object();
  EXPECT_EQ(weak::registerTarget(heap, reg, Value::number(1), o, Value::number(2)),
            RuleViolation::RegisterInvalidTarget);
  EXPECT_EQ(weak::registerTarget(heap, reg, o, o, Value::number(2)), RuleViolation::RegisterTargetIsHeldValue);
  EXPECT_EQ(weak::registerTarget(heap, reg, o, Value::number(1), Value::number(2)),
            RuleViolation::InvalidUnregisterToken);
  EXPECT_EQ(weak::registerTarget(heap, reg, o, Value::number(1), heap.registeredSymbol(heap.intern("t"))),
            RuleViolation::InvalidUnregisterToken);
  EXPECT_TRUE(reg.cells.empty());
  EXPECT_EQ(weak::registerTarget(heap, reg, o, Value::number(1), o), RuleViolation::None);
  EXPECT_EQ(reg.cells.size(), 1u);
}

TEST_F(WeakRulesTest, UnregisterRemovesEveryCellWithTheTokenAndSaysSo) {
  Value r = makeRegistry();
  global("registry", r);
  auto& reg = registry(r);
  Value token = object(), other = object(), a = object(), b = object(), c = object();
  for (Value v : {token, other, a, b, c}) global("keep", v);
  ASSERT_EQ(weak::registerTarget(heap, reg, a, heap.intern("a"), token), RuleViolation::None);
  ASSERT_EQ(weak::registerTarget(heap, reg, b, heap.intern("b"), other), RuleViolation::None);
  ASSERT_EQ(weak::registerTarget(heap, reg, c, heap.intern("c"), token), RuleViolation::None);
  auto removed = weak::unregister(heap, reg, token);
  ASSERT_TRUE(removed.ok());
  EXPECT_TRUE(removed.value);
  ASSERT_EQ(reg.cells.size(), 1u);
  EXPECT_EQ(reg.cells[0].target, b);
  auto again = weak::unregister(heap, reg, token);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again.value);
  EXPECT_EQ(weak::unregister(heap, reg, Value::number(1)).violation, RuleViolation::InvalidUnregisterToken);
}

TEST_F(WeakRulesTest, UnregisterRemovesEmptiedCellsWhoseCallbackHasNotRun) {
  Value r = makeRegistry(), token = object();
  global("registry", r);
  global("token", token);
  auto& reg = registry(r);
  ASSERT_EQ(weak::registerTarget(heap, reg, object(), heap.intern("gone"), token), RuleViolation::None);
  ASSERT_EQ(weak::registerTarget(heap, reg, object(), heap.intern("other"), Value::undefined()), RuleViolation::None);
  ASSERT_EQ(gc().cleanupTasks.size(), 1u);
  ASSERT_TRUE(reg.cells[0].emptied());
  // The task runs; the first callback (newest cell) unregisters the older emptied cell.
  EXPECT_EQ(cleanup::takeNewestEmptiedCell(heap, reg), heap.intern("other"));
  EXPECT_TRUE(weak::unregister(heap, reg, token).value);
  EXPECT_FALSE(cleanup::takeNewestEmptiedCell(heap, reg).has_value());
}

TEST_F(WeakRulesTest, WeakCollectionsRefuseKeysThatCannotBeHeldWeakly) {
  auto& map = heap.as<WeakMapObject>(makeWeakMap());
  auto& set = heap.make<WeakSetObject>(kNoCell);
  for (Value bad : {Value::number(1), Value::null(), heap.intern("k"), heap.registeredSymbol(heap.intern("s"))}) {
    EXPECT_EQ(weak::weakMapSet(heap, map, bad, Value::number(1)), RuleViolation::InvalidWeakMapKey);
    EXPECT_EQ(weak::weakSetAdd(heap, set, bad), RuleViolation::InvalidWeakSetValue);
  }
  Value key = object();
  EXPECT_EQ(weak::weakMapSet(heap, map, key, Value::number(1)), RuleViolation::None);
  EXPECT_EQ(weak::weakMapSet(heap, map, key, Value::number(2)), RuleViolation::None);
  EXPECT_EQ(map.table.liveCount(), 1u);
  EXPECT_EQ(weak::weakMapGet(map, key)->asNumber(), 2);
  EXPECT_TRUE(weak::weakMapDelete(heap, map, key));
  EXPECT_FALSE(weak::weakMapGet(map, key).has_value());
  EXPECT_EQ(weak::weakSetAdd(heap, set, key), RuleViolation::None);
  EXPECT_TRUE(weak::weakSetHas(set, key));
  EXPECT_TRUE(weak::weakSetDelete(heap, set, key));
  EXPECT_FALSE(weak::weakSetHas(set, key));
}

TEST_F(WeakRulesTest, ViolationsHaveWords) {
  EXPECT_EQ(describe(RuleViolation::RegisterTargetIsHeldValue), "register: target and held value are the same");
  EXPECT_NE(describe(RuleViolation::InvalidWeakMapKey).find("WeakMap"), std::string_view::npos);
}

}  // namespace
}  // namespace reachable::testing
