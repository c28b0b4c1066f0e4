#pragma once

#include "Fonts.h"
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
  Gui(Window& window, const std::optional<std::filesystem::path>& settingsDirectory, float scale);
  ~Gui();
  Gui(const Gui&) = delete;
  Gui& operator=(const Gui&) = delete;

  const Fonts& fonts() const { return fonts_; }
  // Rasterises the fonts again for a new UI scale, so text stays sharp; between frames.
  // A density above 1 is for frames drawn off screen at that many pixels per unit.
  void setScale(float scale, float density = 1.0f);

  // Starts a frame the size of the window, or, when drawing off screen, of a framebuffer
  // of `pixels` at `density` pixels per unit (the frame is laid out in pixels / density).
  void beginFrame(std::optional<PixelSize> pixels = std::nullopt, float density = 1.0f);
  // Clears the bound framebuffer to `background` and draws the frame into it.
  void render(unsigned int background);

 private:
  std::string iniPath_;  // ImGui keeps only a pointer to it
  Fonts fonts_;
};

}  // namespace reachable
