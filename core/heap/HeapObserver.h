#pragma once

#include <cstdint>

#include "heap/HeapCell.h"

namespace reachable {

// Told of every cell the heap adopts and every cell it frees, when one is set: the
// engine's allocation sites use it. Unset, the heap pays one predicted branch.
class HeapObserver {
 public:
  // The `site` to give a cell just made (0: unknown).
  virtual std::uint32_t siteOfNewCell(const HeapCell& cell) = 0;
  // The cell is about to be freed by the collector's sweep.
  virtual void released(const HeapCell& cell) = 0;

 protected:
  ~HeapObserver() = default;
};

}  // namespace reachable
