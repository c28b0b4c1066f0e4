#include "format/StringWidth.h"

#include <string>

#include "text/Utf16.h"

namespace reachable {
namespace {

// Node's isFullWidthCodePoint: ranges taken from Unicode's EastAsianWidth.txt.
bool isFullWidthCodePoint(char32_t code) {
  return code >= 0x1100 &&
         (code <= 0x115f ||                                        // Hangul Jamo
          code == 0x2329 || code == 0x232a ||                      // angle brackets
          (code >= 0x2e80 && code <= 0x3247 && code != 0x303f) ||  // CJK Radicals .. Enclosed CJK
          (code >= 0x3250 && code <= 0x4dbf) ||                    // Enclosed CJK .. CJK Extension A
          (code >= 0x4e00 && code <= 0xa4c6) ||                    // CJK Unified Ideographs .. Yi Radicals
          (code >= 0xa960 && code <= 0xa97c) ||                    // Hangul Jamo Extended-A
          (code >= 0xac00 && code <= 0xd7a3) ||                    // Hangul Syllables
          (code >= 0xf900 && code <= 0xfaff) ||                    // CJK Compatibility Ideographs
          (code >= 0xfe10 && code <= 0xfe19) ||                    // Vertical Forms
          (code >= 0xfe30 && code <= 0xfe6b) ||                    // CJK Compatibility Forms .. Small Forms
          (code >= 0xff01 && code <= 0xff60) ||                    // Fullwidth Forms
          (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||  // Kana Supplement
          (code >= 0x1f200 && code <= 0x1f251) ||  // Enclosed Ideographic Supplement
          (code >= 0x1f300 && code <= 0x1f64f) ||  // Pictographs and Emoticons
          (code >= 0x20000 && code <= 0x3fffd));   // CJK Extension B .. Tertiary Plane
}

// Node's isZeroWidthCodePoint.
bool isZeroWidthCodePoint(char32_t code) {
  return code <= 0x1F ||                        // C0 control codes
         (code >= 0x7F && code <= 0x9F) ||      // C1 control codes
         (code >= 0x300 && code <= 0x36F) ||    // Combining Diacritical Marks
         (code >= 0x200B && code <= 0x200F) ||  // Modifying Invisible Characters
         (code >= 0x20D0 && code <= 0x20FF) ||  // Combining Marks for Symbols
         (code >= 0xFE00 && code <= 0xFE0F) ||  // Variation Selectors
         (code >= 0xFE20 && code <= 0xFE2F) ||  // Combining Half Marks
         (code >= 0xE0100 && code <= 0xE01EF);  // Variation Selectors Supplement
}

}  // namespace

int stringWidth(std::string_view utf8) {
  const std::u16string text = fromUtf8(utf8);
  int width = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t code = text[i];
    if (isHighSurrogate(text[i]) && i + 1 < text.size() && isLowSurrogate(text[i + 1])) {
      code = combineSurrogates(code, text[++i]);
    }
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      ++width;
    }
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
