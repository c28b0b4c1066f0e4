#pragma once

#include <string_view>

namespace reachable {

// The value of an ASCII digit in radix 2..36 (letters either case), or -1.
int asciiDigitValue(char16_t c, int radix);

// The Number nearest to the integer written in `digits` (valid digits of a radix that
// is a power of two, leading zeros allowed), ties to even: exact, as ECMA-262 requires
// for 0x/0o/0b literals and V8's parseInt gives for radix 2, 4, 8, 16 and 32.
double powerOfTwoRadixToDouble(std::u16string_view digits, int radix);

// The Number nearest to the decimal significand `digits` × 10^exponent, correctly
// rounded (RoundMVResult); overflow gives Infinity and underflow 0.
double decimalToDouble(std::string_view digits, long long exponent);

}  // namespace reachable
