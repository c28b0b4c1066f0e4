#pragma once

#include <cstdint>

#include "heap/Value.h"

namespace reachable {

// A property key after ToPropertyKey: an array index (0 … 2^32−2), or an interned
// string or a symbol. Array objects keep index keys in their elements; other objects
// keep them as named properties under their canonical decimal string.
struct PropertyKey {
  static PropertyKey fromIndex(std::uint32_t i) { return {true, i, Value()}; }
  static PropertyKey fromAtom(Value atom) { return {false, 0, atom}; }

  bool isIndex = false;
  std::uint32_t index = 0;
  Value atom;  // an interned string or a symbol when !isIndex
};

}  // namespace reachable
