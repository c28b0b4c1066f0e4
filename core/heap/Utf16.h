#pragma once

#include <string>
#include <string_view>

namespace reachable {

// JavaScript strings are UTF-16; everything printed is UTF-8. A lone surrogate
// becomes U+FFFD, as Node prints it.
std::string toUtf8(std::u16string_view text);
// Well-formed UTF-8 to UTF-16 (callers validate input first).
std::u16string fromUtf8(std::string_view text);

}  // namespace reachable
