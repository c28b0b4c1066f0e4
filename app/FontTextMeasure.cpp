#include "FontTextMeasure.h"

#include <cfloat>

namespace reachable {

float FontTextMeasure::width(std::string_view text, bool mono) const {
  ImFont* font = mono ? mono_ : text_;
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

}  // namespace reachable
