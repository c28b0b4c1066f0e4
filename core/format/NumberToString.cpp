#include "format/NumberToString.h"

#include <cmath>

#include "format/DecimalDigits.h"

namespace reachable {
namespace {

// ECMA-262 Number::toString steps 6-12 for a positive number with k digits and point
// position n: plain integer, plain decimal, leading "0.000", or exponent notation.
std::string layOut(const DecimalDigits& shortest) {
  const std::string& digits = shortest.digits;
  const int k = static_cast<int>(digits.size());
  const int n = shortest.pointPosition;
  if (k <= n && n <= 21) return digits + std::string(n - k, '0');
  if (0 < n && n <= 21) return digits.substr(0, n) + '.' + digits.substr(n);
  if (-6 < n && n <= 0) return "0." + std::string(-n, '0') + digits;
  return exponentialNotation(digits, n - 1);
}

}  // namespace

std::string numberToString(double value) {
  if (std::isnan(value)) return "NaN";
  if (value == 0) return "0";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  if (value < 0) return '-' + layOut(shortestDigits(-value));
  return layOut(shortestDigits(value));
}

std::string inspectNumber(double value) {
  if (value == 0 && std::signbit(value)) return "-0";
  return numberToString(value);
}

}  // namespace reachable
