#include "HeapFixture.h"
#include "heap/CollectionCells.h"

namespace reachable::testing {
namespace {

// A quiet collection frees only what nothing reaches, not even weakly: no program can
// tell it ran. These check each weak holder keeps its target through it, and that the
// full collection after it still decides what it would have decided alone.
class QuietCollectionTest : public HeapFixture {
 protected:
  QuietCollectionTest() : HeapFixture(HeapOptions{.collectThresholdBytes = 1 << 20, .quietCollectionBytes = 4096}) {}
};

TEST_F(QuietCollectionTest, FreesWhatNothingReaches) {
  Value kept = object(), garbage = object(), garbageChild = object();
  link(kept, "child", object());
  link(garbage, "child", garbageChild);
  global("kept", kept);
  const std::size_t reclaimed = collector.collectQuietly();
  EXPECT_TRUE(alive(kept));
  EXPECT_FALSE(alive(garbage));
  EXPECT_FALSE(alive(garbageChild));
  EXPECT_GT(reclaimed, 0u);
}

TEST_F(QuietCollectionTest, WeakHoldersKeepTheirTargetsThroughIt) {
  Value ref = makeWeakRef(object());
  heap.kept().clear();
  Value map = makeWeakMap(), key = object(), value = object();
  ASSERT_EQ(weak::weakMapSet(heap, heap.as<WeakMapObject>(map), key, value), RuleViolation::None);
  Value r = makeRegistry(), target = object();
  ASSERT_EQ(weak::registerTarget(heap, registry(r), target, Value::number(1), Value::undefined()),
            RuleViolation::None);
  for (Value v : {ref, map, r}) global("holder", v);

  collector.collectQuietly();
  EXPECT_TRUE(alive(weakRef(ref).target));
  EXPECT_TRUE(alive(key));
  EXPECT_TRUE(alive(value));
  EXPECT_EQ(heap.as<WeakMapObject>(map).table.liveCount(), 1u);
  EXPECT_TRUE(alive(target));
  EXPECT_FALSE(registry(r).cells[0].emptied());

  // The full collection clears them all, as it would have without the quiet one.
  CollectionRecord record;
  auto result = gc(&record);
  EXPECT_TRUE(weakRef(ref).target.isUndefined());
  EXPECT_EQ(heap.as<WeakMapObject>(map).table.liveCount(), 0u);
  EXPECT_TRUE(registry(r).cells[0].emptied());
  EXPECT_EQ(result.cleanupTasks.size(), 1u);
}

TEST_F(QuietCollectionTest, FullCollectionsComeWhereTheyWouldWithoutIt) {
  // Garbage made and freed quietly still counts toward the automatic collection's
  // threshold: the full collection comes after the same allocations as without.
  std::size_t allocated = 0;
  while (!heap.collectionDue()) {
    object();
    ++allocated;
    if (heap.quietCollectionDue()) collector.collectQuietly();
  }
  Heap plain(HeapOptions{.collectThresholdBytes = 1 << 20, .quietCollectionBytes = 0});
  std::size_t plainAllocated = 0;
  while (!plain.collectionDue()) {
    plain.make<JSObject>();
    ++plainAllocated;
    EXPECT_FALSE(plain.quietCollectionDue());
  }
  EXPECT_EQ(allocated, plainAllocated);
  EXPECT_LT(heap.footprint(), plain.footprint() / 4);  // the quiet collections gave memory back
}

TEST_F(QuietCollectionTest, ComesAfterItsAllowanceOrWhatTheProgramHolds) {
  heap.startProgram();
  Value list = object();
  global("list", list);
  for (int i = 0; heap.footprint() < (64u << 10); ++i) link(list, "k" + std::to_string(i), object());
  collector.collectQuietly();
  const std::size_t live = heap.footprint();
  std::size_t made = 0;
  while (!heap.quietCollectionDue()) {
    object();
    made += 1;
  }
  // Far more than the 4 KiB allowance: as much again as the program holds.
  EXPECT_GE(heap.footprint(), live + (48u << 10));
  EXPECT_GT(made, 100u);
}

}  // namespace
}  // namespace reachable::testing
