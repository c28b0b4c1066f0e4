#include "format/Int32Conversion.h"

#include <cmath>

namespace reachable {

uint32_t toUint32(double value) {
  if (!std::isfinite(value)) return 0;
  constexpr double kTwoPow32 = 4294967296.0;
  double modulo = std::fmod(std::trunc(value), kTwoPow32);
  if (modulo < 0) modulo += kTwoPow32;
  return static_cast<uint32_t>(modulo);
}

int32_t toInt32(double value) {
  // The conversion of an out-of-range uint32_t to int32_t wraps (C++20).
  return static_cast<int32_t>(toUint32(value));
}

}  // namespace reachable
