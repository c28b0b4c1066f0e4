#pragma once

#include <imgui.h>

namespace reachable {

// The typefaces the program draws with, rasterised for one UI scale: DejaVu Sans and
// DejaVu Sans Mono (fonts-dejavu-core), or ImGui's own font where a file is missing.
struct Fonts {
  ImFont* body = nullptr;     // panels, narration, menus
  ImFont* bold = nullptr;     // the title, names on cards
  ImFont* heading = nullptr;  // the small capitals over each panel
  ImFont* mono = nullptr;     // code and console

  // Text size at 100 %: large enough to read from the back of a classroom.
  static constexpr float kBodyPixels = 17.0f;

  // Replaces the current ImGui context's font atlas; the renderer must upload it again.
  // At a density of 2 the glyphs are rasterised twice as large and drawn at half scale:
  // the same layout, sharp in a framebuffer of twice the pixels (a picture for slides).
  static Fonts build(float scale, float density = 1.0f);
};

// The size `font`'s text is drawn at, in the frame's units: its rasterised size times
// its scale (see Fonts::build).
inline float textPixels(const ImFont& font) { return font.FontSize * font.Scale; }

}  // namespace reachable
