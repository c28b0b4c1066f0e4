#include "Session.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "BundledLessons.h"

namespace reachable {
namespace {

// Walks every step of a bundled lesson as the narration panel reads it.
class LessonWalkTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(session_.openFile(std::filesystem::path(REACHABLE_SCENARIOS) / (GetParam() + ".json")));
    session_.finishRecording();
    ASSERT_TRUE(session_.document().scenario());
  }
  Session session_;
};

bool finishesModule(const StepRecord& step) {
  return std::ranges::any_of(step.events,
                             [](const StepEvent& event) { return event.kind == StepEvent::Kind::ModuleFinished; });
}

// PRODUCT.md, "Scenario library": what a lesson's author wrote is what the learner
// reads, each entry at the step of its line or its event.
TEST_P(LessonWalkTest, ShowsEachNarrationEntryAtSomeStep) {
  std::set<std::string> shown;
  for (std::uint64_t step = 0; step <= session_.player().lastStep(); ++step)
    for (std::string_view text : session_.index().narrationAt(step)) shown.emplace(text);
  for (const Narration& entry : session_.document().scenario()->narration)
    EXPECT_TRUE(shown.contains(entry.text)) << "never shown (line " << entry.line << "): " << entry.text;
}

// The line's words are about variables the module's end takes away: from that step
// on they no longer speak, unless an event's entry speaks at that very step.
TEST_P(LessonWalkTest, TheModulesEndSilencesTheLinesNarration) {
  std::optional<std::uint64_t> finished;
  for (std::uint64_t step = 0; step <= session_.player().lastStep() && !finished; ++step)
    if (finishesModule(session_.run().step(step))) finished = step;
  ASSERT_TRUE(finished) << "the module never finished";
  EXPECT_EQ(session_.index().narrationStepAt(*finished), finished);
  EXPECT_EQ(session_.run().step(*finished).kind, StepKind::TaskEnd);
}

INSTANTIATE_TEST_SUITE_P(Bundled, LessonWalkTest, ::testing::ValuesIn(bundledLessonNames(REACHABLE_SCENARIOS)),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace reachable
