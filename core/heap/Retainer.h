#pragma once

#include "heap/Edge.h"
#include "heap/Roots.h"

namespace reachable {

// How a marked cell was first reached: straight from a root, or through an edge of
// an already-marked cell.
struct Retainer {
  CellId from = kNoCell;  // kNoCell: reached from `root`
  EdgeName edge;
  RootRef root;
  bool fromRoot() const { return from == kNoCell; }
};

}  // namespace reachable
