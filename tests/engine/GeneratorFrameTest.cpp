// A suspended generator's frame is parked in the heap and held only by its
// generator object: the collector keeps an unfinished generator's locals while the
// generator is reachable and takes them once it is dropped or has finished.
#include <gtest/gtest.h>

#include <algorithm>

#include "ProgramRunner.h"
#include "heap/AsyncFrameCell.h"
#include "heap/GeneratorCell.h"
#include "heap/WeakCells.h"

namespace reachable {
namespace {

// Each generator makes `big`, hands out a WeakRef to it, and pauses.
constexpr std::string_view kProgram =
    "function* holder() {\n"
    "  const big = { size: 1000 };\n"
    "  yield new WeakRef(big);\n"
    "  yield big.size;\n"
    "}\n"
    "globalThis.held = holder();\n"
    "globalThis.heldRef = globalThis.held.next().value;\n"
    "let dropped = holder();\n"
    "globalThis.droppedRef = dropped.next().value;\n"
    "dropped = null;\n"
    "globalThis.finished = holder();\n"
    "globalThis.finishedRef = globalThis.finished.next().value;\n"
    "for (const x of globalThis.finished) {}\n";

Value targetOf(ProgramRunner& runner, std::string_view ref) {
  return static_cast<const WeakRefObject&>(runner.global(ref)).target;
}

class GeneratorFrame : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(runner.run(kProgram).status, RunOutcome::Status::Completed);
    runner.engine.collectGarbage(CollectionReason::Requested);
  }
  ProgramRunner runner;
};

TEST_F(GeneratorFrame, AHeldUnfinishedGeneratorKeepsItsLocals) {
  const Value big = targetOf(runner, "heldRef");
  ASSERT_TRUE(big.isObject());
  const auto& generator = static_cast<const GeneratorObject&>(runner.global("held"));
  EXPECT_EQ(generator.state, GeneratorState::SuspendedYield);
  ASSERT_TRUE(generator.frame.isObject());
  const auto& frame = runner.engine.heap().as<AsyncFrame>(generator.frame);
  EXPECT_FALSE(frame.resumed);
  // The local `big` is one of the parked frame's values: that edge keeps it alive.
  EXPECT_NE(std::find(frame.values.begin(), frame.values.end(), big), frame.values.end());
}

TEST_F(GeneratorFrame, ADroppedGeneratorLetsItsLocalsGo) { EXPECT_TRUE(targetOf(runner, "droppedRef").isUndefined()); }

TEST_F(GeneratorFrame, AFinishedGeneratorHasNoFrameLeft) {
  const auto& generator = static_cast<const GeneratorObject&>(runner.global("finished"));
  EXPECT_EQ(generator.state, GeneratorState::Completed);
  EXPECT_TRUE(generator.frame.isUndefined());
  EXPECT_TRUE(targetOf(runner, "finishedRef").isUndefined());
}

TEST(GeneratorSteps, AnEndlessGeneratorStopsAtTheBudget) {
  EngineOptions options;
  options.stepBudget = 5000;
  ProgramRunner runner(options);
  RunOutcome outcome = runner.run(
      "function* forever() { for (;;) yield; }\n"
      "for (const x of forever()) {}\n");
  EXPECT_EQ(outcome.status, RunOutcome::Status::Terminated);
  EXPECT_NE(outcome.message.find("5000 steps"), std::string::npos) << outcome.message;
  EXPECT_GT(outcome.position.line, 0u);
}

}  // namespace
}  // namespace reachable
