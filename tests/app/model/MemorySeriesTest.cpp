#include "MemorySeries.h"

#include <gtest/gtest.h>

#include <vector>

namespace reachable {
namespace {

MemoryPoint growing(std::uint64_t step) { return {static_cast<std::uint32_t>(step), step * 100}; }

std::vector<std::uint64_t> stepsOf(const MemorySeries& series) {
  std::vector<std::uint64_t> steps;
  for (const MemorySeries::Sample& sample : series.samples()) steps.push_back(sample.step);
  return steps;
}

TEST(MemorySeriesTest, ReadsEveryStepOfAShortRun) {
  MemorySeries series;
  series.grow(5, growing, {});
  ASSERT_EQ(series.samples().size(), 5u);
  EXPECT_EQ(series.samples()[4].step, 4u);
  EXPECT_EQ(series.maxObjects(), 4u);
  EXPECT_EQ(series.maxBytes(), 400u);
}

TEST(MemorySeriesTest, ReadsALongRunAtMostAboutMaxSamplesTimesFirstAndLastIncluded) {
  int reads = 0;
  MemorySeries series(100);
  series.grow(1'000'000,
              [&reads](std::uint64_t step) {
                ++reads;
                return growing(step);
              },
              {});
  EXPECT_LE(reads, 101);
  EXPECT_GE(reads, 50);
  EXPECT_EQ(series.samples().front().step, 0u);
  EXPECT_EQ(series.samples().back().step, 999'999u);
  EXPECT_EQ(series.maxObjects(), 999'999u);
}

// While a run records, the chart grows each frame: it reads what is new (and the last
// step again), never the whole run, and ends with the samples of a run read at once.
TEST(MemorySeriesTest, GrowingWithARecordingReadsOnlyWhatIsNew) {
  int reads = 0;
  const auto counted = [&reads](std::uint64_t step) {
    ++reads;
    return growing(step);
  };
  MemorySeries grown(100);
  for (std::uint64_t steps = 1000; steps <= 1'000'000; steps += 1000) grown.grow(steps, counted, {});
  EXPECT_LT(reads, 3000) << "a thousand frames, each reading its last step and a few samples";
  MemorySeries atOnce(100);
  atOnce.grow(1'000'000, growing, {});
  EXPECT_EQ(stepsOf(grown), stepsOf(atOnce));
  EXPECT_EQ(grown.stepCount(), 1'000'000u);
  EXPECT_EQ(grown.maxBytes(), atOnce.maxBytes());
}

TEST(MemorySeriesTest, MarksCollectionsButNotCallbacks) {
  const StepMarker markers[] = {
      {3, StepMarker::Kind::Collection}, {5, StepMarker::Kind::Callback}, {8, StepMarker::Kind::AutomaticCollection}};
  MemorySeries series;
  series.grow(6, growing, std::span(markers).first(2));
  series.grow(10, growing, markers);
  ASSERT_EQ(series.collections().size(), 2u);
  EXPECT_EQ(series.collections()[1].kind, StepMarker::Kind::AutomaticCollection);
}

}  // namespace
}  // namespace reachable
