#pragma once

#include "text/SourcePosition.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reachable::utf8 {

// One decoded code point and how many bytes it took. `length` is 0 for
// malformed input (overlong forms, surrogates, truncated sequences, > U+10FFFF).
struct Decoded {
  char32_t codePoint = 0;
  uint32_t length = 0;
};

Decoded decode(std::string_view text, size_t offset);

// Where the first malformed sequence starts, or nothing if `text` is valid UTF-8.
std::optional<SourcePosition> findInvalid(std::string_view text);

void append(std::string& out, char32_t codePoint);

bool isLineTerminator(char32_t c);

}  // namespace reachable::utf8
