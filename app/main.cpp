#include <chrono>
#include <cmath>
#include <exception>
#include <iostream>

#include "Application.h"
#include "CommandLine.h"
#include "FrameTimes.h"
#include "Gui.h"
#include "Screenshot.h"
#include "ViewDump.h"
#include "SettingsDirectory.h"
#include "Window.h"

#include <glad/gl.h>

namespace reachable {
namespace {

constexpr const char* kTitle = "Reachable";
// Sleep at most this long without input, so a changed file and tooltips still show.
constexpr double kIdleTimeoutSeconds = 0.5;
// While a run records, its new steps show this often (and the recorder keeps the CPU).
constexpr double kRecordingTimeoutSeconds = 0.1;
// ImGui measures auto-sized windows during their first frames; draw until the layout holds.
constexpr int kFramesToSettle = 3;

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Puts the player at the step asked for, settled: pictures show no half-finished motion.
// The step must be recorded first: the last waits for the whole run.
void showStep(Application& application, const std::optional<StepChoice>& step) {
  Session& session = application.session();
  if (step && step->number)
    session.waitForSteps(*step->number + 1);
  else if (step)
    session.finishRecording();
  Player& player = session.player();
  if (step && step->number && *step->number > player.lastStep())
    std::cerr << "reachable: step " << *step->number << " does not exist; the run has steps 0 to " << player.lastStep()
              << ", showing the last\n";
  player.jumpTo(!step ? 0 : step->number ? *step->number : player.lastStep());
  player.settle();
}

void printErrors(const Application& application) {
  for (const DocumentError& error : const_cast<Application&>(application).session().document().errors())
    std::cerr << error.describe() << '\n';
}

// A limit that stopped the program's run, as `reachable-cli run` reports it; the
// steps before it are shown all the same.
void printRunError(Application& application) {
  if (const auto stopped = application.session().runError()) std::cerr << stopped->describe() << '\n';
}

// Redraw only while something moves or the user acts, and while a run records, often
// enough for its steps to show as they come.
void awaitNextFrame(const Application& application) {
  if (application.animating())
    Window::pollEvents();
  else
    Window::waitEvents(application.recording() ? kRecordingTimeoutSeconds : kIdleTimeoutSeconds);
}

int showWindow(const Options& options) {
  const auto directory = settingsDirectory();
  Settings settings = directory ? loadSettings(*directory / Settings::kFileName) : Settings{};
  if (options.theme) settings.theme = *options.theme;
  if (options.showEngineObjects) settings.showEngineObjects = true;
  const PixelSize size = options.size.value_or(PixelSize{settings.windowWidth, settings.windowHeight});
  Window window(kTitle, size, Window::Visibility::Shown);
  Gui gui(window, directory, static_cast<float>(settings.scale));
  Application application(window, gui, settings, directory);
  application.planHeapInBackground();
  if (options.present) application.present(true);
  if (!application.open(options.file)) printErrors(application);
  if (options.step) showStep(application, options.step);
  // The run's error is printed once its recording has ended.
  bool recording = true;
  auto last = Clock::now();
  for (int frame = 0;
       !window.shouldClose() && !application.quitRequested() && (!options.frames || frame < *options.frames); ++frame) {
    if (recording && !application.recording()) printRunError(application);
    recording = application.recording();
    if (options.frames)
      Window::pollEvents();
    else
      awaitNextFrame(application);
    const auto now = Clock::now();
    application.beforeFrame(std::chrono::duration<double>(now - last).count());
    last = now;
    gui.beginFrame();
    application.buildFrame();
    gui.render(application.background());
    application.afterRender();
    window.swapBuffers();
  }
  return 0;
}

Settings headlessSettings(const Options& options) {
  Settings settings;
  settings.theme = options.theme.value_or(Theme::Light);
  settings.showEngineObjects = options.showEngineObjects;
  return settings;
}

// A hidden window for pictures and measurements. They must not depend on what a user
// did with their own windows: no settings are read.
struct Headless {
  explicit Headless(const Options& options)
      : size(options.size.value_or(Options::kPictureSize)),
        window(kTitle, size, Window::Visibility::Hidden),
        gui(window, std::nullopt, 1.0f),
        settings(headlessSettings(options)),
        application(window, gui, settings, std::nullopt) {}

  PixelSize size;
  Window window;
  Gui gui;
  Settings settings;
  Application application;
};

// A picture of the step, or what its frame drew, or both.
int drawStepOffscreen(const Options& options) {
  Headless headless(options);
  const PixelSize size = headless.size;
  Gui& gui = headless.gui;
  Application& application = headless.application;
  if (options.present) application.present(false);
  const bool loaded = application.open(options.file);
  if (!options.whileRecording) application.session().finishRecording();
  printRunError(application);
  showStep(application, options.step);
  application.recordFrame(options.dumpView.has_value());
  const OffscreenFramebuffer target(size);
  for (int frame = 0; frame < kFramesToSettle; ++frame) {
    application.beforeFrame(0);
    gui.beginFrame(size);
    application.buildFrame();
    gui.render(application.background());
  }
  if (options.screenshot) writePng(target.read(), *options.screenshot);
  if (options.dumpView) writeViewDump(application.drawnHeap(), application.frameReport(), *options.dumpView);
  if (options.exportHeap)
    writePng(application.drawHeapPicture(static_cast<float>(options.exportScale)), *options.exportHeap);
  if (loaded) return 0;
  printErrors(application);
  return 1;
}

// CPU time to build a frame's interface, apart from the whole frame with the GPU's
// share: under Xvfb the software rasteriser dominates the second (DESIGN.md).
int benchFrames(const Options& options) {
  Headless headless(options);
  const PixelSize size = headless.size;
  Gui& gui = headless.gui;
  Application& application = headless.application;
  // As the interactive program does: a large run is laid out while frames go on.
  application.planHeapInBackground();
  if (options.present) application.present(true);
  if (!application.open(options.file)) printErrors(application);
  application.session().finishRecording();
  printRunError(application);
  showStep(application, options.step);
  application.session().player().togglePlay();
  const OffscreenFramebuffer target(size);
  FrameTimes build;
  FrameTimes whole;
  for (int frame = 0; frame < *options.benchFrames; ++frame) {
    const auto start = Clock::now();
    application.beforeFrame(1.0 / 60);
    gui.beginFrame(size);
    application.buildFrame();
    build.add(millisecondsSince(start));
    gui.render(application.background());
    glFinish();
    whole.add(millisecondsSince(start));
  }
  std::cout << "frame build (CPU): " << build.summary() << '\n' << "whole frame: " << whole.summary() << '\n';
  return 0;
}

// One frame as the window draws it, to its last pixel.
void drawFrame(Headless& headless, double seconds) {
  headless.application.beforeFrame(seconds);
  headless.gui.beginFrame(headless.size);
  headless.application.buildFrame();
  headless.gui.render(headless.application.background());
  glFinish();
}

// Opens the file in a window already showing the default lesson (its first frames,
// which set up fonts and shaders, drawn), its run recorded in the background, and draws
// frames as the window paces them until the recording ends: how long until its first
// step's picture was drawn, and until the scrubber held the whole run.
int benchOpen(const Options& options) {
  Headless headless(options);
  Application& application = headless.application;
  application.planHeapInBackground();
  const OffscreenFramebuffer target(headless.size);
  application.open(std::nullopt);
  for (int frame = 0; frame < kFramesToSettle; ++frame) drawFrame(headless, 0);
  const auto start = Clock::now();
  if (!application.open(options.file)) printErrors(application);
  bool shown = false;
  for (auto last = start;; awaitNextFrame(application)) {
    const auto now = Clock::now();
    drawFrame(headless, std::chrono::duration<double>(now - last).count());
    last = now;
    const std::uint64_t steps = application.session().player().lastStep() + 1;
    if (!shown && application.heapShowsPicture()) {
      shown = true;
      std::cout << "first step shown: " << std::lround(millisecondsSince(start)) << " ms after opening, "
                << (application.recording() ? "while recording (" : "recorded whole (") << steps
                << (steps == 1 ? " step" : " steps") << " so far)" << std::endl;
    }
    if (shown && !application.recording()) {
      std::cout << "recording ended: " << std::lround(millisecondsSince(start)) << " ms after opening, " << steps
                << " steps on the scrubber" << std::endl;
      break;
    }
  }
  printRunError(application);
  return 0;
}

int run(const CommandLine& commandLine) {
  if (std::holds_alternative<ShowHelp>(commandLine)) {
    std::cout << usage();
    return 0;
  }
  if (const auto* error = std::get_if<UsageError>(&commandLine)) {
    std::cerr << "reachable: " << error->message << "\n\n" << usage();
    return 2;
  }
  const auto& options = std::get<Options>(commandLine);
  try {
    if (options.offscreen()) return drawStepOffscreen(options);
    if (options.benchFrames) return benchFrames(options);
    if (options.benchOpen) return benchOpen(options);
    return showWindow(options);
  } catch (const std::exception& error) {
    std::cerr << "reachable: " << error.what() << '\n';
    return 1;
  }
}

}  // namespace
}  // namespace reachable

int main(int argc, char** argv) {
  return reachable::run(reachable::parseCommandLine({argv, static_cast<std::size_t>(argc)}));
}
