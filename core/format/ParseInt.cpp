#include "format/ParseInt.h"

#include <bit>
#include <cmath>
#include <limits>
#include <string>

#include "format/DigitsToDouble.h"
#include "format/JsWhitespace.h"

namespace reachable {
namespace {

// V8's NumberParseIntHelper for radices that are neither 10 nor powers of two: digits
// are gathered into 32-bit parts, each folded in as result * multiplier + part.
double accumulateInParts(std::u16string_view digits, int radix) {
  constexpr uint32_t kMaximumMultiplier = 0xFFFFFFFFU / 36;
  double result = 0;
  size_t at = 0;
  while (at < digits.size()) {
    uint32_t part = 0;
    uint32_t multiplier = 1;
    while (at < digits.size() && multiplier * static_cast<uint32_t>(radix) <= kMaximumMultiplier) {
      part = part * radix + static_cast<uint32_t>(asciiDigitValue(digits[at++], radix));
      multiplier *= radix;
    }
    result = result * multiplier + part;
  }
  return result;
}

double digitsToDouble(std::u16string_view digits, int radix) {
  if (radix == 10) return decimalToDouble(std::string(digits.begin(), digits.end()), 0);
  if (std::has_single_bit(static_cast<unsigned>(radix))) return powerOfTwoRadixToDouble(digits, radix);
  return accumulateInParts(digits, radix);
}

bool hasHexPrefix(std::u16string_view text) {
  return text.size() >= 2 && text[0] == u'0' && (text[1] == u'x' || text[1] == u'X');
}

}  // namespace

double parseInt(std::u16string_view text, int32_t radix) {
  text.remove_prefix(skipJsWhitespace(text));
  double sign = 1;
  if (!text.empty() && (text[0] == u'+' || text[0] == u'-')) {
    if (text[0] == u'-') sign = -1;
    text.remove_prefix(1);
  }
  bool stripPrefix = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36) return std::numeric_limits<double>::quiet_NaN();
    stripPrefix = radix == 16;
  } else {
    radix = 10;
  }
  if (stripPrefix && hasHexPrefix(text)) {
    text.remove_prefix(2);
    radix = 16;
  }
  size_t end = 0;
  while (end < text.size() && asciiDigitValue(text[end], radix) >= 0) ++end;
  if (end == 0) return std::numeric_limits<double>::quiet_NaN();
  return sign * digitsToDouble(text.substr(0, end), radix);
}

}  // namespace reachable
