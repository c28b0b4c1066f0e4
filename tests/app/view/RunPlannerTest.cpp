#include "RunPlanner.h"

#include <gtest/gtest.h>

#include <thread>

#include "StateBuilder.h"

namespace reachable::view {
namespace {

using namespace std::chrono_literals;

// A run whose step n holds a chain of n objects from one variable.
PlannedSteps chains(std::uint64_t steps) {
  PlannedSteps planned;
  for (std::uint64_t step = 0; step < steps; ++step) {
    testing::StateBuilder builder;
    if (step > 0) builder.variable("first", testing::ref(1));
    for (ObjectId id = 1; id <= step; ++id)
      builder.object(id, {testing::row("next", id < step ? testing::ref(id + 1) : testing::text("null"))});
    planned.steps.push_back(step);
    planned.states.push_back(builder.build());
  }
  return planned;
}

PlanRequest requestFor(std::uint64_t steps, Vec2 room = {}) {
  return {[steps] { return chains(steps); }, false, {}, std::make_shared<testing::FixedWidthMeasure>(), {}, room};
}

TEST(PlanRun, PlacesEveryCardOfTheSampledSteps) {
  const std::optional<WindowedPlan> plan = planRun(requestFor(5), std::atomic<bool>{false});
  ASSERT_TRUE(plan);
  ASSERT_EQ(plan->windows().size(), 1u);
  for (ObjectId id = 1; id <= 4; ++id) EXPECT_TRUE(plan->windows()[0].plan.places.contains(id)) << id;
}

TEST(PlanRun, StopsWhenCancelled) {
  EXPECT_FALSE(planRun(requestFor(5), std::atomic<bool>{true}));
}

TEST(BackgroundPlanner, GivesTheFinishedPlanOnce) {
  BackgroundPlanner planner;
  planner.start(requestFor(6));
  EXPECT_TRUE(planner.busy());
  const std::optional<WindowedPlan> plan = planner.take(10s);
  ASSERT_TRUE(plan);
  EXPECT_TRUE(plan->windows()[0].plan.places.contains(5));
  EXPECT_FALSE(planner.busy());
  EXPECT_FALSE(planner.take(0ms));
}

TEST(BackgroundPlanner, ANewRequestReplacesTheOneUnderWay) {
  std::atomic<bool> release{false};  // outlives the planner, whose destructor waits for the job
  BackgroundPlanner planner;
  PlanRequest slow = requestFor(3);
  slow.sample = [&release] {
    while (!release) std::this_thread::sleep_for(1ms);
    return chains(3);
  };
  planner.start(std::move(slow));
  planner.start(requestFor(8));
  const std::optional<WindowedPlan> plan = planner.take(10s);
  ASSERT_TRUE(plan);
  EXPECT_TRUE(plan->windows()[0].plan.places.contains(4));  // the second run's, not the first's
  release = true;  // the abandoned job ends; the planner's destructor waits for it
}

}  // namespace
}  // namespace reachable::view
