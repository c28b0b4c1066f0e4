#include "parse/NumberParsing.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace reachable {

double parseDecimal(std::string_view digits) {
  // libstdc++'s from_chars is correctly rounded (it is not locale dependent
  // either), which is what ECMAScript's StringToNumber asks for.
  double value = 0;
  const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (result.ec == std::errc::result_out_of_range) {
    // Overflow gives infinity; underflow (1e-400) gives zero.
    const auto e = digits.find_first_of("eE");
    const bool negativeExponent = e != std::string_view::npos && e + 1 < digits.size() && digits[e + 1] == '-';
    return negativeExponent ? 0.0 : HUGE_VAL;
  }
  return value;
}

namespace {

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

}  // namespace

double parsePowerOfTwoRadix(std::string_view digits, int radix) {
  const int bitsPerDigit = std::countr_zero(static_cast<unsigned>(radix));
  uint64_t value = 0;
  int droppedBits = 0;
  bool sticky = false;  // some dropped bit was 1
  for (char c : digits) {
    const auto d = static_cast<uint64_t>(digitValue(c));
    if (value >> (64 - bitsPerDigit) == 0) {
      value = (value << bitsPerDigit) | d;
    } else {
      // value already holds more than 53 significant bits and the round
      // bit; later digits only matter as "something below was non-zero".
      droppedBits += bitsPerDigit;
      sticky = sticky || d != 0;
    }
  }
  const int width = 64 - std::countl_zero(value);
  if (width <= 53) return std::ldexp(static_cast<double>(value), droppedBits);
  const int shift = width - 53;
  uint64_t mantissa = value >> shift;
  const uint64_t rest = value & ((uint64_t{1} << shift) - 1);
  const uint64_t half = uint64_t{1} << (shift - 1);
  const bool roundUp = rest > half || (rest == half && (sticky || (mantissa & 1)));
  mantissa += roundUp ? 1 : 0;
  return std::ldexp(static_cast<double>(mantissa), shift + droppedBits);
}

}  // namespace reachable
