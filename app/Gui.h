#pragma once

#include "PixelSize.h"

#include <filesystem>
#include <optional>
#include <string>

namespace reachable {

class Window;

// Dear ImGui bound to a Window: its context, the GLFW and OpenGL 3 back ends, the fonts,
// and the file where it remembers window positions.
class Gui {
 public:
  // With no settings directory, nothing is read or saved.
  Gui(Window& window, const std::optional<std::filesystem::path>& settingsDirectory);
  ~Gui();
  Gui(const Gui&) = delete;
  Gui& operator=(const Gui&) = delete;

  // Starts a frame the size of the window, or of displaySize when drawing off screen.
  void beginFrame(std::optional<PixelSize> displaySize = std::nullopt);
  // Clears the bound framebuffer and draws the frame into it.
  void render();

 private:
  std::string iniPath_;  // ImGui keeps only a pointer to it
};

}  // namespace reachable
