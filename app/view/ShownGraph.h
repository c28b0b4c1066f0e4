#pragma once

#include <unordered_map>
#include <unordered_set>

#include "ViewGraph.h"
#include "timeline/StateReachability.h"

namespace reachable::view {

using ReachMap = std::unordered_map<ObjectId, Reach>;

// What the learner asked to see.
struct ShownOptions {
  bool showEngineObjects = false;
  const std::unordered_set<ObjectId>* unfolded = nullptr;  // cards unfolded by a click
  const std::unordered_set<ObjectId>* freed = nullptr;     // a sweep's ghosts (ViewGraphOptions)
};

// A step's graph as the heap view shows it: the cards the options ask for, with the
// garbage of one allocation site piled into one card. `reach` gets how reachable each
// card is (a folded stack as much as the most reachable object in it).
ViewGraph shownGraph(const HeapState& state, const ShownOptions& options, ReachMap& reach);

}  // namespace reachable::view
