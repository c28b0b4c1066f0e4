#include "ShownGraph.h"

#include <algorithm>

#include "GhostPiles.h"

namespace reachable::view {
namespace {

ReachMap reachOf(const StateReachability& reachability, const ViewGraph& graph) {
  ReachMap reach;
  reach.reserve(graph.cards.size());
  for (const Card& card : graph.cards) {
    Reach most = card.stacked.empty() ? reachability.reach(card.id) : Reach::Unreachable;
    for (ObjectId member : card.stacked) most = std::min(most, reachability.reach(member));
    reach.emplace(card.id, most);
  }
  return reach;
}

}  // namespace

ViewGraph shownGraph(const HeapState& state, const ShownOptions& options, ReachMap& reach) {
  ViewGraph graph = ViewGraph::build(
      state, {.showEngineObjects = options.showEngineObjects,
              .unfolded = options.unfolded && !options.unfolded->empty() ? options.unfolded : nullptr,
              .freed = options.freed});
  reach = reachOf(StateReachability(state), graph);
  pileGhosts(graph, reach);
  return graph;
}

}  // namespace reachable::view
