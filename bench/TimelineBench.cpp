// Records a run of a million steps and prints what the timeline costs: bytes per
// step (goal: at most 64) and the time to seek to a step, slowest against fastest
// (goal: at most 2x), over steps spread across the whole run; then records it again
// in the background, as the program does, and prints when its first step was there.
//
//   bench_timeline [TURNS | FILE] [SEEKS]
//
// TURNS: of the loop below (fewer, to profile under callgrind); FILE: a program of
// one's own instead; SEEKS: how many positions to time (2,000).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "lesson/LessonFile.h"
#include "scenario/ScenarioLoader.h"
#include "timeline/BackgroundRecording.h"
#include "timeline/Recording.h"

namespace {

// A cache that keeps its last hundred items while a loop makes a quarter of a
// million, collecting now and then: four statements a turn, a million steps.
constexpr const char* kProgram = R"(const cache = new Map();
let total = 0;
for (let i = 0; i < TURNS; i++) {
  const item = { id: i, label: 'item' };
  cache.set(i % 100, item);
  total += item.id;
  if (i % 50 === 49) gc();
}
console.log(total);
)";

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The same run recorded on a thread of its own, read as it grows.
void recordInTheBackground(const std::string& name, const std::string& program) {
  using namespace reachable;
  auto lesson = std::make_shared<const LessonFile>(readLessonFile(name, program));
  const auto start = std::chrono::steady_clock::now();
  const BackgroundRecording recording(lesson, {});
  recording.waitForSteps(1);
  const double firstMs = millisecondsSince(start);
  recording.waitForEnd();
  const double recordMs = millisecondsSince(start);
  std::printf("in the background   first step after %.1f ms, %llu steps in %.0f ms (%.2f us a step)\n", firstMs,
              static_cast<unsigned long long>(recording.recordedSteps()), recordMs,
              recordMs * 1000 / static_cast<double>(recording.recordedSteps()));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace reachable;
  const std::string argument = argc > 1 ? argv[1] : "166000";
  std::string name = "cache.mjs";
  std::string program = kProgram;
  if (std::ifstream file(argument); file) {
    name = std::filesystem::path(argument).filename().string();
    program.assign(std::istreambuf_iterator<char>(file), {});
  } else {
    program.replace(program.find("TURNS"), 5, argument);
  }
  LoadResult loaded = loadScenario(name, program);
  if (!loaded.scenario) {
    std::fprintf(stderr, "bench_timeline: %s is not a program it can run\n", argument.c_str());
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  RecordedRun run = recordScenario(*loaded.scenario);
  double recordMs = millisecondsSince(start);
  const Timeline& timeline = run.timeline;
  const auto steps = timeline.stepCount();
  std::printf("steps recorded      %llu in %.0f ms (%.2f us a step)\n", static_cast<unsigned long long>(steps), recordMs,
              recordMs * 1000 / static_cast<double>(steps));
  std::printf("timeline size       %.1f MB, %zu checkpoints of %.1f MB\n",
              static_cast<double>(timeline.bytesUsed()) / 1e6, timeline.checkpointCount(),
              static_cast<double>(timeline.checkpointBytes()) / 1e6);
  std::printf("bytes per step      %.1f (goal: at most 64)\n",
              static_cast<double>(timeline.bytesUsed()) / static_cast<double>(steps));

  // Each position is timed five times and keeps its best, so that the figures are
  // the seek's cost rather than the machine's noise: in five passes over all the
  // positions, so that a burst of other work cannot spoil every timing of one.
  // The first hundredth of the run, while the cache fills, has smaller states than
  // the rest; seeks are timed over the rest, where a state weighs about the same
  // wherever it is, so that what differs is where the seek lands.
  std::mt19937_64 random(1);
  const std::uint64_t warmUp = steps / 100;
  const int seekCount = argc > 2 ? std::stoi(argv[2]) : 2000;
  std::vector<std::uint64_t> positions;
  for (int i = 0; i < seekCount; ++i) positions.push_back(warmUp + random() % (steps - warmUp));
  std::vector<double> seeks(positions.size(), 1e9);
  std::size_t fewestObjects = SIZE_MAX, mostObjects = 0;
  for (int pass = 0; pass < 5; ++pass) {
    for (std::size_t i = 0; i < positions.size(); ++i) {
      auto t = std::chrono::steady_clock::now();
      HeapState state = timeline.stateAt(positions[i]);
      seeks[i] = std::min(seeks[i], millisecondsSince(t) * 1000);
      if (state.step != positions[i]) return 1;
      fewestObjects = std::min(fewestObjects, state.objects.size());
      mostObjects = std::max(mostObjects, state.objects.size());
    }
  }
  std::sort(seeks.begin(), seeks.end());
  std::printf("seek (after step %llu) ", static_cast<unsigned long long>(warmUp));
  std::printf("fastest %.1f us, median %.1f us, slowest %.1f us\n", seeks.front(),
              seeks[seeks.size() / 2], seeks.back());
  std::printf("                    p10 %.1f us, p90 %.1f us, p99 %.1f us\n", seeks[seeks.size() / 10],
              seeks[seeks.size() * 9 / 10], seeks[seeks.size() * 99 / 100]);
  std::printf("slowest / fastest   %.2f (goal: at most 2)\n", seeks.back() / seeks.front());
  // A seek costs at least the state it reads: where states differ in size, so do the
  // fastest seeks to them.
  std::printf("objects in a state  %zu to %zu\n", fewestObjects, mostObjects);
  recordInTheBackground(name, program);
  return 0;
}
