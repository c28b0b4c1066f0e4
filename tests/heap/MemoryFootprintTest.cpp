// The heap's two sizes: the V8-like estimate the learner sees, and the memory the
// cells really hold, which the threshold and the budget measure.
#include "HeapFixture.h"
#include "heap/HeapBudget.h"

namespace reachable::testing {
namespace {

using MemoryFootprintTest = HeapFixture;

TEST_F(MemoryFootprintTest, CountsMoreThanTheEstimateAndReturnsToWhereItWasWhenCellsGo) {
  const std::size_t before = heap.footprint();
  for (int i = 0; i < 1000; ++i) object();
  heap.newString(std::u16string(1000, u'x'));
  const std::size_t grown = heap.footprint() - before;
  EXPECT_GT(grown, 1000 * sizeof(JSObject));  // a cell is at least its C++ object
  EXPECT_GT(grown, heap.bytes());
  gc();
  EXPECT_EQ(heap.footprint(), before);
}

TEST_F(MemoryFootprintTest, FollowsACellThatGrows) {
  Value list = object();
  global("list", list);
  const std::size_t before = heap.footprint();
  for (int i = 0; i < 100; ++i) link(list, "k" + std::to_string(i), Value::number(i));
  EXPECT_GT(heap.footprint(), before + 100 * kPropertyBytes);
}

TEST(HeapBudgetMessage, RoundsTheSizeUpSoThatItNeverReadsAsTheBudget) {
  EXPECT_EQ(heapBudgetMessage((1024u << 20) + 1, 1024u << 20),
            "the live heap (1024.1 MiB) exceeds its budget of 1024 MiB");
  EXPECT_EQ(heapBudgetMessage(5u << 20, 4u << 20), "the live heap (5 MiB) exceeds its budget of 4 MiB");
}

TEST(HeapLimit, ANewCellPastTheAllocationLimitThrowsOnceTheProgramRuns) {
  Heap heap(HeapOptions{.collectThresholdBytes = 4096, .budgetBytes = 4096});
  for (int i = 0; i < 1000; ++i) heap.make<JSObject>();  // the engine's own cells: never refused
  heap.startProgram();
  EXPECT_THROW(heap.make<JSObject>(), HeapLimitReached);
}

}  // namespace
}  // namespace reachable::testing
