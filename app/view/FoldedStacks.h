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

// A linked list of ten thousand nodes would be ten thousand layers. Alike objects (one
// title, one allocation site) that each only the one before refers to form a chain;
// past kMostLinksShown links, all but the first kLinksShown fold into one stack card
// ("Object × 9,996"), which the last shown link's row points at, as a long array folds
// after its first rows. What only folded links refer to goes into the stack with them.
inline constexpr std::size_t kLinksShown = 4;
inline constexpr std::size_t kMostLinksShown = 6;
void foldChains(std::vector<Card>& cards, std::vector<Edge>& edges, std::size_t& absorbed);

}  // namespace reachable::view
