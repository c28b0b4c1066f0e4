#include <exception>
#include <iostream>

#include "CommandLine.h"
#include "Gui.h"
#include "PlaceholderPanel.h"
#include "Screenshot.h"
#include "SettingsDirectory.h"
#include "Window.h"

namespace reachable {
namespace {

constexpr const char* kTitle = "Reachable";
// Wake up now and then even without input, so ImGui's timed effects (tooltips) still show.
constexpr double kIdleTimeoutSeconds = 0.5;
// ImGui measures auto-sized windows during their first frames; draw until the layout holds.
constexpr int kFramesToSettle = 3;

void drawPanels() { drawPlaceholderPanel(); }

int showWindow(const Options& options) {
  Window window(kTitle, options.size, Window::Visibility::Shown);
  Gui gui(window, settingsDirectory());
  for (int frame = 0; !window.shouldClose() && (!options.frames || frame < *options.frames); ++frame) {
    if (options.frames)
      Window::pollEvents();
    else
      Window::waitEvents(kIdleTimeoutSeconds);
    gui.beginFrame();
    drawPanels();
    gui.render();
    window.swapBuffers();
  }
  return 0;
}

// Pictures must not depend on what a user did with their own windows: no settings are read.
int saveScreenshot(const Options& options) {
  Window window(kTitle, options.size, Window::Visibility::Hidden);
  Gui gui(window, std::nullopt);
  const OffscreenFramebuffer target(options.size);
  for (int frame = 0; frame < kFramesToSettle; ++frame) {
    gui.beginFrame(options.size);
    drawPanels();
    gui.render();
  }
  writePng(target.read(), *options.screenshot);
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
    return options.screenshot ? saveScreenshot(options) : showWindow(options);
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
