#pragma once

#include <string_view>

namespace reachable::view {

// How wide text is in the fonts the view draws with, at zoom 1. The program measures
// with ImGui's fonts; tests use a fixed width per character.
struct TextMeasure {
  virtual ~TextMeasure() = default;
  virtual float width(std::string_view text, bool mono) const = 0;
  virtual float lineHeight() const = 0;
};

}  // namespace reachable::view
