// Every bundled scenario and parity program, recorded: the state the timeline gives
// for a step equals what a fresh look at the whole engine found at that step (so
// the write barrier missed nothing), seeks in random order agree with seeks in
// order, and at every collection the objects the collector marked are exactly those
// the view calls strongly reachable.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "scenario/ScenarioLoader.h"
#include "timeline/Recording.h"
#include "timeline/StateReachability.h"

namespace reachable {
namespace {

constexpr std::size_t kStepsChecked = 4000;

std::vector<std::string> recordedFiles() {
  std::vector<std::string> files;
  for (const char* dir : {REACHABLE_PARITY_PROGRAMS, REACHABLE_SCENARIOS}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      auto ext = entry.path().extension();
      if (ext == ".mjs" || ext == ".json") files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

Scenario load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  LoadResult result = loadScenario(path, bytes.str());
  EXPECT_TRUE(result.scenario.has_value()) << path;
  return result.scenario ? *result.scenario : Scenario{};
}

// Where two states first differ, in words, so that a failure says what to look at.
std::string firstDifference(const HeapState& a, const HeapState& b) {
  if (a.objects.size() != b.objects.size()) {
    return "object count " + std::to_string(a.objects.size()) + " vs " + std::to_string(b.objects.size());
  }
  for (std::size_t i = 0; i < a.objects.size(); ++i) {
    if (a.objects[i] == b.objects[i]) continue;
    std::string words = "object #" + std::to_string(a.objects[i].id) + " " + a.objects[i].title + " vs #" +
                        std::to_string(b.objects[i].id) + " " + b.objects[i].title;
    for (std::size_t r = 0; r < std::min(a.objects[i].rows.size(), b.objects[i].rows.size()); ++r) {
      if (!(a.objects[i].rows[r] == b.objects[i].rows[r])) {
        words += ", row " + std::to_string(r) + " " + a.objects[i].rows[r].name + "=" +
                 a.objects[i].rows[r].value.text + " vs " + b.objects[i].rows[r].name + "=" +
                 b.objects[i].rows[r].value.text;
        break;
      }
    }
    return words + " (rows " + std::to_string(a.objects[i].rows.size()) + " vs " +
           std::to_string(b.objects[i].rows.size()) + ")";
  }
  if (a.scopes.size() != b.scopes.size()) return "scope count";
  for (std::size_t i = 0; i < a.scopes.size(); ++i) {
    if (a.scopes[i] == b.scopes[i]) continue;
    std::string words = "scope " + std::to_string(i) + " " + a.scopes[i].name;
    for (std::size_t v = 0; v < std::min(a.scopes[i].variables.size(), b.scopes[i].variables.size()); ++v) {
      if (!(a.scopes[i].variables[v] == b.scopes[i].variables[v])) {
        return words + " variable " + std::to_string(v) + " " + a.scopes[i].variables[v].name + "=" +
               a.scopes[i].variables[v].value.text + " vs " + b.scopes[i].variables[v].name + "=" +
               b.scopes[i].variables[v].value.text;
      }
    }
    return words + " variable count";
  }
  if (a.frames != b.frames) return "frames";
  if (a.suspended != b.suspended) return "suspended frames";
  if (a.timers != b.timers) return "timers";
  if (a.tasks != b.tasks) return "tasks";
  if (a.microtasks != b.microtasks) return "microtasks";
  if (a.kept != b.kept) return "kept objects";
  if (a.bytes != b.bytes) return "bytes";
  return "clock or console";
}

class SeekTest : public testing::TestWithParam<std::string> {};

TEST_P(SeekTest, EveryStepAsTheEngineHadItFromAnySeekOrder) {
  Scenario scenario = load(GetParam());
  std::map<std::uint64_t, HeapState> truth;
  RecordOptions options;
  options.engine.stepBudget = 200'000;
  options.checkEachStep = [&](std::uint64_t step, const HeapState& state) {
    truth.emplace(step, state);
    return truth.size() < kStepsChecked;
  };
  RecordedRun run = recordScenario(scenario, options);
  const Timeline& timeline = run.timeline;
  ASSERT_GT(timeline.stepCount(), 0u);

  for (auto& [step, expected] : truth) {
    HeapState got = timeline.stateAt(step);
    expected.step = step;
    ASSERT_EQ(got, expected) << "step " << step << ": " << firstDifference(got, expected);
  }

  const std::uint64_t checked = std::min<std::uint64_t>(timeline.stepCount(), kStepsChecked);
  std::vector<HeapState> inOrder;
  for (std::uint64_t n = 0; n < checked; ++n) inOrder.push_back(timeline.stateAt(n));
  std::mt19937_64 random(std::hash<std::string>{}(GetParam()));
  for (int i = 0; i < 300; ++i) {
    std::uint64_t n = random() % checked;
    ASSERT_EQ(timeline.stateAt(n), inOrder[n]) << "step " << n;
  }

  // Walking forward over steps near and far apart gives the same states.
  std::vector<std::uint64_t> walked;
  for (std::uint64_t n = 0; n < checked; n += 1 + random() % 40) walked.push_back(n);
  std::size_t visited = 0;
  timeline.forEachState(walked, [&](std::uint64_t n, const HeapState& state) {
    ASSERT_EQ(n, walked[visited++]);
    ASSERT_EQ(state, inOrder[n]) << "walked to step " << n;
  });
  EXPECT_EQ(visited, walked.size());
}

TEST_P(SeekTest, TheMarkReachesExactlyWhatTheViewCallsStronglyReachable) {
  Scenario scenario = load(GetParam());
  RecordOptions options;
  options.engine.stepBudget = 200'000;
  RecordedRun run = recordScenario(scenario, options);
  const Timeline& timeline = run.timeline;
  for (std::uint64_t n = 1; n < std::min<std::uint64_t>(timeline.stepCount(), kStepsChecked); ++n) {
    StepRecord step = timeline.step(n);
    if (step.kind != StepKind::GcMark) continue;
    HeapState before = timeline.stateAt(n - 1);
    StateReachability reachability(before);
    std::set<ObjectId> marked, strong;
    for (const StepEvent& e : step.events) {
      if (e.kind == StepEvent::Kind::Marked) marked.insert(e.object);
    }
    for (const ObjectView& o : before.objects) {
      if (reachability.reach(o.id) == Reach::Strong) strong.insert(o.id);
    }
    std::vector<ObjectId> onlyMarked, onlyStrong;
    std::set_difference(marked.begin(), marked.end(), strong.begin(), strong.end(), std::back_inserter(onlyMarked));
    std::set_difference(strong.begin(), strong.end(), marked.begin(), marked.end(), std::back_inserter(onlyStrong));
    EXPECT_TRUE(onlyMarked.empty()) << "step " << n << ": marked but not strongly reachable in the view, e.g. #"
                                    << (onlyMarked.empty() ? 0 : onlyMarked[0]) << " "
                                    << (onlyMarked.empty() ? "" : before.find(onlyMarked[0])->title);
    EXPECT_TRUE(onlyStrong.empty()) << "step " << n << ": strongly reachable in the view but not marked, e.g. #"
                                    << (onlyStrong.empty() ? 0 : onlyStrong[0]);
  }
}

std::string testName(const testing::TestParamInfo<std::string>& info) {
  std::string name = std::filesystem::path(info.param).filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, SeekTest, testing::ValuesIn(recordedFiles()), testName);

}  // namespace
}  // namespace reachable
