#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace reachable {

// Number.prototype.toFixed, toExponential and toPrecision (ECMA-262 21.1.3), exact:
// ties round away from zero on the double's exact value, as V8 does, so
// (1.005).toFixed(2) is "1.00" (1.005 is a little less) and (2.5).toFixed(0) is "3".
// NaN and the infinities print as Number::toString does. The caller converts the
// argument with ToIntegerOrInfinity and throws the RangeError for digits outside the
// ranges below itself; toExponential and toPrecision check the range only after
// returning for NaN and the infinities, toFixed before.

inline constexpr int kMaxFractionDigits = 100;  // toFixed and toExponential: 0..100
inline constexpr int kMinPrecision = 1;         // toPrecision: 1..100
inline constexpr int kMaxPrecision = 100;

// x.toFixed(fractionDigits), 0 <= fractionDigits <= 100.
std::string numberToFixed(double value, int fractionDigits);

// x.toExponential(fractionDigits); no value means the argument was undefined: as many
// digits as the value needs.
std::string numberToExponential(double value, std::optional<int> fractionDigits);

// x.toPrecision(precision); no value means the argument was undefined: Number::toString.
std::string numberToPrecision(double value, std::optional<int> precision);

// An integer's decimal digits grouped by three with commas, as en-US writes them
// (toLocaleString of a Number's integer part, of a BigInt).
std::string groupThousands(std::string_view digits);

}  // namespace reachable
