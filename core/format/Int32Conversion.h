#pragma once

#include <cstdint>

namespace reachable {

// ECMA-262 ToUint32 of a Number: NaN and the infinities give 0, otherwise the integer
// part modulo 2^32 (what `x >>> 0` gives).
uint32_t toUint32(double value);

// ECMA-262 ToInt32 of a Number: ToUint32 read as two's complement (what `x | 0` gives).
int32_t toInt32(double value);

}  // namespace reachable
