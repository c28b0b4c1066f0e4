#include "format/DigitsToDouble.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace reachable {

int asciiDigitValue(char16_t c, int radix) {
  int value = 99;
  if (c >= u'0' && c <= u'9')
    value = c - u'0';
  else if (c >= u'a' && c <= u'z')
    value = c - u'a' + 10;
  else if (c >= u'A' && c <= u'Z')
    value = c - u'A' + 10;
  return value < radix ? value : -1;
}

// Collects the top 54 bits of the integer exactly, remembers whether any lower bit is
// set (the "sticky" bit), then rounds to 53 bits half to even; this is what V8's
// InternalStringToIntDouble computes.
double powerOfTwoRadixToDouble(std::u16string_view digits, int radix) {
  const int bitsPerDigit = std::countr_zero(static_cast<unsigned>(radix));
  uint64_t significand = 0;
  int droppedBits = 0;
  bool sticky = false;
  for (char16_t c : digits) {
    significand = (significand << bitsPerDigit) | static_cast<uint64_t>(asciiDigitValue(c, radix));
    const int excess = std::bit_width(significand) - 54;
    if (excess > 0) {
      sticky = sticky || (significand & ((uint64_t{1} << excess) - 1)) != 0;
      significand >>= excess;
      droppedBits += excess;
    }
  }
  if (std::bit_width(significand) == 54) {
    const bool half = significand & 1;
    significand >>= 1;
    ++droppedBits;
    if (half && (sticky || (significand & 1))) ++significand;
  }
  return std::ldexp(static_cast<double>(significand), droppedBits);
}

double decimalToDouble(std::string_view digits, long long exponent) {
  const size_t firstNonZero = digits.find_first_not_of('0');
  if (firstNonZero == std::string_view::npos) return 0;
  digits.remove_prefix(firstNonZero);
  // Beyond these bounds the result is certainly Infinity or 0; inside them the
  // exponent fits from_chars' text comfortably.
  const long long magnitude = exponent + static_cast<long long>(digits.size());
  if (magnitude > 400) return std::numeric_limits<double>::infinity();
  if (magnitude < -400) return 0;
  const std::string text = std::string(digits) + 'e' + std::to_string(exponent);
  double value = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (result.ec == std::errc::result_out_of_range) {
    return magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  }
  return value;
}

}  // namespace reachable
