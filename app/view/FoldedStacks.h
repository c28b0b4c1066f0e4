#pragma once

#include <cstddef>
#include <vector>

#include "ViewGraph.h"

namespace reachable::view {

// Objects that only a folded row ("… 1,989 more") refers to, alike (one card's, one
// title), become one stack card ("Object × 1,989") with one arrow from that row, so
// that a list of two thousand objects reads as a list and not as two thousand
// arrows. What only stacked objects refer to goes into the stack with them; it is
// counted in `absorbed`. A stack's id has kStackBit set and is the same at every step
// of a run, so the stack keeps its place.
inline constexpr ObjectId kStackBit = 0x80000000u;
void stackFoldedTargets(std::vector<Card>& cards, std::vector<Edge>& edges, std::size_t& absorbed);

}  // namespace reachable::view
