// Lays out every step of every bundled lesson as the program does (a plan over steps
// spread across the run, in windows where the whole run does not fit the panel, then
// one update per step) and checks what a learner stepping through it would see: no two
// cards on top of each other, and no card that moves while it stays on screen, except
// where a new window begins.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "BundledLessons.h"
#include "HeapLayout.h"
#include "RunSample.h"
#include "StateBuilder.h"
#include "WindowedPlan.h"
#include "scenario/ScenarioLoader.h"
#include "timeline/Recording.h"

namespace reachable::view {
namespace {

namespace fs = std::filesystem;

const testing::FixedWidthMeasure kMeasure;
// About the heap panel at 1280×800, in the graph's units at the smallest legible zoom.
constexpr Vec2 kRoom{680, 560};

RecordedRun record(const std::string& lesson) {
  const fs::path file = fs::path(REACHABLE_SCENARIOS) / (lesson + ".json");
  std::ifstream in(file);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const LoadResult loaded = loadScenario(file.string(), bytes.str());
  if (!loaded.scenario) throw std::runtime_error("cannot load " + lesson);
  return recordScenario(*loaded.scenario);
}

class LessonLayoutTest : public ::testing::TestWithParam<std::string> {};

TEST_P(LessonLayoutTest, EveryStepHasCardsApartThatNeverMove) {
  const RecordedRun run = record(GetParam());
  const Timeline& timeline = run.timeline;
  const PlannedSteps sampled = plannedStates(timeline);
  std::vector<ViewGraph> planned;
  for (const HeapState& state : sampled.states) planned.push_back(ViewGraph::build(state));
  HeapLayout layout;
  WindowedPlan windows;
  windows.make(layout, planned, sampled.steps, kMeasure, kRoom);
  // A lesson is a few scenes, not a slide show.
  EXPECT_LE(windows.windows().size(), 4u);
  std::optional<std::size_t> window;
  std::unordered_map<ObjectId, Rect> before;
  for (std::uint64_t step = 0; step < timeline.stepCount(); ++step) {
    if (windows.windowOf(step) != window) {
      window = windows.windowOf(step);
      layout.adopt(windows.windows()[*window].plan);
      before.clear();
    }
    layout.update(ViewGraph::build(timeline.stateAt(step)), kMeasure);
    std::unordered_map<ObjectId, Rect> now;
    for (ObjectId id : layout.shown()) now[id] = layout.card(id)->rect;
    for (const auto& [id, rect] : now) {
      if (const auto was = before.find(id); was != before.end()) {
        EXPECT_EQ(rect.min, was->second.min) << "card " << id << " moved at step " << step << " from "
                                             << was->second.min.x << "," << was->second.min.y << " to " << rect.min.x
                                             << "," << rect.min.y;
      }
      for (const auto& [other, place] : now) {
        if (other >= id) continue;
        EXPECT_FALSE(rect.overlaps(place)) << "cards " << id << " and " << other << " at step " << step;
      }
    }
    before = std::move(now);
    if (HasFailure()) return;
  }
}

INSTANTIATE_TEST_SUITE_P(Bundled, LessonLayoutTest, ::testing::ValuesIn(bundledLessonNames(REACHABLE_SCENARIOS)),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace reachable::view
