#pragma once

#include <cstddef>
#include <string_view>

namespace reachable {

// ECMA-262 WhiteSpace or LineTerminator: what String.prototype.trim, StringToNumber,
// parseInt and parseFloat skip. Zs is as of Unicode 15 (U+180E is no longer in it).
constexpr bool isJsWhitespace(char16_t c) {
  switch (c) {
    case 0x0009:
    case 0x000A:
    case 0x000B:
    case 0x000C:
    case 0x000D:
    case 0x0020:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF: return true;
    default: return c >= 0x2000 && c <= 0x200A;
  }
}

// Index of the first code unit at or after `from` that is not whitespace.
constexpr size_t skipJsWhitespace(std::u16string_view text, size_t from = 0) {
  while (from < text.size() && isJsWhitespace(text[from])) ++from;
  return from;
}

}  // namespace reachable
