#include "RectGrid.h"

#include <algorithm>

namespace reachable::view {
namespace {

std::int64_t cellKey(std::int64_t column, std::int64_t row) { return (column << 32) ^ (row & 0xFFFFFFFF); }

}  // namespace

template <typename Visit>
void RectGrid::forEachCell(const Rect& area, Visit&& visit) const {
  const auto first = [&](float v) { return static_cast<std::int64_t>(std::floor(v / cellSize_)); };
  for (std::int64_t column = first(area.min.x); column <= first(area.max.x); ++column)
    for (std::int64_t row = first(area.min.y); row <= first(area.max.y); ++row) visit(cellKey(column, row));
}

std::size_t RectGrid::add(const Rect& rect) {
  const std::size_t index = rects_.size();
  rects_.push_back(rect);
  forEachCell(rect, [&](std::int64_t key) { cells_[key].push_back(index); });
  return index;
}

std::vector<std::size_t> RectGrid::overlapping(const Rect& area) const {
  std::vector<std::size_t> found;
  forEachCell(area, [&](std::int64_t key) {
    const auto cell = cells_.find(key);
    if (cell == cells_.end()) return;
    for (std::size_t index : cell->second)
      if (rects_[index].overlaps(area)) found.push_back(index);
  });
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

}  // namespace reachable::view
