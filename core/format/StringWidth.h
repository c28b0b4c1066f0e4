#pragma once

#include <string_view>

namespace reachable {

// Node's getStringWidth (lib/internal/util/inspect.js, the variant built without ICU):
// the columns a UTF-8 string takes in a terminal. Full-width East Asian code points
// count 2 (isFullWidthCodePoint), control, combining and other zero-width code points
// count 0 (isZeroWidthCodePoint), everything else 1. No ANSI colour codes are
// stripped: console.log prints without colours.
int stringWidth(std::string_view utf8);

// JavaScript's `.length` of the UTF-16 string that `utf8` encodes: util.inspect
// measures line lengths and pads columns in UTF-16 code units.
int utf16Length(std::string_view utf8);

}  // namespace reachable
