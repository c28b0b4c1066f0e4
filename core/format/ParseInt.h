#pragma once

#include <cstdint>
#include <string_view>

namespace reachable {

// ECMA-262 parseInt(string, radix), with V8's arithmetic where the specification allows
// an approximation. `radix` is ToInt32 of the argument (0 for undefined): 0 means 10,
// or 16 after a "0x" prefix; outside 2..36 gives NaN. Radix 10 and powers of two are
// exact (parseInt("900719925474099267") is 900719925474099300); other radices
// accumulate in doubles as V8 does.
double parseInt(std::u16string_view text, int32_t radix);

}  // namespace reachable
