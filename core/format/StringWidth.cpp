#include "format/StringWidth.h"

#include <string>

#include <unicode/uchar.h>

#include "text/Normalization.h"
#include "text/Utf16.h"

namespace reachable {
namespace {

bool isZeroWidth(char32_t code) {
  constexpr uint32_t kZeroWidthCategories = U_GC_CC_MASK | U_GC_CF_MASK | U_GC_ME_MASK | U_GC_MN_MASK;
  const auto point = static_cast<UChar32>(code);
  // SOFT HYPHEN is a format character, yet a terminal shows it.
  return code != 0xAD &&
         ((U_MASK(u_charType(point)) & kZeroWidthCategories) != 0 || u_hasBinaryProperty(point, UCHAR_EMOJI_MODIFIER));
}

// node_i18n.cc's GetColumnWidth, ambiguous characters counted narrow.
int columnWidth(char32_t code) {
  const auto point = static_cast<UChar32>(code);
  switch (u_getIntPropertyValue(point, UCHAR_EAST_ASIAN_WIDTH)) {
    case U_EA_FULLWIDTH:
    case U_EA_WIDE: return 2;
    case U_EA_AMBIGUOUS:
    case U_EA_NEUTRAL:
      if (u_hasBinaryProperty(point, UCHAR_EMOJI_PRESENTATION)) return 2;
      break;
    default: break;
  }
  return isZeroWidth(code) ? 0 : 1;
}

int nonAsciiWidth(std::u16string_view text) {
  const std::u16string composed = normalize(text, NormalizationForm::NFC);
  int width = 0;
  for (std::size_t i = 0; i < composed.size(); ++i) {
    char32_t code = composed[i];
    if (isHighSurrogate(composed[i]) && i + 1 < composed.size() && isLowSurrogate(composed[i + 1])) {
      code = combineSurrogates(code, composed[++i]);
    }
    width += columnWidth(code);
  }
  return width;
}

}  // namespace

int stringWidth(std::string_view utf8) {
  const std::u16string text = fromUtf8(utf8);
  int width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] >= 127) return width + nonAsciiWidth(std::u16string_view(text).substr(i));
    if (text[i] >= 32) ++width;
  }
  return width;
}

int utf16Length(std::string_view utf8) {
  int length = 0;
  for (unsigned char byte : utf8) {
    if ((byte & 0xC0) != 0x80) ++length;  // a lead byte starts a code point
    if (byte >= 0xF0) ++length;           // four-byte sequences are surrogate pairs
  }
  return length;
}

}  // namespace reachable
