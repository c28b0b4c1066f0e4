#pragma once

#include <string>

namespace reachable {

// ECMA-262 Number::toString(x) in radix 10: what String(x), `${x}` and console.log
// print for a number (except that console.log shows -0 as "-0"; see inspectNumber).
std::string numberToString(double value);

// util.inspect's formatNumber without numeric separators: -0 prints as "-0".
std::string inspectNumber(double value);

}  // namespace reachable
