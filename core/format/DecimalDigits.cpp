#include "format/DecimalDigits.h"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace reachable {
namespace {

// Splits std::to_chars' scientific form "d.ddde+XX" into digits and point position.
DecimalDigits fromScientific(std::string_view text) {
  DecimalDigits result;
  const auto exponentAt = text.find('e');
  for (char c : text.substr(0, exponentAt)) {
    if (c != '.') result.digits += c;
  }
  result.pointPosition = std::atoi(std::string(text.substr(exponentAt + 1)).c_str()) + 1;
  return result;
}

// Every double is a dyadic rational, so its decimal expansion is finite: at most 767
// significant digits. Asking for more than that gives the exact value.
DecimalDigits exactDigits(double value) {
  constexpr int kExactPrecision = 780;
  char buffer[kExactPrecision + 16];
  const auto end =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, kExactPrecision).ptr;
  DecimalDigits exact = fromScientific(std::string_view(buffer, end - buffer));
  exact.digits.erase(exact.digits.find_last_not_of('0') + 1);
  return exact;
}

// Keeps the first `keep` digits of an exact expansion, rounding half up: since the
// digits are exact, the first dropped digit alone decides. No digits left means zero.
DecimalDigits roundHalfUp(DecimalDigits exact, int keep) {
  if (keep < 0) return {"", exact.pointPosition};
  if (static_cast<size_t>(keep) >= exact.digits.size()) {
    exact.digits.resize(keep, '0');
    return exact;
  }
  const bool roundUp = exact.digits[keep] >= '5';
  exact.digits.resize(keep);
  if (!roundUp) return exact;
  int i = keep - 1;
  while (i >= 0 && exact.digits[i] == '9') exact.digits[i--] = '0';
  if (i >= 0) {
    ++exact.digits[i];
  } else {
    // All nines carried out: 0.999 becomes 0.100 one position higher.
    exact.digits.insert(exact.digits.begin(), '1');
    if (keep > 0) exact.digits.pop_back();
    ++exact.pointPosition;
  }
  return exact;
}

}  // namespace

DecimalDigits shortestDigits(double value) {
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific).ptr;
  return fromScientific(std::string_view(buffer, end - buffer));
}

DecimalDigits digitsRoundedToPrecision(double value, int count) { return roundHalfUp(exactDigits(value), count); }

std::string roundedScaledInteger(double value, int fractionDigits) {
  if (value == 0) return "0";
  const DecimalDigits exact = exactDigits(value);
  DecimalDigits rounded = roundHalfUp(exact, exact.pointPosition + fractionDigits);
  if (rounded.digits.empty()) return "0";
  rounded.digits.resize(rounded.pointPosition + fractionDigits, '0');
  return rounded.digits;
}

std::string exponentialNotation(const std::string& digits, int exponent) {
  std::string text = digits.substr(0, 1);
  if (digits.size() > 1) text += '.' + digits.substr(1);
  text += exponent < 0 ? "e-" : "e+";
  return text + std::to_string(std::abs(exponent));
}

}  // namespace reachable
