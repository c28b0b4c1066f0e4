#include "format/RadixToString.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "format/NumberToString.h"

namespace reachable {
namespace {

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr double kTwoPow53 = 9007199254740992.0;

int digitValue(char c) { return c > '9' ? c - 'a' + 10 : c - '0'; }

// Fraction digits of DoubleToRadixCString: digits are produced until the remaining
// fraction is within half an ulp (`delta`) of the value; the last digit is rounded
// half to even, and a round-up that reaches the point carries into the integer part.
std::string fractionDigits(double value, double& integer, int radix) {
  double fraction = value - integer;
  double delta = 0.5 * (std::nextafter(value, std::numeric_limits<double>::infinity()) - value);
  delta = std::max(std::numeric_limits<double>::denorm_min(), delta);
  std::string digits;
  if (fraction < delta) return digits;
  do {
    fraction *= radix;
    delta *= radix;
    const int digit = static_cast<int>(fraction);
    digits += kDigitChars[digit];
    fraction -= digit;
    if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
      if (fraction + delta > 1) {
        // Back up over digits that would carry, then bump the first that does not.
        while (!digits.empty() && digitValue(digits.back()) + 1 >= radix) digits.pop_back();
        if (digits.empty()) {
          integer += 1;
        } else {
          digits.back() = kDigitChars[digitValue(digits.back()) + 1];
        }
        break;
      }
    }
  } while (fraction >= delta);
  return digits;
}

// Integer digits of DoubleToRadixCString: digits below the double's precision (when
// the value is 2^53 or more per digit position) are written as '0'.
std::string integerDigits(double integer, int radix) {
  std::string reversed;
  while (integer / radix >= kTwoPow53) {
    integer /= radix;
    reversed += '0';
  }
  do {
    const double remainder = std::fmod(integer, radix);
    reversed += kDigitChars[static_cast<int>(remainder)];
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  return std::string(reversed.rbegin(), reversed.rend());
}

}  // namespace

std::string numberToRadixString(double value, int radix) {
  if (radix == 10 || !std::isfinite(value) || value == 0) return numberToString(value);
  const bool negative = value < 0;
  const double magnitude = std::abs(value);
  double integer = std::floor(magnitude);
  const std::string fraction = fractionDigits(magnitude, integer, radix);
  std::string text = negative ? "-" : "";
  text += integerDigits(integer, radix);
  if (!fraction.empty()) text += '.' + fraction;
  return text;
}

}  // namespace reachable
