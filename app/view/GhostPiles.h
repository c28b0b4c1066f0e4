#pragma once

#include <cstddef>
#include <unordered_map>

#include "ViewGraph.h"
#include "timeline/StateReachability.h"

namespace reachable::view {

// Garbage not yet collected piles up when a loop makes short-lived objects: a
// column of ghost cards that says no more than one would. Unreachable cards made at
// one allocation site, at least kMinGhostPile of them, become one ghost stack: the
// first of them, with its rows, counting the others (Card::pile). References from
// and to the others go from and to the stack, once each. Garbage of distinct sites
// keeps its own cards, so that an island of objects that refer to each other still
// shows as one.
inline constexpr std::size_t kMinGhostPile = 3;

void pileGhosts(ViewGraph& graph, const std::unordered_map<ObjectId, Reach>& reach);

}  // namespace reachable::view
