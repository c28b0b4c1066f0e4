#include "FontTextMeasure.h"

#include "Fonts.h"

#include <imgui_internal.h>

namespace reachable {

FontTextMeasure::Advances::Advances(const ImFont& font)
    : font(&font),
      size(textPixels(font)),
      byCharacter(font.IndexAdvanceX.begin(), font.IndexAdvanceX.end()),
      fallback(font.FallbackAdvanceX) {}

FontTextMeasure::FontTextMeasure(const ImFont& text, const ImFont& mono)
    : text_(text), mono_(mono), lineHeight_(textPixels(text)) {}

bool FontTextMeasure::measures(const ImFont& text, const ImFont& mono) const {
  return text_.font == &text && mono_.font == &mono && text_.size == textPixels(text) && mono_.size == textPixels(mono);
}

float FontTextMeasure::width(std::string_view text, bool mono) const {
  const Advances& advances = mono ? mono_ : text_;
  float line = 0, widest = 0;
  const char* end = text.data() + text.size();
  for (const char* s = text.data(); s < end;) {
    unsigned int c = static_cast<unsigned char>(*s);
    if (c < 0x80)
      ++s;
    else
      s += ImTextCharFromUtf8(&c, s, end);
    if (c == '\n') {
      widest = std::max(widest, line);
      line = 0;
      continue;
    }
    if (c == '\r') continue;
    line += c < advances.byCharacter.size() ? advances.byCharacter[c] : advances.fallback;
  }
  return std::max(widest, line);
}

}  // namespace reachable
