#include "Fonts.h"

#include <imgui.h>

#include <filesystem>

namespace reachable {
namespace {

constexpr const char* kDirectory = "/usr/share/fonts/truetype/dejavu/";

// ImGui's default ranges stop at U+00FF. The program and the heap view also draw
// quotes and dashes, …, arrows (→ ←), ƒ, ✓ and ✗, × and −, and simple shapes.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x017F,  // Basic Latin, Latin-1, Latin Extended-A
    0x0192, 0x0192,  // ƒ
    0x2010, 0x205E,  // General Punctuation: – — ‘ ’ “ ” • … ‹ ›
    0x2190, 0x21FF,  // Arrows
    0x2200, 0x22FF,  // Mathematical Operators: − ∅ ∞ ≠ ≤
    0x25A0, 0x25FF,  // Geometric Shapes: ▲ ▶ ▼ ◆ ○ ●
    0x2713, 0x2718,  // ✓ ✔ ✕ ✖ ✗ ✘
    0,
};

ImFont* load(const char* file, float pixels) {
  ImGuiIO& io = ImGui::GetIO();
  const std::filesystem::path path = std::filesystem::path(kDirectory) / file;
  std::error_code error;
  if (std::filesystem::exists(path, error))
    if (ImFont* font = io.Fonts->AddFontFromFileTTF(path.c_str(), pixels, nullptr, kGlyphRanges)) return font;
  ImFontConfig config;
  config.SizePixels = pixels;
  return io.Fonts->AddFontDefault(&config);
}

}  // namespace

Fonts Fonts::build(float scale, float density) {
  ImGui::GetIO().Fonts->Clear();
  Fonts fonts;
  const float pixels = scale * density;
  fonts.body = load("DejaVuSans.ttf", kBodyPixels * pixels);  // first: ImGui's default font
  fonts.bold = load("DejaVuSans-Bold.ttf", kBodyPixels * pixels);
  fonts.heading = load("DejaVuSans-Bold.ttf", 13.0f * pixels);
  fonts.mono = load("DejaVuSansMono.ttf", 16.0f * pixels);
  ImGui::GetIO().Fonts->Build();
  for (ImFont* font : {fonts.body, fonts.bold, fonts.heading, fonts.mono}) font->Scale = 1.0f / density;
  return fonts;
}

}  // namespace reachable
