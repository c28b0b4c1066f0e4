#pragma once

#include <cstdint>

namespace reachable {

enum PropertyAttribute : std::uint8_t {
  kWritable = 1,
  kEnumerable = 2,
  kConfigurable = 4,
  // The value is an AccessorPair cell holding the getter and setter.
  kAccessor = 8,
};
inline constexpr std::uint8_t kDefaultAttributes = kWritable | kEnumerable | kConfigurable;

}  // namespace reachable
