#include <chrono>
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
// ImGui measures auto-sized windows during their first frames; draw until the layout holds.
constexpr int kFramesToSettle = 3;

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Puts the player at the step asked for, settled: pictures show no half-finished motion.
void showStep(Application& application, const std::optional<StepChoice>& step) {
  Player& player = application.session().player();
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
  printRunError(application);
  if (options.step) showStep(application, options.step);
  auto last = Clock::now();
  for (int frame = 0;
       !window.shouldClose() && !application.quitRequested() && (!options.frames || frame < *options.frames); ++frame) {
    // Redraw only while something moves or the user acts.
    if (options.frames || application.animating())
      Window::pollEvents();
    else
      Window::waitEvents(kIdleTimeoutSeconds);
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
