#pragma once

#include <string_view>
#include <variant>

#include "parse/RegExpCharSet.h"

namespace reachable {

// What \p{name} or \p{name=value} stands for, by ICU's tables as V8 has them (ECMA-262
// §22.2.2.9: General_Category, Script and Script_Extensions values, the binary
// properties of its table, with their exact names and aliases, never loose ones).
enum class UnicodePropertyError {
  InvalidName,
  // A property of strings (RGI_Emoji, …), which only the v flag allows.
  PropertyOfStrings,
};
std::variant<RegExpCharSet, UnicodePropertyError> unicodePropertySet(std::u16string_view text);

// The Unicode version of those tables; code points it leaves unassigned may have
// properties in a newer engine's tables.
bool isUnassignedCodePoint(char32_t c);

}  // namespace reachable
