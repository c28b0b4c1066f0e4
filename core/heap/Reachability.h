#pragma once

#include <optional>
#include <string>
#include <vector>

#include "heap/Heap.h"
#include "heap/Marker.h"
#include "heap/Roots.h"

namespace reachable {

enum class Reachability : std::uint8_t {
  Strong,       // a chain of strong references leads to it from a root
  WeakOnly,     // only chains that pass through a weak reference lead to it
  Unreachable,  // garbage: the next collection takes it
};

struct RetainingPath {
  struct Link {
    CellId from;  // kNoCell for the first link, which leaves the root
    EdgeName edge;
    CellId to;
  };
  RootRef root;
  std::vector<Link> links;
};

// Answers, without collecting, what the next collection would decide about each
// cell and why: the GUI shows it live, before any gc(). It marks twice, breadth
// first: once along strong edges only (the collector's rule, ephemerons included)
// and once along every edge; breadth-first order makes each first-reaching edge lie
// on a shortest path from a root.
class ReachabilityQuery {
 public:
  ReachabilityQuery(const Heap& heap, const RootProvider& roots);

  Reachability classify(CellId id) const;
  // A shortest chain of references from a root: strong edges only for a strongly
  // reachable cell, any edges for one reachable only weakly; none for garbage.
  std::optional<RetainingPath> retainingPath(CellId id) const;
  // "admin → name" style words for a path.
  std::string describe(const RetainingPath& path) const;

 private:
  const Heap& heap_;
  const RootProvider& roots_;
  Marker strong_;
  Marker any_;
};

}  // namespace reachable
