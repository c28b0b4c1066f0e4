#pragma once

#include <cstddef>

#include "heap/HeapCell.h"

namespace reachable {

// What a cell really takes in this process's memory, from its kind and its size
// estimate (estimateSize, which follows V8's layout for the learner's figures and
// counts a property as one tagged word). Our cells are larger than V8's: a C++
// object per cell, its slot in the heap's table, vectors with room to grow, and a
// hash index beside each Map or Set's entries. The threshold and the budget are
// about memory the machine must give, so they count this, not the estimate.
//
// The footprint is a fixed part (the cell's own object) plus what the estimate counts
// beyond an empty cell's, times a ratio measured against the resident size of
// programs that grow each kind: it needs nothing stored beside the estimate the cell
// already keeps.
std::size_t memoryFootprint(CellKind kind, std::size_t estimate);

// What the footprint grows by when the estimate grows by `estimateBytes` (a new
// property), without the fixed part.
std::size_t footprintGrowth(CellKind kind, std::size_t estimateBytes);

}  // namespace reachable
