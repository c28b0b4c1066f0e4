#include "format/StringToNumber.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include "format/DigitsToDouble.h"
#include "format/JsWhitespace.h"

namespace reachable {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct ScannedNumber {
  double value;
  size_t end;  // one past the last code unit of the literal
};

bool isDecimalDigit(std::u16string_view text, size_t at) {
  return at < text.size() && text[at] >= u'0' && text[at] <= u'9';
}

// Appends the decimal digits starting at `at` to `digits`; returns the index after them.
size_t takeDigits(std::u16string_view text, size_t at, std::string& digits) {
  while (isDecimalDigit(text, at)) digits += static_cast<char>(text[at++]);
  return at;
}

// ExponentPart: [eE] [+-]? DecimalDigits. Consumed only when complete; the value is
// clamped, since beyond a billion the result is Infinity or 0 anyway.
size_t takeExponent(std::u16string_view text, size_t at, long long& exponent) {
  if (at >= text.size() || (text[at] != u'e' && text[at] != u'E')) return at;
  size_t next = at + 1;
  const bool negative = next < text.size() && text[next] == u'-';
  if (next < text.size() && (text[next] == u'+' || text[next] == u'-')) ++next;
  if (!isDecimalDigit(text, next)) return at;
  long long value = 0;
  for (; isDecimalDigit(text, next); ++next) {
    value = std::min(value * 10 + (text[next] - u'0'), 1'000'000'000LL);
  }
  exponent = negative ? -value : value;
  return next;
}

// The longest StrDecimalLiteral starting at `start`: [+-]? (Infinity | digits [. digits]
// [exponent] | . digits [exponent]), at least one digit; none gives nothing.
std::optional<ScannedNumber> scanDecimalLiteral(std::u16string_view text, size_t start) {
  size_t at = start;
  double sign = 1;
  if (at < text.size() && (text[at] == u'+' || text[at] == u'-')) sign = text[at++] == u'-' ? -1 : 1;
  if (text.substr(at).starts_with(u"Infinity")) {
    return ScannedNumber{sign * std::numeric_limits<double>::infinity(), at + 8};
  }
  std::string digits;
  at = takeDigits(text, at, digits);
  size_t fractionCount = 0;
  if (at < text.size() && text[at] == u'.') {
    const size_t fractionStart = at + 1;
    const size_t fractionEnd = takeDigits(text, fractionStart, digits);
    fractionCount = fractionEnd - fractionStart;
    if (!digits.empty()) at = fractionEnd;
  }
  if (digits.empty()) return std::nullopt;
  long long exponent = 0;
  at = takeExponent(text, at, exponent);
  const double magnitude = decimalToDouble(digits, exponent - static_cast<long long>(fractionCount));
  return ScannedNumber{sign * magnitude, at};
}

// NonDecimalIntegerLiteral: 0x, 0o or 0b followed by at least one digit of that radix.
std::optional<double> scanNonDecimalInteger(std::u16string_view text) {
  if (text.size() < 3 || text[0] != u'0') return std::nullopt;
  int radix = 0;
  switch (text[1]) {
    case u'x':
    case u'X': radix = 16; break;
    case u'o':
    case u'O': radix = 8; break;
    case u'b':
    case u'B': radix = 2; break;
    default: return std::nullopt;
  }
  const std::u16string_view digits = text.substr(2);
  const bool allDigits =
      std::all_of(digits.begin(), digits.end(), [radix](char16_t c) { return asciiDigitValue(c, radix) >= 0; });
  if (!allDigits) return kNaN;
  return powerOfTwoRadixToDouble(digits, radix);
}

std::u16string_view trimJsWhitespace(std::u16string_view text) {
  text.remove_prefix(skipJsWhitespace(text));
  while (!text.empty() && isJsWhitespace(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

double stringToNumber(std::u16string_view text) {
  text = trimJsWhitespace(text);
  if (text.empty()) return 0;
  if (const auto nonDecimal = scanNonDecimalInteger(text)) return *nonDecimal;
  const auto decimal = scanDecimalLiteral(text, 0);
  return decimal && decimal->end == text.size() ? decimal->value : kNaN;
}

double parseFloat(std::u16string_view text) {
  const auto decimal = scanDecimalLiteral(text, skipJsWhitespace(text));
  return decimal ? decimal->value : kNaN;
}

}  // namespace reachable
