#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "lesson/LessonFile.h"
#include "timeline/BackgroundRecording.h"

namespace reachable {
namespace {

std::shared_ptr<const LessonFile> lesson(std::string_view source) {
  auto file = std::make_shared<const LessonFile>(readLessonFile("test.mjs", source));
  EXPECT_TRUE(file->ok());
  return file;
}

// A cache of the last ten items while a loop makes thousands, collecting now and then,
// printing as it goes: every kind of change a step records.
constexpr std::string_view kCacheLoop =
    "const cache = new Map();\n"
    "let total = 0;\n"
    "for (let i = 0; i < 20000; i++) {\n"
    "  const item = { id: i, tags: ['a', 'b'] };\n"
    "  cache.set(i % 10, item);\n"
    "  total += item.id;\n"
    "  if (i % 500 === 499) { gc(); console.log(total); }\n"
    "}\n";

// Never ends: only its cap or a cancel stops it.
constexpr std::string_view kEndless = "let i = 0;\nwhile (true) {\n  i++;\n}\n";

RecordOptions uncapped() {
  RecordOptions options;
  options.stepCap = UINT64_MAX;
  return options;
}

TEST(BackgroundRecordingTest, ItsStepsGrowUntilItEnds) {
  const BackgroundRecording recording(lesson(kCacheLoop), {});
  std::uint64_t seen = 0;
  for (std::uint64_t wanted : {1, 1000, 10'000, 50'000}) {
    const std::uint64_t recorded = recording.waitForSteps(wanted);
    EXPECT_GE(recorded, wanted);
    EXPECT_GE(recorded, seen);
    EXPECT_LE(recorded, recording.timeline().stepCount());
    seen = recorded;
  }
  recording.waitForEnd();
  ASSERT_TRUE(recording.end());
  EXPECT_EQ(recording.end()->status, RecordedEnd::Status::Completed);
  EXPECT_EQ(recording.recordedSteps(), recording.timeline().stepCount());
  EXPECT_GT(recording.recordedSteps(), 80'000u) << "four statements a turn";
}

// What a reader sees while the run is recorded is what a recording made at once has:
// states, steps, memory and console, at steps read as soon as they exist.
TEST(BackgroundRecordingTest, ReadingWhileItRecordsGivesTheStatesOfARecordingMadeAtOnce) {
  const auto file = lesson(kCacheLoop);
  const RecordedRun whole = recordScenario(*file->scenario, file->parsed);
  const BackgroundRecording recording(file, {});
  const Timeline& growing = recording.timeline();
  std::vector<std::uint64_t> read;
  for (std::uint64_t step : {0, 1, 7, 1999, 2003, 2004, 2005, 2006, 30'000, 61'234}) {
    ASSERT_GT(recording.waitForSteps(step + 1), step);
    EXPECT_EQ(growing.stateAt(step), whole.timeline.stateAt(step)) << "step " << step;
    EXPECT_EQ(growing.step(step).kind, whole.timeline.step(step).kind) << "step " << step;
    EXPECT_EQ(growing.memoryAt(step).objects, whole.timeline.memoryAt(step).objects) << "step " << step;
    read.push_back(step);
  }
  growing.forEachState(read, [&](std::uint64_t step, const HeapState& state) {
    EXPECT_EQ(state, whole.timeline.stateAt(step)) << "step " << step;
  });
  std::uint64_t visited = 0;
  growing.forEachStep([&](const StepRecord& step) { EXPECT_EQ(step.number, visited++); }, 0, 5000);
  EXPECT_EQ(visited, 5000u);
  recording.waitForEnd();
  EXPECT_EQ(growing.stepCount(), whole.timeline.stepCount());
  ASSERT_EQ(growing.console().size(), whole.timeline.console().size());
  EXPECT_EQ(growing.console(39).front().text, whole.timeline.console()[39].text);
}

TEST(BackgroundRecordingTest, ACancelStopsTheRunAtItsNextStatement) {
  BackgroundRecording recording(lesson(kEndless), uncapped());
  recording.waitForSteps(1000);
  EXPECT_FALSE(recording.waitForEnd(std::chrono::milliseconds{1})) << "it never ends by itself";
  recording.cancel();
  const std::uint64_t atCancel = recording.recordedSteps();
  recording.waitForEnd();
  EXPECT_LE(recording.recordedSteps(), atCancel + 2) << "the step under way, and the last handed on";
  ASSERT_TRUE(recording.end());
  EXPECT_EQ(recording.end()->status, RecordedEnd::Status::Cancelled) << "a cancelled run is never a finished one";
  EXPECT_EQ(recording.timeline().stepCount(), recording.recordedSteps());
}

// The destructor cancels and joins: were the thread left running, it would write into
// a timeline that no longer exists (the sanitizer build sees it), or the test would hang.
TEST(BackgroundRecordingTest, DestroyingItWhileItRecordsStopsItsThread) {
  auto recording = std::make_unique<BackgroundRecording>(lesson(kEndless), uncapped());
  recording->waitForSteps(100);
  recording.reset();
  SUCCEED();
}

TEST(BackgroundRecordingTest, AWaiterForMoreStepsThanTheRunHasWakesAtItsEnd) {
  const BackgroundRecording recording(lesson("let a = 1;\nlet b = a + 1;\n"), {});
  EXPECT_EQ(recording.waitForSteps(1'000'000), 4u);
  EXPECT_TRUE(recording.ended());
}

TEST(BackgroundRecordingTest, AnUncaughtErrorEndsTheRunWithItsPlace) {
  const BackgroundRecording recording(lesson("let total = 0;\nfor (let i = 0; i < 3000; i++) total += i;\nnull.x;\n"),
                                      {});
  recording.waitForEnd();
  const auto end = recording.end();
  ASSERT_TRUE(end);
  EXPECT_EQ(end->status, RecordedEnd::Status::Uncaught);
  EXPECT_EQ(end->message, "Uncaught TypeError: Cannot read properties of null (reading 'x')");
  ASSERT_TRUE(end->position);
  EXPECT_EQ(end->position->line, 3u);
  EXPECT_GT(recording.timeline().stepCount(), 3000u);
}

}  // namespace
}  // namespace reachable
