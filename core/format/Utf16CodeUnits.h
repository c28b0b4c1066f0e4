#pragma once

namespace reachable {

// UTF-16 surrogate halves: a high one followed by a low one encode a code point above
// U+FFFF; either one alone is a lone surrogate, which JavaScript strings may contain.
constexpr bool isHighSurrogate(char16_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
constexpr bool isLowSurrogate(char16_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

}  // namespace reachable
