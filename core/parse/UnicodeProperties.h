#pragma once

namespace reachable::unicode {

// Unicode ID_Start / ID_Continue (UAX #31), as ECMAScript identifiers use them, from
// ICU's character properties.
bool isIdStart(char32_t c);
bool isIdContinue(char32_t c);

// ECMAScript WhiteSpace: TAB, VT, FF, ZWNBSP, and category Zs.
bool isWhiteSpace(char32_t c);

}  // namespace reachable::unicode
