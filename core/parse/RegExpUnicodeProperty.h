#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/RegExpCharSet.h"

namespace reachable {

// What \p{name} or \p{name=value} stands for, by ICU's tables as V8 has them (ECMA-262
// §22.2.2.9: General_Category, Script and Script_Extensions values, the binary
// properties of its table, with their exact names and aliases, never loose ones);
// nullopt for any other name.
std::optional<RegExpCharSet> unicodePropertySet(std::u16string_view text);

// A property of strings (RGI_Emoji and the six others of ECMA-262's table, which only
// the v flag allows): its code points, and its strings of more than one.
struct UnicodeStringProperty {
  RegExpCharSet chars;
  std::vector<std::u16string> strings;
};
std::optional<UnicodeStringProperty> unicodeStringProperty(std::u16string_view name);

// The Unicode version of those tables; code points it leaves unassigned may have
// properties in a newer engine's tables.
bool isUnassignedCodePoint(char32_t c);

}  // namespace reachable
