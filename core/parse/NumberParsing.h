#pragma once

#include <string_view>

namespace reachable {

// Decimal literal text without separators ("12.5e3", ".5", "5."), rounded
// exactly to the nearest double.
double parseDecimal(std::string_view digits);

// Digits of a hex, octal or binary literal, rounded exactly (ties to even) to
// the nearest double, however many digits there are.
double parsePowerOfTwoRadix(std::string_view digits, int radix);

}  // namespace reachable
