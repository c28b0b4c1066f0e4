#include "TimelineIndex.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace reachable {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

StepRecord statement(std::uint64_t number, std::uint32_t line, std::vector<StepEvent> events = {}) {
  StepRecord step{number, StepKind::Statement, SourceRange{{line, 1, 0}, {line, 10, 0}}, std::nullopt, {}};
  step.events = std::move(events);
  return step;
}

StepRecord gcStep(std::uint64_t number, StepKind kind, CollectionReason why, std::vector<StepEvent> events = {}) {
  return {number, kind, std::nullopt, why, std::move(events)};
}

StepRecord taskStart(std::uint64_t number, StepEvent::Kind kind, ObjectId object = kNoObject,
                     std::uint32_t line = 0) {
  return {number, StepKind::TaskStart, std::nullopt, std::nullopt, {{kind, object, kNoObject, "a task", false, line}}};
}

// An event about object `object`, which the program made on `line`.
StepEvent event(StepEvent::Kind kind, ObjectId object, std::uint32_t line) {
  return {kind, object, kNoObject, "", false, line};
}

TEST(TimelineIndexTest, MarksCollectionsAndCleanupCallbacks) {
  TimelineIndex index;
  index.add({0, StepKind::Start, std::nullopt, std::nullopt, {}});
  index.add(statement(1, 1));
  index.add(gcStep(2, StepKind::GcMark, CollectionReason::Explicit));
  index.add(gcStep(3, StepKind::GcSweep, CollectionReason::Explicit));
  index.add(taskStart(4, StepEvent::Kind::TaskStarted));
  index.add(taskStart(5, StepEvent::Kind::CleanupStarted));
  index.add(gcStep(6, StepKind::GcMark, CollectionReason::Automatic));
  ASSERT_EQ(index.markers().size(), 3u);
  EXPECT_EQ(index.markers()[0].step, 2u);
  EXPECT_EQ(index.markers()[0].kind, StepMarker::Kind::Collection);
  EXPECT_EQ(index.markers()[1].step, 5u);
  EXPECT_EQ(index.markers()[1].kind, StepMarker::Kind::Callback);
  EXPECT_EQ(index.markers()[2].kind, StepMarker::Kind::AutomaticCollection);
}

TEST(TimelineIndexTest, KnowsWhichLinesHaveRun) {
  TimelineIndex index;
  index.add(statement(1, 1));
  index.add(statement(2, 3));
  index.add(statement(3, 1));
  EXPECT_FALSE(index.lineRanBefore(1, 1));  // the current line is not yet "run"
  EXPECT_TRUE(index.lineRanBefore(1, 2));
  EXPECT_FALSE(index.lineRanBefore(3, 2));
  EXPECT_TRUE(index.lineRanBefore(3, 3));
  EXPECT_FALSE(index.lineRanBefore(2, 100));
  EXPECT_FALSE(index.lineRanBefore(99, 100));
}

TEST(TimelineIndexTest, NarrationByLineSpeaksUntilTheNext) {
  const Narration narration[] = {{NarrationTrigger::Line, 1, "one", {}}, {NarrationTrigger::Line, 3, "three", {}}};
  TimelineIndex index(narration);
  index.add({0, StepKind::Start, std::nullopt, std::nullopt, {}});
  index.add(statement(1, 1));
  index.add(statement(2, 2));
  index.add(statement(3, 3));
  EXPECT_THAT(index.narrationAt(0), IsEmpty());
  EXPECT_THAT(index.narrationAt(1), ElementsAre("one"));
  EXPECT_THAT(index.narrationAt(2), ElementsAre("one"));
  EXPECT_EQ(index.narrationStepAt(2), 1u);
  EXPECT_THAT(index.narrationAt(3), ElementsAre("three"));
}

TEST(TimelineIndexTest, NarrationByEventFollowsTheObjectsOfItsLine) {
  const Narration narration[] = {{NarrationTrigger::Collected, 1, "collected", {}},
                                 {NarrationTrigger::Cleared, 2, "cleared", {}},
                                 {NarrationTrigger::Callback, 3, "callback", {}}};
  TimelineIndex index(narration);
  index.add(statement(1, 1));
  index.add(statement(2, 2));
  index.add(statement(3, 3));
  index.add(gcStep(4, StepKind::GcClear, CollectionReason::Explicit, {event(StepEvent::Kind::ClearedWeakRef, 8, 2)}));
  index.add(gcStep(5, StepKind::GcSweep, CollectionReason::Explicit, {event(StepEvent::Kind::Freed, 7, 1)}));
  index.add(taskStart(6, StepEvent::Kind::TaskStarted, 10, 3));  // a timer made on line 3: not a registry
  index.add(taskStart(7, StepEvent::Kind::CleanupStarted, 9, 3));
  index.add(gcStep(8, StepKind::GcSweep, CollectionReason::Explicit, {event(StepEvent::Kind::Freed, 11, 0)}));
  EXPECT_THAT(index.narrationAt(3), IsEmpty());
  EXPECT_THAT(index.narrationAt(4), ElementsAre("cleared"));
  EXPECT_THAT(index.narrationAt(5), ElementsAre("collected"));
  EXPECT_THAT(index.narrationAt(6), ElementsAre("collected"));
  EXPECT_THAT(index.narrationAt(7), ElementsAre("callback"));
  EXPECT_EQ(index.narrationStepAt(8), 7u);  // an object of no known line speaks for no entry
}

}  // namespace
}  // namespace reachable
