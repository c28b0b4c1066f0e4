#include "MemorySeries.h"

#include <gtest/gtest.h>

namespace reachable {
namespace {

MemoryPoint growing(std::uint64_t step) { return {static_cast<std::uint32_t>(step), step * 100}; }

TEST(MemorySeriesTest, ReadsEveryStepOfAShortRun) {
  const MemorySeries series(5, growing, {});
  ASSERT_EQ(series.samples().size(), 5u);
  EXPECT_EQ(series.samples()[4].step, 4u);
  EXPECT_EQ(series.maxObjects(), 4u);
  EXPECT_EQ(series.maxBytes(), 400u);
}

TEST(MemorySeriesTest, ReadsALongRunAFixedNumberOfTimesFirstAndLastIncluded) {
  int reads = 0;
  const MemorySeries series(
      1'000'000,
      [&reads](std::uint64_t step) {
        ++reads;
        return growing(step);
      },
      {}, 100);
  EXPECT_EQ(reads, 100);
  EXPECT_EQ(series.samples().front().step, 0u);
  EXPECT_EQ(series.samples().back().step, 999'999u);
}

TEST(MemorySeriesTest, MarksCollectionsButNotCallbacks) {
  const StepMarker markers[] = {
      {3, StepMarker::Kind::Collection}, {5, StepMarker::Kind::Callback}, {8, StepMarker::Kind::AutomaticCollection}};
  const MemorySeries series(10, growing, markers);
  ASSERT_EQ(series.collections().size(), 2u);
  EXPECT_EQ(series.collections()[1].kind, StepMarker::Kind::AutomaticCollection);
}

}  // namespace
}  // namespace reachable
