#include <gtest/gtest.h>

#include "ProgramRunner.h"

namespace reachable {
namespace {

// A program that waits, turn by turn, for its WeakRef to be emptied and its registry's
// callback to run, making garbage meanwhile: the full collection that does both must
// come at the same turn whether quiet collections ran between or not.
constexpr std::string_view kWaitsForTheCollector = R"(
let target = { payload: new Array(100).fill(0) };
const ref = new WeakRef(target);
const registry = new FinalizationRegistry((held) => console.log('cleaned up', held, 'at turn', turns));
registry.register(target, 'target');
target = null;
let turns = 0;
let emptiedAt = 0;
const survivors = [];
function turn() {
  turns += 1;
  for (let i = 0; i < 2000; i += 1) {
    const made = { i, list: [i, i + 1], text: 'x' + i };
    if (i % 500 === 0) survivors.push(made);
  }
  if (emptiedAt === 0 && ref.deref() === undefined) {
    emptiedAt = turns;
    console.log('emptied at turn', turns, 'with', survivors.length, 'survivors');
  }
  if (turns < 5000 && (emptiedAt === 0 || turns < emptiedAt + 3)) setTimeout(turn);
}
setTimeout(turn);
)";

std::string runWith(std::size_t quietCollectionBytes, std::size_t* footprint) {
  EngineOptions options;
  options.heap.collectThresholdBytes = 24u << 20;
  options.heap.quietCollectionBytes = quietCollectionBytes;
  ProgramRunner runner(options);
  EXPECT_EQ(runner.run(kWaitsForTheCollector).status, RunOutcome::Status::Completed);
  *footprint = runner.engine.heap().footprint();
  return runner.console.out;
}

TEST(QuietCollectionRunTest, NoProgramCanTellQuietCollectionsRan) {
  std::size_t quietFootprint = 0, plainFootprint = 0;
  const std::string quiet = runWith(64u << 10, &quietFootprint);
  const std::string plain = runWith(0, &plainFootprint);
  EXPECT_EQ(quiet, plain);
  EXPECT_NE(plain.find("emptied at turn"), std::string::npos) << plain;
  // Between full collections, the quiet ones kept the heap small.
  EXPECT_LT(quietFootprint, plainFootprint);
}

}  // namespace
}  // namespace reachable
