#pragma once

#include <cstdint>
#include <vector>

#include "heap/Heap.h"

namespace reachable {

// The raw inputs a part of the recorded state is built from: values (their bits, and
// the serial of the cell they name, since a freed cell's id is reused) and plain
// numbers. Comparing it with the last step's tells, in a few word comparisons, that
// the part cannot have changed, so that the step need not build it to find out.
class InputSignature {
 public:
  void clear() { words_.clear(); }
  void add(std::uint64_t word) { words_.push_back(word); }
  void add(const Heap& heap, Value v) {
    words_.push_back(v.bits());
    if (v.isCell()) words_.push_back(heap.get(v.asCell()).serial);
  }
  // Whether it is what `last` held; `last` then holds it.
  bool sameAs(InputSignature& last) {
    const bool same = words_ == last.words_;
    words_.swap(last.words_);
    return same;
  }

 private:
  std::vector<std::uint64_t> words_;
};

}  // namespace reachable
