#include "format/NumberFormatting.h"

#include <cmath>

#include "format/DecimalDigits.h"
#include "format/NumberToString.h"

namespace reachable {
namespace {

// The methods write "-" only for x < 0, so -0 prints unsigned.
std::string sign(double value) { return value < 0 ? "-" : ""; }

// toFixed step 10-11: n's digits with a point inserted f places from the right,
// zero-padded so that at least one digit precedes the point.
std::string insertPoint(std::string digits, int fractionDigits) {
  if (fractionDigits == 0) return digits;
  const int count = static_cast<int>(digits.size());
  if (count <= fractionDigits) digits.insert(0, fractionDigits + 1 - count, '0');
  digits.insert(digits.size() - fractionDigits, 1, '.');
  return digits;
}

}  // namespace

std::string numberToFixed(double value, int fractionDigits) {
  if (!std::isfinite(value) || std::abs(value) >= 1e21) return numberToString(value);
  return sign(value) + insertPoint(roundedScaledInteger(std::abs(value), fractionDigits), fractionDigits);
}

std::string numberToExponential(double value, std::optional<int> fractionDigits) {
  if (!std::isfinite(value)) return numberToString(value);
  const double magnitude = std::abs(value);
  if (magnitude == 0) {
    return sign(value) + exponentialNotation(std::string(fractionDigits.value_or(0) + 1, '0'), 0);
  }
  const DecimalDigits digits =
      fractionDigits ? digitsRoundedToPrecision(magnitude, *fractionDigits + 1) : shortestDigits(magnitude);
  return sign(value) + exponentialNotation(digits.digits, digits.pointPosition - 1);
}

std::string numberToPrecision(double value, std::optional<int> precision) {
  if (!precision || !std::isfinite(value)) return numberToString(value);
  const int p = *precision;
  const double magnitude = std::abs(value);
  const DecimalDigits digits =
      magnitude == 0 ? DecimalDigits{std::string(p, '0'), 1} : digitsRoundedToPrecision(magnitude, p);
  const int exponent = digits.pointPosition - 1;
  if (exponent < -6 || exponent >= p) return sign(value) + exponentialNotation(digits.digits, exponent);
  if (exponent < 0) return sign(value) + "0." + std::string(-exponent - 1, '0') + digits.digits;
  return sign(value) + insertPoint(digits.digits, p - 1 - exponent);
}

std::string groupThousands(std::string_view digits) {
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

}  // namespace reachable
