// What it costs to show one step of a big run in the heap view, phase by phase:
// recording the program, reading the step's state from the timeline, deriving the
// view's graph, reachability, layout, arrows and animation plan, and building the
// ImGui frame (CPU only: a headless ImGui context, no window and no GPU).
//
// Each case runs in a child process with a time limit, so that a phase that never
// finishes is reported as such and the other cases still run. Figures are medians of
// several repeats, except where a phase is by nature done once (recording, the first
// layout). It prints figures; it is not a timed test.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include <imgui.h>

#include "AnimationSchedule.h"
#include "ArrowRouter.h"
#include "FontTextMeasure.h"
#include "Fonts.h"
#include "HeapGraphView.h"
#include "HeapLayout.h"
#include "RowVisibility.h"
#include "RunSample.h"
#include "SceneGeometry.h"
#include "ViewGraph.h"
#include "WindowedPlan.h"
#include "scenario/ScenarioLoader.h"
#include "timeline/Recording.h"
#include "timeline/StateReachability.h"

namespace reachable {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kRepeats = 5;
constexpr int kFrames = 20;
constexpr unsigned kSecondsPerCase = 60;
const ImVec2 kCanvas{1280, 800};
constexpr float kMinTextPixels = 12;
double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double timeOnce(const std::function<void()>& work) {
  const auto start = Clock::now();
  work();
  return millisecondsSince(start);
}

double median(std::vector<double> times) {
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

double medianOf(int repeats, const std::function<void()>& work) {
  std::vector<double> times;
  for (int i = 0; i < repeats; ++i) times.push_back(timeOnce(work));
  return median(times);
}

void report(const char* phase, double milliseconds) {
  std::printf("  %-34s %10.2f ms\n", phase, milliseconds);
  std::fflush(stdout);
}

struct Case {
  std::string name;
  std::string program;
};

// A list that keeps every object, as `list10000.js` of the issue.
Case keptList(int count) {
  return {"kept list of " + std::to_string(count),
          "const list = [];\nfor (let i = 0; i < " + std::to_string(count) +
              "; i++) list.push({ id: i });\nconsole.log(list.length);\n"};
}

// A balanced binary tree of exactly `count` objects: many columns, many arrows.
Case tree(int count) {
  return {"tree of " + std::to_string(count),
          "function make(n) {\n  if (n === 0) return null;\n  const left = (n - 1) >> 1;\n"
          "  return { left: make(left), right: make(n - 1 - left) };\n}\nconst tree = make(" +
              std::to_string(count) + ");\nconsole.log(tree !== null);\n"};
}

// Keeps one object in a hundred; the rest is garbage not yet collected, as the issue's
// `keep100-N.js`.
Case keepOneInHundred(int count) {
  return {"one kept in 100 of " + std::to_string(count),
          "const kept = [];\nfor (let i = 0; i < " + std::to_string(count) +
              "; i++) {\n  const o = { id: i, tag: \"item\" };\n  if (i % 100 === 0) kept.push(o);\n}\n"
              "console.log(kept.length);\n"};
}

// A headless ImGui context with the program's fonts: frames are built, never drawn.
struct HeadlessImGui {
  HeadlessImGui() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = kCanvas;
    io.DeltaTime = 1.0f / 60;
    // As the OpenGL 3 back end declares: a draw list may pass 65,536 vertices.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    fonts = Fonts::build(1.0f);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  }
  ~HeadlessImGui() { ImGui::DestroyContext(); }

  void frame(HeapGraphView& view, const HeapViewStyle& style) const {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(kCanvas);
    ImGui::Begin("heap", nullptr, ImGuiWindowFlags_NoDecoration);
    view.draw(ImGui::GetContentRegionAvail(), style, {fonts.body, fonts.mono}, kMinTextPixels);
    ImGui::End();
    ImGui::Render();
  }

  Fonts fonts;
};

// The step to show: the last that made an object, so that stepping forward into it
// animates; the program's objects are all still held there.
std::uint64_t shownStep(const Timeline& timeline) {
  for (std::uint64_t step = timeline.stepCount(); step-- > 1;)
    if (timeline.memoryAt(step).objects > timeline.memoryAt(step - 1).objects) return step;
  return 1;
}

void measureModel(const Timeline& timeline, std::uint64_t step, const view::TextMeasure& measure) {
  HeapState state;
  report("Timeline::stateAt", medianOf(kRepeats, [&] { state = timeline.stateAt(step); }));
  std::printf("  (step %llu: %zu objects)\n", static_cast<unsigned long long>(step), state.objects.size());
  report("RowVisibility", medianOf(kRepeats, [&] { view::RowVisibility(state, false); }));
  view::ViewGraph graph;
  report("ViewGraph::build", medianOf(kRepeats, [&] { graph = view::ViewGraph::build(state); }));
  report("StateReachability", medianOf(kRepeats, [&] { StateReachability{state}; }));
  std::vector<view::ViewGraph> pictures;
  view::PlannedSteps planned;
  report("sampling the run for the plan", timeOnce([&] {
           planned = view::plannedStates(timeline);
           for (const HeapState& sampled : planned.states) pictures.push_back(view::ViewGraph::build(sampled));
         }));
  view::HeapLayout layout;
  view::WindowedPlan windows;
  report("WindowedPlan::make",
         timeOnce([&] { windows.make(layout, pictures, planned.steps, measure, {kCanvas.x, kCanvas.y}); }));
  std::printf("  (%zu layout windows)\n", windows.windows().size());
  layout.adopt(windows.windows()[windows.windowOf(step)].plan);
  report("HeapLayout::update, first", timeOnce([&] { layout.update(graph, measure); }));
  report("HeapLayout::update, unchanged", medianOf(kRepeats, [&] { layout.update(graph, measure); }));
  view::SceneGeometry scene;
  report("SceneGeometry::of", medianOf(kRepeats, [&] { scene = view::SceneGeometry::of(layout); }));
  std::vector<view::Arrow> arrows;
  report("ArrowRouter::route", medianOf(kRepeats, [&] { arrows = view::ArrowRouter().route(graph, scene); }));
  const view::ReachMap reach;
  const view::StepPicture picture{graph, scene, reach};
  const StepRecord record = timeline.step(step);
  report("AnimationSchedule::still", medianOf(kRepeats, [&] { view::AnimationSchedule::still(picture, &record); }));
  report("AnimationSchedule::between",
         medianOf(kRepeats, [&] { view::AnimationSchedule::between(picture, picture, record, arrows); }));
}

void measureFrames(const HeadlessImGui& gui, const Timeline& timeline, std::uint64_t step) {
  const HeapViewStyle style = HeapViewStyle::of(Style::forTheme(Theme::Light, 1));
  HeapGraphView view;
  view.plan([&timeline] { return view::plannedStates(timeline); });
  const HeapState before = timeline.stateAt(step - 1), after = timeline.stateAt(step);
  const StepRecord beforeRecord = timeline.step(step - 1), afterRecord = timeline.step(step);
  view.show(before, beforeRecord, false);
  report("frame: first, a step shown at once", timeOnce([&] { gui.frame(view, style); }));
  report("frame: settled", medianOf(kFrames, [&] { gui.frame(view, style); }));
  view.show(after, afterRecord, true);
  report("frame: first, a step forward", timeOnce([&] { gui.frame(view, style); }));
  std::vector<double> animated;
  while (view.animating() && animated.size() < kFrames) animated.push_back(timeOnce([&] { gui.frame(view, style); }));
  if (!animated.empty()) report("frame: animated", median(animated));
}

void measure(const Case& bench) {
  LoadResult loaded = loadScenario("bench.mjs", bench.program);
  if (!loaded.scenario) {
    std::printf("  the program does not load\n");
    return;
  }
  RecordedRun run;
  report("recording", timeOnce([&] { run = recordScenario(*loaded.scenario); }));
  const std::uint64_t step = shownStep(run.timeline);
  const HeadlessImGui gui;
  measureModel(run.timeline, step, FontTextMeasure(*gui.fonts.body, *gui.fonts.mono));
  measureFrames(gui, run.timeline, step);
}

// Runs a case in a child process that the alarm ends when it takes too long.
void measureWithTimeLimit(const Case& bench) {
  std::printf("%s\n", bench.name.c_str());
  std::fflush(stdout);
  const pid_t child = fork();
  if (child == 0) {
    alarm(kSecondsPerCase);
    measure(bench);
    std::fflush(stdout);
    std::_Exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM)
    std::printf("  stopped: not done within %u s\n", kSecondsPerCase);
  else if (WIFSIGNALED(status))
    std::printf("  crashed: signal %d\n", WTERMSIG(status));
}

}  // namespace
}  // namespace reachable

int main(int argc, char** argv) {
  using namespace reachable;
  std::vector<int> sizes{500, 2000, 10000, 100000};
  if (argc > 1) {
    sizes.clear();
    for (int i = 1; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
  }
  for (int size : sizes)
    for (const Case& bench : {keptList(size), tree(size), keepOneInHundred(size)}) measureWithTimeLimit(bench);
  return 0;
}
