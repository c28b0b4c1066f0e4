#pragma once

#include <imgui.h>

#include "TextMeasure.h"

namespace reachable {

// Text widths from ImGui's fonts at their loaded size: the heap view's zoom 1.
class ImGuiTextMeasure : public view::TextMeasure {
 public:
  ImGuiTextMeasure(ImFont* text, ImFont* mono) : text_(text), mono_(mono) {}

  float width(std::string_view text, bool mono) const override;
  float lineHeight() const override { return text_->FontSize; }

 private:
  ImFont* text_;
  ImFont* mono_;
};

}  // namespace reachable
