#include "lesson/NarrationCheck.h"

#include <gtest/gtest.h>

#include "lesson/LessonFile.h"
#include "lesson/LessonRun.h"

namespace reachable {
namespace {

// The warnings of running the scenario in `json`.
std::vector<std::string> warningsOf(std::string_view json) {
  LessonFile file = readLessonFile("s.json", json);
  EXPECT_TRUE(file.ok());
  const Scenario& scenario = *file.scenario;
  EngineOptions options;
  options.trackAllocationSites = scenario.needsAllocationSites();
  LessonRun lesson(scenario, file.parsed, "s.json", options, nullptr);
  lesson.run();
  const Engine& engine = lesson.engine();
  std::vector<std::string> warnings;
  for (const auto& warning : unmetNarration(scenario, *engine.allocationSites())) {
    warnings.push_back(formatScenarioDiagnostic("s.json", warning, "warning"));
  }
  return warnings;
}

TEST(NarrationCheck, EventsThatHappenGiveNoWarning) {
  EXPECT_TRUE(warningsOf(R"({"program": [
  "let user = { name: 'John' };",
  "const make = () => ({});",
  "const ref = new WeakRef(make());",
  "const registry = new FinalizationRegistry(() => {});",
  "(() => registry.register(make(), 1))();",
  "user = null;",
  "setTimeout(() => { gc(); ref.deref(); }, 0);"],
"narration": [
  {"event": "collected", "line": 1, "text": "gone"},
  {"event": "cleared", "line": 3, "text": "empty"},
  {"event": "callback", "line": 4, "text": "called"},
  {"line": 7, "text": "a line is not an event"}]})")
                  .empty());
}

TEST(NarrationCheck, EachUnmetEventIsAWarningAtItsEntry) {
  EXPECT_EQ(warningsOf(R"({"program": [
  "let user = { name: 'John' };",
  "const ref = new WeakRef(user);",
  "const registry = new FinalizationRegistry(() => {});",
  "gc();"],
"narration": [
  {"line": 1, "text": "made"},
  {"event": "collected", "line": 1, "text": "never"},
  {"event": "cleared", "line": 2, "text": "never"},
    {"event": "callback", "line": 3, "text": "never"}]})"),
            (std::vector<std::string>{
                "s.json:8:3: warning: narration[1] waits for an object allocated on line 1 to be collected, which "
                "never happens in this run",
                "s.json:9:3: warning: narration[2] waits for a WeakRef made on line 2 to be emptied, which never "
                "happens in this run",
                "s.json:10:5: warning: narration[3] waits for a callback of a registry made on line 3, which never "
                "happens in this run"}));
}

}  // namespace
}  // namespace reachable
