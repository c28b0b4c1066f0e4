#include "heap/Reachability.h"

#include <algorithm>

#include "heap/EdgeDescription.h"

namespace reachable {

namespace {

Marker markFrom(const Heap& heap, const RootProvider& roots, Marker::Follow follow) {
  Marker marker(heap, Marker::Order::BreadthFirst, follow, true);
  marker.markRoots(roots);
  marker.trace();
  return marker;
}

}  // namespace

ReachabilityQuery::ReachabilityQuery(const Heap& heap, const RootProvider& roots)
    : heap_(heap),
      roots_(roots),
      strong_(markFrom(heap, roots, Marker::Follow::StrongOnly)),
      any_(markFrom(heap, roots, Marker::Follow::AllEdges)) {}

Reachability ReachabilityQuery::classify(CellId id) const {
  if (!strong_.covers(id)) return Reachability::Unreachable;
  if (strong_.isMarked(id)) return Reachability::Strong;
  if (any_.isMarked(id)) return Reachability::WeakOnly;
  return Reachability::Unreachable;
}

std::optional<RetainingPath> ReachabilityQuery::retainingPath(CellId id) const {
  auto reachability = classify(id);
  if (reachability == Reachability::Unreachable) return std::nullopt;
  const Marker* marker = reachability == Reachability::Strong ? &strong_ : &any_;
  RetainingPath path;
  for (CellId at = id;;) {
    const Retainer& why = marker->retainer(at);
    path.links.push_back({why.from, why.edge, at});
    if (why.fromRoot()) {
      path.root = why.root;
      break;
    }
    at = why.from;
  }
  std::reverse(path.links.begin(), path.links.end());
  return path;
}

std::string ReachabilityQuery::describe(const RetainingPath& path) const {
  std::string words =
      path.root.kind == RootKind::Kept ? "kept objects of the current task" : roots_.describeRoot(path.root);
  for (const auto& link : path.links) {
    if (link.from == kNoCell) continue;
    words += " \u2192 ";
    words += describeEdge(heap_, link.from, link.edge);
  }
  return words;
}

}  // namespace reachable
