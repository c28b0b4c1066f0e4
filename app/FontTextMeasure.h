#pragma once

#include <imgui.h>

#include "TextMeasure.h"

namespace reachable {

// Text widths from the fonts the program loaded, at their size: the heap view's zoom 1.
class FontTextMeasure : public view::TextMeasure {
 public:
  FontTextMeasure(ImFont* text, ImFont* mono) : text_(text), mono_(mono) {}

  float width(std::string_view text, bool mono) const override;
  float lineHeight() const override { return text_->FontSize; }

 private:
  ImFont* text_;
  ImFont* mono_;
};

}  // namespace reachable
