#pragma once

struct ImFont;

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
  static Fonts build(float scale);
};

}  // namespace reachable
