#pragma once

#include <string>
#include <string_view>

namespace reachable {

// JavaScript strings are UTF-16; everything printed is UTF-8.

// UTF-16 surrogate halves: a high one followed by a low one encode a code point above
// U+FFFF; either one alone is a lone surrogate, which JavaScript strings may contain.
constexpr bool isHighSurrogate(char16_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
constexpr bool isLowSurrogate(char16_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }
constexpr char32_t combineSurrogates(char32_t high, char32_t low) { return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00); }

void appendUtf16(std::u16string& out, char32_t codePoint);

// A lone surrogate becomes U+FFFD, as Node prints it.
std::string toUtf8(std::u16string_view text);
// Well-formed UTF-8 to UTF-16 (callers validate input first).
std::u16string fromUtf8(std::string_view text);

}  // namespace reachable
