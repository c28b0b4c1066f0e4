#pragma once

#include <string_view>

namespace reachable {

// Node's getStringWidth (lib/internal/util/inspect.js, as Node is built, with ICU):
// the columns a UTF-8 string takes in a terminal. ASCII counts 1 (controls 0); from
// the first other character on, the rest is normalized to NFC and each code point
// counts by ICU's properties as node_i18n.cc's GetColumnWidth does: 2 for East Asian
// Wide and Fullwidth and for Emoji_Presentation, 0 for controls, format characters,
// marks and emoji modifiers, else 1. No ANSI colour codes are stripped: console.log
// prints without colours.
int stringWidth(std::string_view utf8);

// JavaScript's `.length` of the UTF-16 string that `utf8` encodes: util.inspect
// measures line lengths and pads columns in UTF-16 code units.
int utf16Length(std::string_view utf8);

}  // namespace reachable
