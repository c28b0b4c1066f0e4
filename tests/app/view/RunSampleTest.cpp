#include "RunSample.h"

#include <gtest/gtest.h>

namespace reachable::view {
namespace {

TEST(RunSample, EveryStepOfAShortRun) {
  const auto steps = sampleSteps(5, [](std::uint64_t) { return 10; }, 1000, 400);
  EXPECT_EQ(steps, (std::vector<std::uint64_t>{0, 1, 2, 3, 4}));
}

TEST(RunSample, ALongRunIsSpreadFromItsFirstToItsLastStep) {
  const auto steps = sampleSteps(1'000'000, [](std::uint64_t) { return 10; }, 1'000'000, 400);
  EXPECT_EQ(steps.size(), 400u);
  EXPECT_EQ(steps.front(), 0u);
  EXPECT_EQ(steps.back(), 999'999u);
}

TEST(RunSample, ALargeHeapTakesFewerStepsWithinTheObjectBudget) {
  const auto steps = sampleSteps(10'000, [](std::uint64_t) { return 10'000; }, 60'000, 400);
  EXPECT_LE(steps.size(), 6u);
  EXPECT_GE(steps.size(), 2u);
  EXPECT_EQ(steps.back(), 9'999u);
}

}  // namespace
}  // namespace reachable::view
