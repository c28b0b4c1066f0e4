#pragma once

#include <string>

namespace reachable {

// Number.prototype.toString(radix) for radix 2..36 as V8 prints it: radix 10 is
// Number::toString; other radices follow V8's DoubleToRadixCString, which writes
// fraction digits only up to the precision of the double ((0.1).toString(3) is
// "0.0022002200220022002200220022002201").
std::string numberToRadixString(double value, int radix);

}  // namespace reachable
