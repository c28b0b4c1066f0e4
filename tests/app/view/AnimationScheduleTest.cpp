#include "AnimationSchedule.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "ArrowRouter.h"
#include "StateBuilder.h"

namespace reachable::view {
namespace {

using testing::FixedWidthMeasure;
using testing::ref;
using testing::row;
using testing::StateBuilder;

// Two neighbouring steps as the view sees them, laid out by one layout as the program does.
class TwoSteps {
 public:
  TwoSteps(const HeapState& before, ReachMap reachBefore, const HeapState& after, ReachMap reachAfter)
      : graphBefore_(ViewGraph::build(before)),
        graphAfter_(ViewGraph::build(after)),
        reachBefore_(std::move(reachBefore)),
        reachAfter_(std::move(reachAfter)) {
    layout_.update(graphBefore_, FixedWidthMeasure{});
    sceneBefore_ = SceneGeometry::of(layout_);
    arrowsBefore_ = ArrowRouter().route(graphBefore_, sceneBefore_);
    layout_.update(graphAfter_, FixedWidthMeasure{});
    sceneAfter_ = SceneGeometry::of(layout_);
  }
  AnimationSchedule schedule(const StepRecord& step, const StepRecord* marks = nullptr) const {
    return AnimationSchedule::between({graphBefore_, sceneBefore_, reachBefore_},
                                      {graphAfter_, sceneAfter_, reachAfter_}, step, arrowsBefore_, marks);
  }
  const ViewGraph& after() const { return graphAfter_; }
  const SceneGeometry& sceneAfter() const { return sceneAfter_; }
  std::vector<Arrow> arrowsAfter() const { return ArrowRouter().route(graphAfter_, sceneAfter_); }

 private:
  ViewGraph graphBefore_, graphAfter_;
  ReachMap reachBefore_, reachAfter_;
  HeapLayout layout_;
  SceneGeometry sceneBefore_, sceneAfter_;
  std::vector<Arrow> arrowsBefore_;
};

StepRecord stepOf(StepKind kind, std::vector<StepEvent> events = {}) {
  StepRecord step;
  step.kind = kind;
  step.events = std::move(events);
  return step;
}

StepEvent event(StepEvent::Kind kind, ObjectId object, ObjectId other = kNoObject, std::string text = "") {
  return {kind, object, other, std::move(text), false};
}

const Arrow& arrowInto(const std::vector<Arrow>& arrows, ObjectId to) {
  for (const Arrow& arrow : arrows)
    if (arrow.to == to) return arrow;
  throw std::runtime_error("no arrow");
}

TEST(AnimationSchedule, ANewObjectFadesInAndItsArrowIsDrawnIn) {
  StateBuilder builder;
  builder.variable("user", ref(1)).object(1, {});
  const HeapState before = builder.build();
  builder.variable("admin", ref(2)).object(2, {});
  const TwoSteps steps(before, {{1, Reach::Strong}}, builder.build(), {{1, Reach::Strong}, {2, Reach::Strong}});
  AnimationSchedule schedule = steps.schedule(stepOf(StepKind::Statement, {}));
  ASSERT_TRUE(schedule.animating());
  EXPECT_EQ(schedule.card(2).opacity, 0);
  EXPECT_EQ(schedule.card(1).opacity, 1);
  const auto arrows = steps.arrowsAfter();
  EXPECT_EQ(schedule.arrow(steps.after(), arrowInto(arrows, 2)).drawn, 0);
  EXPECT_EQ(schedule.arrow(steps.after(), arrowInto(arrows, 1)).drawn, 1);
  schedule.advance(0.4f);
  EXPECT_GT(schedule.card(2).opacity, 0);
  schedule.skipToEnd();
  EXPECT_FALSE(schedule.animating());
  EXPECT_EQ(schedule.card(2).opacity, 1);
  EXPECT_EQ(schedule.arrow(steps.after(), arrowInto(arrows, 2)).drawn, 1);
}

TEST(AnimationSchedule, ARetargetedReferenceLeavesAndArrives) {
  StateBuilder builder;
  builder.variable("user", ref(1)).object(1, {}).object(2, {});
  const HeapState before = builder.build();
  builder.state().scopes[0].variables[0].value = ref(2);
  const TwoSteps steps(before, {}, builder.build(), {{1, Reach::Unreachable}});
  AnimationSchedule schedule = steps.schedule(stepOf(StepKind::Statement));
  ASSERT_EQ(schedule.departingArrows().size(), 1u);
  EXPECT_EQ(schedule.departingArrows()[0].arrow.to, 1u);
  EXPECT_EQ(schedule.arrow(steps.after(), arrowInto(steps.arrowsAfter(), 2)).drawn, 0);
  EXPECT_EQ(schedule.card(1).ghost, 0) << "turns to a ghost gradually";
  schedule.skipToEnd();
  EXPECT_TRUE(schedule.departingArrows().empty());
  EXPECT_EQ(schedule.card(1).ghost, 1);
}

TEST(AnimationSchedule, TheMarkSpreadsInTheCollectorsOrder) {
  StateBuilder builder;
  builder.variable("a", ref(1)).object(1, {row("b", ref(2))}).object(2, {}).object(3, {});
  const HeapState state = builder.build();
  const ReachMap reach{{1, Reach::Strong}, {2, Reach::Strong}, {3, Reach::Unreachable}};
  const TwoSteps steps(state, reach, state, reach);
  const StepRecord mark = stepOf(
      StepKind::GcMark, {event(StepEvent::Kind::Marked, 1, kNoObject, "a"), event(StepEvent::Kind::Marked, 2, 1, "b")});
  AnimationSchedule schedule = steps.schedule(mark);
  const auto arrows = steps.arrowsAfter();
  EXPECT_EQ(schedule.card(1).mark, 0);
  float firstMarkedAt = -1, secondMarkedAt = -1;
  while (schedule.animating()) {
    schedule.advance(0.02f);
    if (firstMarkedAt < 0 && schedule.card(1).mark >= 1) firstMarkedAt = schedule.time();
    if (secondMarkedAt < 0 && schedule.card(2).mark >= 1) secondMarkedAt = schedule.time();
  }
  EXPECT_GT(firstMarkedAt, 0);
  EXPECT_GT(secondMarkedAt, firstMarkedAt);
  EXPECT_EQ(schedule.card(1).markOrder, 1);
  EXPECT_EQ(schedule.card(2).markOrder, 2);
  EXPECT_EQ(schedule.card(3).mark, 0) << "never reached";
  EXPECT_EQ(schedule.arrow(steps.after(), arrowInto(arrows, 2)).lit, 1) << "the edge the mark came through";
}

TEST(AnimationSchedule, MarkOrderStaysForTheRestOfTheCollection) {
  StateBuilder builder;
  builder.variable("a", ref(1)).object(1, {});
  const HeapState state = builder.build();
  const TwoSteps steps(state, {}, state, {});
  const StepRecord mark = stepOf(StepKind::GcMark, {event(StepEvent::Kind::Marked, 1, kNoObject, "a")});
  const AnimationSchedule schedule = steps.schedule(stepOf(StepKind::GcSweep), &mark);
  EXPECT_EQ(schedule.card(1).markOrder, 1);
  EXPECT_EQ(schedule.card(1).mark, 1);
}

TEST(AnimationSchedule, WeakArrowsBreakWhenTheCollectorClearsThem) {
  StateBuilder builder;
  builder.variable("ref", ref(1))
      .object(1, {row("[[Target]]", ref(2), Strength::Weak)}, CellKind::WeakRef, "WeakRef")
      .object(2, {});
  const HeapState before = builder.build();
  builder.state().objects[0].rows[0] = row("[[Target]]", testing::text("empty"));
  const TwoSteps steps(before, {{2, Reach::WeakOnly}}, builder.build(), {{2, Reach::Unreachable}});
  const AnimationSchedule schedule =
      steps.schedule(stepOf(StepKind::GcClear, {event(StepEvent::Kind::ClearedWeakRef, 1, 2)}));
  ASSERT_EQ(schedule.departingArrows().size(), 1u);
  EXPECT_TRUE(schedule.departingArrows()[0].look.breaking);
}

TEST(AnimationSchedule, FreedObjectsStayAMomentAsGhosts) {
  StateBuilder builder;
  builder.object(1, {});
  const TwoSteps steps(builder.build(), {{1, Reach::Unreachable}}, StateBuilder{}.build(), {});
  AnimationSchedule schedule = steps.schedule(stepOf(StepKind::GcSweep, {event(StepEvent::Kind::Freed, 1)}));
  ASSERT_EQ(schedule.departingCards().size(), 1u);
  EXPECT_EQ(schedule.departingCards()[0].look.ghost, 1);
  EXPECT_EQ(schedule.departingCards()[0].look.opacity, 1);
  schedule.advance(0.4f);
  EXPECT_EQ(schedule.departingCards().size(), 1u) << "still there during the sweep";
  schedule.skipToEnd();
  EXPECT_TRUE(schedule.departingCards().empty());
}

TEST(AnimationSchedule, ARegistryLightsUpWhenItsCleanupIsQueued) {
  StateBuilder builder;
  builder.variable("registry", ref(1)).object(1, {}, CellKind::FinalizationRegistry, "FinalizationRegistry");
  const HeapState state = builder.build();
  const TwoSteps steps(state, {}, state, {});
  AnimationSchedule schedule =
      steps.schedule(stepOf(StepKind::GcQueueCleanup, {event(StepEvent::Kind::CleanupQueued, 1)}));
  schedule.advance(schedule.duration() / 2);
  EXPECT_GT(schedule.card(1).lit, 0.9f);
  schedule.skipToEnd();
  EXPECT_EQ(schedule.card(1).lit, 0) << "a glow, not a new state";
}

TEST(AnimationSchedule, SpeedScalesTime) {
  StateBuilder builder;
  const HeapState before = builder.build();
  builder.variable("user", ref(1)).object(1, {});
  const TwoSteps steps(before, {}, builder.build(), {});
  AnimationSchedule slow = steps.schedule(stepOf(StepKind::Statement));
  AnimationSchedule fast = slow;
  fast.setSpeed(4);
  slow.advance(0.1f);
  fast.advance(0.1f);
  EXPECT_NEAR(fast.time(), 4 * slow.time(), 1e-5);
}

TEST(AnimationSchedule, AStillPictureDoesNotAnimate) {
  StateBuilder builder;
  builder.object(1, {});
  const HeapState state = builder.build();
  const ViewGraph graph = ViewGraph::build(state);
  const SceneGeometry scene;
  const ReachMap reach{{1, Reach::Unreachable}};
  const AnimationSchedule schedule = AnimationSchedule::still({graph, scene, reach});
  EXPECT_FALSE(schedule.animating());
  EXPECT_EQ(schedule.card(1).ghost, 1);
}

}  // namespace
}  // namespace reachable::view
