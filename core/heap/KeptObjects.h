#pragma once

#include <unordered_set>
#include <vector>

#include "heap/Value.h"

namespace reachable {

// The targets that `new WeakRef(target)` and `ref.deref()` promised to keep alive
// until the current task and the microtask checkpoint after it end (ECMA-262
// AddToKeptObjects / ClearKeptObjects). They are strong roots until then.
class KeptObjects {
 public:
  void add(Value target) {
    if (seen_.insert(target.bits()).second) values_.push_back(target);
  }
  void clear() {
    values_.clear();
    seen_.clear();
  }
  const std::vector<Value>& values() const { return values_; }

 private:
  std::vector<Value> values_;  // in the order they were first kept
  std::unordered_set<std::uint64_t> seen_;
};

}  // namespace reachable
