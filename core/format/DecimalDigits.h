#pragma once

#include <string>

namespace reachable {

// A positive finite double written as decimal digits: value = 0.d1d2d3... × 10^pointPosition.
// `pointPosition` is ECMA-262's n in Number::toString and V8's decimal_point; `digits`
// has no leading zero (and, for the shortest form, no trailing zero).
struct DecimalDigits {
  std::string digits;
  int pointPosition = 0;
};

// The fewest digits that read back as `value` (ECMA-262 Number::toString step 5, which
// V8 computes as DTOA_SHORTEST). `value` must be positive and finite.
DecimalDigits shortestDigits(double value);

// `value` rounded to `count` significant digits (count >= 1), a tie rounding away from
// zero as toExponential and toPrecision require ("pick the larger n").
DecimalDigits digitsRoundedToPrecision(double value, int count);

// The integer n nearest to value × 10^fractionDigits, a tie picking the larger n, in
// decimal ("0" when n is 0): Number.prototype.toFixed step 10.a. `value` must be
// non-negative, finite and below 10^21.
std::string roundedScaledInteger(double value, int fractionDigits);

// "d.ddde+x": the first digit, the others after a point (if any), then the exponent
// with its sign, as Number::toString, toExponential and toPrecision write it.
std::string exponentialNotation(const std::string& digits, int exponent);

}  // namespace reachable
