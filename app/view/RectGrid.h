#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "Geometry.h"

namespace reachable::view {

// Rectangles bucketed in a uniform grid, so that "what overlaps this?" looks at a few
// neighbours instead of every card: the layout asks it once or twice per card.
class RectGrid {
 public:
  explicit RectGrid(float cellSize = 160) : cellSize_(cellSize) {}

  std::size_t add(const Rect& rect);
  const Rect& rect(std::size_t index) const { return rects_[index]; }
  // The indices of the rectangles overlapping `area`, each once.
  std::vector<std::size_t> overlapping(const Rect& area) const;

 private:
  template <typename Visit>
  void forEachCell(const Rect& area, Visit&& visit) const;

  float cellSize_;
  std::vector<Rect> rects_;
  std::unordered_map<std::int64_t, std::vector<std::size_t>> cells_;
};

}  // namespace reachable::view
