#include <gtest/gtest.h>

#include "ProgramRunner.h"
#include "heap/CollectionCells.h"

namespace reachable {
namespace {

std::size_t slotsOf(ProgramRunner& runner, std::string_view name) {
  const HeapCell& cell = runner.global(name);
  if (cell.kind == CellKind::Map) return static_cast<const MapObject&>(cell).table.entries().size();
  if (cell.kind == CellKind::Set) return static_cast<const SetObject&>(cell).table.entries().size();
  if (cell.kind == CellKind::WeakMap) return static_cast<const WeakMapObject&>(cell).table.entries().size();
  return static_cast<const WeakSetObject&>(cell).table.entries().size();
}

// A Map used as a queue holds a slot per entry it holds, not per entry it ever held.
TEST(CollectionCompactionTest, AQueueKeepsSlotsForWhatItHolds) {
  ProgramRunner runner;
  ASSERT_EQ(runner.run(R"(
globalThis.queue = new Map();
globalThis.seen = new Set();
globalThis.weak = new WeakMap();
const keys = Array.from({ length: 100 }, (_, i) => ({ i }));
for (let i = 0; i < 100000; i++) {
  queue.delete(i - 100);
  queue.set(i, i);
  seen.delete(i - 10);
  seen.add(i);
  weak.delete(keys[i % 100]);
  weak.set(keys[i % 100], i);
}
console.log(queue.size, seen.size, [...queue.keys()][0], [...seen][0]);
)").status,
            RunOutcome::Status::Completed);
  EXPECT_EQ(runner.console.out, "100 10 99900 99990\n");
  EXPECT_LE(slotsOf(runner, "queue"), 2 * 100 + 8u);
  EXPECT_LE(slotsOf(runner, "seen"), 2 * 10 + 8u);
  EXPECT_LE(slotsOf(runner, "weak"), 2 * 100 + 8u);
}

// An iterator part way through holds the positions: the table keeps its holes while
// the iterator is unfinished, and drops them at its first growth after.
constexpr std::string_view kQueueWithAReader = R"(
globalThis.queue = new Map([[0, 0]]);
globalThis.reader = queue.keys();
for (let i = 1; i < 1000; i++) {
  queue.set(i, i);
  queue.delete(i - 1);
}
)";

TEST(CollectionCompactionTest, AnUnfinishedIteratorKeepsThePositions) {
  ProgramRunner runner;
  ASSERT_EQ(runner.run(std::string(kQueueWithAReader) + "console.log(reader.next().value);\n").status,
            RunOutcome::Status::Completed);
  EXPECT_EQ(runner.console.out, "999\n");
  EXPECT_GE(slotsOf(runner, "queue"), 1000u);
}

TEST(CollectionCompactionTest, AFinishedIteratorLetsTheTableCompact) {
  ProgramRunner runner;
  ASSERT_EQ(runner.run(std::string(kQueueWithAReader) + R"(
const rest = [...reader];
queue.set('after', 1);
console.log(rest.length, rest[0], [...queue.keys()].join(' '));
)").status,
            RunOutcome::Status::Completed);
  EXPECT_EQ(runner.console.out, "1 999 999 after\n");
  EXPECT_LE(slotsOf(runner, "queue"), 8u);
}

}  // namespace
}  // namespace reachable
