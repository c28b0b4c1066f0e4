#pragma once

#include <string>
#include <string_view>

namespace reachable {

// Unicode's full case mappings (SpecialCasing.txt included: 'ß' upper-cases to "SS",
// a word-final 'Σ' lower-cases to 'ς'), by ICU as V8 does them. `language` is a
// BCP 47 tag whose language tailors the mapping (Turkish and Azeri dotted i,
// Lithuanian, Greek); empty for none, as toUpperCase and toLowerCase have it.
std::u16string toUpperCase(std::u16string_view text, const std::string& language = {});
std::u16string toLowerCase(std::u16string_view text, const std::string& language = {});

}  // namespace reachable
