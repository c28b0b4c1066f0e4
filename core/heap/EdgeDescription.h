#pragma once

#include <string>

#include "heap/Edge.h"
#include "heap/Heap.h"

namespace reachable {

// An edge in words, as a learner reads it beside an arrow: "name", "[3]",
// "[Symbol(id)]", "context", "target (weak)", "entry 2 value".
std::string describeEdge(const Heap& heap, CellId from, const EdgeName& edge);

// A property key in words: a string as it is, a symbol as Symbol(description).
std::string describeKey(const Heap& heap, Value key);

}  // namespace reachable
