#include <algorithm>

#include "HeapFixture.h"
#include "heap/FinalizationCleanup.h"

namespace reachable::testing {
namespace {

using CollectorTest = HeapFixture;

TEST_F(CollectorTest, ObjectReachableFromARootSurvives) {
  Value user = object();
  link(user, "name", heap.intern("John"));
  global("user", user);
  gc();
  EXPECT_TRUE(alive(user));
}

TEST_F(CollectorTest, ObjectWithNoReferenceLeftIsSwept) {
  Value user = object();
  global("user", user);
  roots.globals[0].value = Value::null();  // user = null
  gc();
  EXPECT_FALSE(alive(user));
}

TEST_F(CollectorTest, SecondReferenceKeepsObjectAlive) {
  Value user = object();
  global("user", user);
  global("admin", user);
  roots.globals[0].value = Value::null();
  gc();
  EXPECT_TRUE(alive(user));
}

TEST_F(CollectorTest, UnreachableIslandIsCollectedWhole) {
  // The tutorial's family: father and mother married, both referenced by family.
  Value family = object(), father = object(), mother = object();
  link(family, "father", father);
  link(family, "mother", mother);
  link(father, "wife", mother);
  link(mother, "husband", father);
  global("family", family);
  gc();
  EXPECT_TRUE(alive(father));
  roots.globals[0].value = Value::null();  // family = null: the island floats away
  gc();
  EXPECT_FALSE(alive(family));
  EXPECT_FALSE(alive(father));
  EXPECT_FALSE(alive(mother));
}

TEST_F(CollectorTest, CyclesAreCollected) {
  Value a = object(), b = object(), c = object();
  link(a, "next", b);
  link(b, "next", c);
  link(c, "next", a);
  link(a, "self", a);
  gc();
  EXPECT_FALSE(alive(a));
  EXPECT_FALSE(alive(b));
  EXPECT_FALSE(alive(c));
  EXPECT_EQ(heap.cellCount(), 2u);  // the interned names "next" and "self" stay
}

TEST_F(CollectorTest, EveryRootKindKeepsItsValues) {
  Value inFrame = object(), inTimer = object(), inTask = object(), inMicrotask = object();
  roots.frames.push_back({"f", {{"local", inFrame}}});
  roots.timers.push_back({"setTimeout(cb, 100)", {{"callback", inTimer}}});
  roots.tasks.push_back({"task", {{"argument", inTask}}});
  roots.microtasks.push_back({"microtask", {{"argument", inMicrotask}}});
  gc();
  for (Value v : {inFrame, inTimer, inTask, inMicrotask}) EXPECT_TRUE(alive(v));
  roots.timers.clear();  // clearTimeout lets the callback go
  gc();
  EXPECT_FALSE(alive(inTimer));
  EXPECT_TRUE(alive(inFrame));
}

TEST_F(CollectorTest, ClosureKeepsItsWholeContextChain) {
  auto& outer = heap.make<Context>(kNoCell, 1, nullptr);
  auto& inner = heap.make<Context>(outer.id, 1, nullptr);
  Value big = object();
  outer.slots[0] = big;  // captured by someone, never used by the closure below
  auto& closure = heap.make<JSFunction>(kNoCell, nullptr, inner.id);
  global("closure", Value::object(closure.id));
  gc();
  EXPECT_TRUE(alive(big));
  EXPECT_TRUE(heap.contains(outer.id));
}

TEST_F(CollectorTest, WeakMapValuePointingBackAtItsKeyDoesNotKeepTheKey) {
  Value map = makeWeakMap();
  global("map", map);
  Value key = object(), value = object();
  link(value, "owner", key);
  ASSERT_EQ(weak::weakMapSet(heap, heap.as<WeakMapObject>(map), key, value), RuleViolation::None);
  CollectionRecord record;
  gc(&record);
  EXPECT_FALSE(alive(key));
  EXPECT_FALSE(alive(value));
  EXPECT_EQ(heap.as<WeakMapObject>(map).table.liveCount(), 0u);
  ASSERT_EQ(record.removedEntries.size(), 1u);
  EXPECT_EQ(record.removedEntries[0].key, key.asCell());
}

TEST_F(CollectorTest, WeakMapValueLivesWhileMapAndKeyLive) {
  Value map = makeWeakMap();
  Value key = object(), value = object();
  ASSERT_EQ(weak::weakMapSet(heap, heap.as<WeakMapObject>(map), key, value), RuleViolation::None);
  global("map", map);
  global("key", key);
  gc();
  EXPECT_TRUE(alive(value));
  roots.globals[0].value = Value::null();  // the map dies, the key lives on
  gc();
  EXPECT_TRUE(alive(key));
  EXPECT_FALSE(alive(value));
}

TEST_F(CollectorTest, EphemeronsResolveToAFixpoint) {
  // key1 is live; value1 reaches key2 only through the map; value2 must live too.
  Value map = makeWeakMap();
  Value key1 = object(), key2 = object(), value1 = object(), value2 = object(), dead = object();
  auto& table = heap.as<WeakMapObject>(map);
  // Insert the later link first so that a single pass over the entries is not enough.
  ASSERT_EQ(weak::weakMapSet(heap, table, key2, value2), RuleViolation::None);
  ASSERT_EQ(weak::weakMapSet(heap, table, key1, value1), RuleViolation::None);
  ASSERT_EQ(weak::weakMapSet(heap, table, dead, object()), RuleViolation::None);
  link(value1, "next", key2);
  global("map", map);
  global("key1", key1);
  gc();
  EXPECT_TRUE(alive(value1));
  EXPECT_TRUE(alive(key2));
  EXPECT_TRUE(alive(value2));
  EXPECT_FALSE(alive(dead));
}

TEST_F(CollectorTest, WeakSetMemberDiesWhenOnlyTheSetHoldsIt) {
  auto& set = heap.make<WeakSetObject>(kNoCell);
  global("visited", Value::object(set.id));
  Value john = object(), kept = object();
  ASSERT_EQ(weak::weakSetAdd(heap, set, john), RuleViolation::None);
  ASSERT_EQ(weak::weakSetAdd(heap, set, kept), RuleViolation::None);
  global("kept", kept);
  gc();
  EXPECT_FALSE(alive(john));
  EXPECT_TRUE(weak::weakSetHas(set, kept));
  EXPECT_EQ(set.table.liveCount(), 1u);
}

TEST_F(CollectorTest, KeptObjectsSurviveACollectionInTheSameTaskOnly) {
  Value target = object();
  Value ref = makeWeakRef(target);  // new WeakRef(target) keeps target for this task
  global("ref", ref);
  gc();
  EXPECT_TRUE(alive(target));
  EXPECT_EQ(weakRef(ref).target, target);
  heap.kept().clear();  // the task and its microtask checkpoint are over
  CollectionRecord record;
  gc(&record);
  EXPECT_FALSE(alive(target));
  EXPECT_TRUE(weakRef(ref).target.isUndefined());
  ASSERT_EQ(record.clearedWeakRefs.size(), 1u);
  EXPECT_EQ(record.clearedWeakRefs[0].target, target.asCell());
}

TEST_F(CollectorTest, DerefKeepsTheTargetForTheRestOfTheTask) {
  Value target = object();
  global("target", target);
  Value ref = makeWeakRef(target);
  global("ref", ref);
  heap.kept().clear();
  roots.globals[0].value = Value::undefined();
  EXPECT_EQ(weak::deref(heap, weakRef(ref)), target);
  gc();
  EXPECT_TRUE(alive(target));
  heap.kept().clear();
  gc();
  EXPECT_FALSE(alive(target));
  EXPECT_TRUE(weak::deref(heap, weakRef(ref)).isUndefined());
  EXPECT_TRUE(heap.kept().values().empty());
}

TEST_F(CollectorTest, HeldValueReferringToItsTargetKeepsItForever) {
  Value r = makeRegistry();
  global("registry", r);
  Value target = object(), held = object();
  link(held, "target", target);
  ASSERT_EQ(weak::registerTarget(heap, registry(r), target, held, Value::undefined()), RuleViolation::None);
  auto result = gc();
  EXPECT_TRUE(alive(target));
  EXPECT_TRUE(result.cleanupTasks.empty());
  EXPECT_FALSE(registry(r).cells[0].emptied());
}

TEST_F(CollectorTest, DeadTargetEmptiesItsCellAndQueuesOneCleanupTask) {
  Value r = makeRegistry();
  global("registry", r);
  Value first = object(), second = object(), survivor = object();
  global("survivor", survivor);
  auto& reg = registry(r);
  ASSERT_EQ(weak::registerTarget(heap, reg, first, heap.intern("first"), Value::undefined()), RuleViolation::None);
  ASSERT_EQ(weak::registerTarget(heap, reg, second, heap.intern("second"), Value::undefined()), RuleViolation::None);
  ASSERT_EQ(weak::registerTarget(heap, reg, survivor, heap.intern("survivor"), Value::undefined()),
            RuleViolation::None);
  CollectionRecord record;
  auto result = gc(&record);
  ASSERT_EQ(result.cleanupTasks.size(), 1u);
  EXPECT_EQ(heap.resolve(result.cleanupTasks[0]), &heap.get(r.asCell()));
  EXPECT_EQ(record.emptiedCells.size(), 2u);
  ASSERT_EQ(record.cleanupDue.size(), 1u);
  // The task passes each held value once, newest registration first.
  EXPECT_EQ(cleanup::takeNewestEmptiedCell(heap, reg), heap.intern("second"));
  EXPECT_EQ(cleanup::takeNewestEmptiedCell(heap, reg), heap.intern("first"));
  EXPECT_FALSE(cleanup::takeNewestEmptiedCell(heap, reg).has_value());
  EXPECT_EQ(reg.cells.size(), 1u);
}

TEST_F(CollectorTest, RegistryWithATaskAlreadyQueuedGetsNoSecond) {
  Value r = makeRegistry();
  global("registry", r);
  ASSERT_EQ(weak::registerTarget(heap, registry(r), object(), heap.intern("a"), Value::undefined()),
            RuleViolation::None);
  EXPECT_EQ(gc().cleanupTasks.size(), 1u);
  ASSERT_EQ(weak::registerTarget(heap, registry(r), object(), heap.intern("b"), Value::undefined()),
            RuleViolation::None);
  EXPECT_TRUE(gc().cleanupTasks.empty());
  registry(r).cleanupQueued = false;  // the task ran
  ASSERT_EQ(weak::registerTarget(heap, registry(r), object(), heap.intern("c"), Value::undefined()),
            RuleViolation::None);
  EXPECT_EQ(gc().cleanupTasks.size(), 1u);
}

TEST_F(CollectorTest, CleanupTasksFollowTheOrderRegistriesWereCreated) {
  Value older = makeRegistry(), newer = makeRegistry();
  // Root the newer one first, so that the mark reaches it first.
  global("newer", newer);
  global("older", older);
  for (Value r : {newer, older}) {
    ASSERT_EQ(weak::registerTarget(heap, registry(r), object(), heap.intern("x"), Value::undefined()),
              RuleViolation::None);
  }
  auto tasks = gc().cleanupTasks;
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_EQ(tasks[0].id, older.asCell());
  EXPECT_EQ(tasks[1].id, newer.asCell());
}

TEST_F(CollectorTest, SweptRegistryGetsNoCleanupTask) {
  Value r = makeRegistry();  // not rooted: dies together with its target
  ASSERT_EQ(weak::registerTarget(heap, registry(r), object(), heap.intern("held"), Value::undefined()),
            RuleViolation::None);
  CollectionRecord record;
  auto result = gc(&record);
  EXPECT_FALSE(alive(r));
  EXPECT_TRUE(result.cleanupTasks.empty());
  EXPECT_TRUE(record.cleanupDue.empty());
}

TEST_F(CollectorTest, QueuedCleanupTaskHoldsItsRegistryWeakly) {
  Value r = makeRegistry();
  global("registry", r);
  ASSERT_EQ(weak::registerTarget(heap, registry(r), object(), heap.intern("held"), Value::undefined()),
            RuleViolation::None);
  auto tasks = gc().cleanupTasks;
  ASSERT_EQ(tasks.size(), 1u);
  roots.globals.clear();  // the registry dies before its task runs
  gc();
  EXPECT_FALSE(alive(r));
  EXPECT_EQ(heap.resolve(tasks[0]), nullptr);
}

TEST_F(CollectorTest, DeadTokenIsClearedButTheCellStays) {
  Value r = makeRegistry();
  Value target = object();
  global("registry", r);
  global("target", target);
  ASSERT_EQ(weak::registerTarget(heap, registry(r), target, heap.intern("held"), object()), RuleViolation::None);
  CollectionRecord record;
  gc(&record);
  ASSERT_EQ(registry(r).cells.size(), 1u);
  EXPECT_TRUE(registry(r).cells[0].token.isUndefined());
  EXPECT_FALSE(registry(r).cells[0].emptied());
  EXPECT_EQ(record.clearedTokens.size(), 1u);
}

TEST_F(CollectorTest, SymbolsCanBeHeldWeaklyAndAreCollected) {
  Value sym = heap.newSymbol(heap.intern("id"));
  Value ref = makeWeakRef(sym);
  global("ref", ref);
  heap.kept().clear();
  gc();
  EXPECT_FALSE(alive(sym));
  EXPECT_TRUE(weakRef(ref).target.isUndefined());
}

TEST_F(CollectorTest, RecordListsMarkOrderRetainersAndSweptCells) {
  Value user = object(), name = object(), garbage = object();
  link(user, "name", name);
  global("user", user);
  CollectionRecord record;
  gc(&record);
  auto position = [&](Value v) {
    auto it =
        std::find_if(record.marked.begin(), record.marked.end(), [&](const auto& m) { return m.id == v.asCell(); });
    return it - record.marked.begin();
  };
  ASSERT_LT(position(name), static_cast<long>(record.marked.size()));
  EXPECT_LT(position(user), position(name));
  const auto& viaUser = record.marked[static_cast<std::size_t>(position(user))].via;
  EXPECT_TRUE(viaUser.fromRoot());
  EXPECT_EQ(viaUser.root, (RootRef{RootKind::Global, 0, 0}));
  const auto& viaName = record.marked[static_cast<std::size_t>(position(name))].via;
  EXPECT_EQ(viaName.from, user.asCell());
  EXPECT_EQ(viaName.edge.kind, EdgeKind::Property);
  EXPECT_EQ(viaName.edge.key, heap.intern("name"));
  EXPECT_EQ(record.swept, std::vector<CellId>{garbage.asCell()});
}

TEST_F(CollectorTest, CollectionWithoutRecordGivesTheSameHeap) {
  Value a = object(), b = object();
  link(a, "b", b);
  object();
  global("a", a);
  auto result = gc();
  EXPECT_EQ(result.cellsBefore, 4u);  // a, b, the garbage and the name "b"
  EXPECT_EQ(result.cellsAfter, 3u);
  EXPECT_LT(result.bytesAfter, result.bytesBefore);
  EXPECT_EQ(heap.bytes(), result.bytesAfter);
}

class AutomaticCollectionTest : public HeapFixture {
 protected:
  AutomaticCollectionTest() : HeapFixture(HeapOptions{.collectThresholdBytes = 4096, .budgetBytes = 1 << 20}) {}
};

TEST_F(AutomaticCollectionTest, StartsWhenTheHeapPassesItsThreshold) {
  std::size_t allocated = 0, bytesBeforeLast = 0;
  while (!heap.collectionDue()) {
    EXPECT_FALSE(collector.collectIfDue().has_value());
    bytesBeforeLast = heap.footprint();
    object();
    ++allocated;
  }
  EXPECT_LT(bytesBeforeLast, 4096u);  // due the moment the heap's memory passes the threshold
  EXPECT_GE(heap.footprint(), 4096u);
  EXPECT_GT(allocated, 10u);
  CollectionRecord record;
  auto result = collector.collectIfDue(&record);
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->reason, CollectionReason::Automatic);
  EXPECT_EQ(record.reason, CollectionReason::Automatic);
  EXPECT_EQ(record.swept.size(), allocated);
  EXPECT_FALSE(heap.collectionDue());
  EXPECT_FALSE(result->overBudget);
}

TEST_F(AutomaticCollectionTest, LiveHeapOverBudgetIsReported) {
  Value list = object();
  global("list", list);
  for (int i = 0; heap.footprint() <= (1 << 20); ++i) link(list, "k" + std::to_string(i), object());
  auto result = collector.collectIfDue();
  ASSERT_TRUE(result.has_value());
  EXPECT_TRUE(result->overBudget);
}

}  // namespace
}  // namespace reachable::testing
