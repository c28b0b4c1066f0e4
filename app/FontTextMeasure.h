#pragma once

#include <imgui.h>

#include <vector>

#include "TextMeasure.h"

namespace reachable {

// Text widths from the fonts the program loaded, at their size: the heap view's zoom 1.
// It keeps a copy of the fonts' advances, so that a layout planned on another thread
// never reads a font the program rebuilds meanwhile (at a new type size). A width is
// what ImFont::CalcTextSizeA gives for one line: the sum of its characters' advances.
class FontTextMeasure : public view::TextMeasure {
 public:
  FontTextMeasure(const ImFont& text, const ImFont& mono);

  float width(std::string_view text, bool mono) const override;
  float lineHeight() const override { return lineHeight_; }

  // Whether it measures these fonts at these sizes.
  bool measures(const ImFont& text, const ImFont& mono) const;

 private:
  struct Advances {
    explicit Advances(const ImFont& font);
    const ImFont* font;
    float size;
    std::vector<float> byCharacter;
    float fallback;
  };
  Advances text_;
  Advances mono_;
  float lineHeight_;
};

}  // namespace reachable
