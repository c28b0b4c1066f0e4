#pragma once

#include <string_view>

namespace reachable {

// ECMA-262 StringToNumber (what Number(s), +s and s * 1 do): surrounding whitespace
// and line terminators are ignored, an empty string is 0, "0x"/"0o"/"0b" integers
// are accepted without a sign, "Infinity" with one; numeric separators and anything
// else give NaN.
double stringToNumber(std::u16string_view text);

// ECMA-262 parseFloat(string): the longest prefix, after leading whitespace, that is
// a StrDecimalLiteral ("3.14abc" is 3.14, "Infinityx" is Infinity, "0x10" is 0).
double parseFloat(std::u16string_view text);

}  // namespace reachable
