#include "LayeredPlacement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace reachable::view {
namespace {

constexpr float kUnplaced = std::numeric_limits<float>::max();
// Top-down, bottom-up, and top-down again: the last pass lines children up with the
// rows that refer to them, after the bottom-up one has centred parents on children.
constexpr int kSweeps = 3;
// Stacking by lifetime compares each box with those above it: beyond this many in a
// column, boxes simply pack (a long run's columns are crowded at every moment anyway).
constexpr std::size_t kMostStackedByLifetime = 1500;

// References out of and into each box, in flat arrays (this runs on 100,000 boxes).
struct Adjacency {
  std::vector<std::size_t> outFirst, out;  // edge indices by source box
  std::vector<std::size_t> inFirst, in;    // edge indices by target box

  Adjacency(const std::vector<PlacementEdge>& edges, std::size_t count) {
    fill(edges, count, outFirst, out, [](const PlacementEdge& e) { return e.from; });
    fill(edges, count, inFirst, in, [](const PlacementEdge& e) { return e.to; });
  }

 private:
  template <typename Key>
  static void fill(const std::vector<PlacementEdge>& edges, std::size_t count, std::vector<std::size_t>& first,
                   std::vector<std::size_t>& items, Key key) {
    first.assign(count + 1, 0);
    for (const PlacementEdge& edge : edges)
      if (key(edge) < count) ++first[key(edge) + 1];
    std::partial_sum(first.begin(), first.end(), first.begin());
    items.resize(first[count]);
    std::vector<std::size_t> next(first.begin(), first.end() - 1);
    for (std::size_t e = 0; e < edges.size(); ++e)
      if (key(edges[e]) < count) items[next[key(edges[e])]++] = e;
  }
};

// The layers the input gives, and what they reach; then for the rest the shortest
// distance from the lasting roots over every reference, from 0; then from the
// transient ones, so that an object a call made and a module variable keeps sits
// where the module keeps it. What no root reaches is measured from the boxes nothing
// refers to, so an unreachable island keeps its own shape; a cycle nothing outside
// refers to starts anywhere on it.
std::vector<int> layersOf(const PlacementInput& input, const Adjacency& adjacency) {
  const std::size_t count = input.sizes.size();
  std::vector<int> layer(count, -1);
  std::vector<std::size_t> queue;
  const auto reach = [&](std::size_t box, int l) {
    if (layer[box] < 0) layer[box] = l, queue.push_back(box);
  };
  const auto spread = [&] {
    for (std::size_t next = 0; next < queue.size(); ++next) {
      const std::size_t from = queue[next];
      for (std::size_t i = adjacency.outFirst[from]; i < adjacency.outFirst[from + 1]; ++i)
        reach(input.edges[adjacency.out[i]].to, layer[from] + 1);
    }
    queue.clear();
  };
  for (std::size_t box = 0; box < input.layers.size() && box < count; ++box)
    if (input.layers[box] >= 0) layer[box] = input.layers[box], queue.push_back(box);
  std::stable_sort(queue.begin(), queue.end(), [&](std::size_t a, std::size_t b) { return layer[a] < layer[b]; });
  spread();
  for (bool transient : {false, true}) {
    for (const PlacementEdge& edge : input.edges)
      if (edge.from == PlacementEdge::kRoot && edge.transient == transient) reach(edge.to, 0);
    spread();
  }
  for (std::size_t box = 0; box < count; ++box)
    if (adjacency.inFirst[box] == adjacency.inFirst[box + 1]) reach(box, 0);
  spread();
  for (std::size_t box = 0; box < count; ++box) {
    reach(box, 0);
    spread();
  }
  return layer;
}

class Sweeper {
 public:
  Sweeper(const PlacementInput& input, const Adjacency& adjacency, std::vector<int> layer)
      : input_(input), adjacency_(adjacency), layer_(std::move(layer)), top_(input.sizes.size(), kUnplaced) {
    const int layers = layer_.empty() ? 0 : *std::max_element(layer_.begin(), layer_.end()) + 1;
    members_.resize(static_cast<std::size_t>(layers));
    for (std::size_t box = 0; box < layer_.size(); ++box) members_[static_cast<std::size_t>(layer_[box])].push_back(box);
  }

  void run() {
    for (int sweep = 0; sweep < kSweeps; ++sweep) {
      const bool down = sweep % 2 == 0;
      for (std::size_t i = 0; i < members_.size(); ++i) arrange(down ? i : members_.size() - 1 - i, down);
    }
  }

  std::vector<Vec2> places() const {
    std::vector<Column> columns;
    for (const auto& layer : members_)
      for (auto& boxes : wrap(layer)) columns.push_back(measured(std::move(boxes)));
    std::vector<Vec2> result(top_.size());
    std::vector<std::size_t> placed;
    std::vector<Rect> placedColumns;
    const auto wrapped = bands(columns);
    for (std::size_t b = 0; b < wrapped.size(); ++b)
      for (const auto& [column, x] : wrapped[b]) {
        const float shift = b == 0 ? 0 : columnShift(*column, x, result, placed, placedColumns);
        for (std::size_t box : column->boxes) {
          result[box] = {x, top_[box] + shift};
          placed.push_back(box);
        }
        placedColumns.push_back({{x, column->top + shift}, {x + column->width, column->bottom + shift}});
      }
    return result;
  }

 private:
  // Where a box's top would put its entry level of the references from boxes left of
  // it (down) or its rows level with the boxes right of it that they refer to (up).
  float wantedTop(std::size_t box, bool down) const {
    float sum = 0;
    int count = 0;
    if (down) {
      for (std::size_t i = adjacency_.inFirst[box]; i < adjacency_.inFirst[box + 1]; ++i) {
        const PlacementEdge& edge = input_.edges[adjacency_.in[i]];
        if (edge.from == PlacementEdge::kRoot)
          sum += edge.fromY;
        else if (layer_[edge.from] < layer_[box] && top_[edge.from] != kUnplaced)
          sum += top_[edge.from] + edge.fromY;
        else
          continue;
        ++count;
      }
      if (count) return sum / static_cast<float>(count) - input_.entryY[box];
    } else {
      for (std::size_t i = adjacency_.outFirst[box]; i < adjacency_.outFirst[box + 1]; ++i) {
        const PlacementEdge& edge = input_.edges[adjacency_.out[i]];
        if (layer_[edge.to] != layer_[box] + 1 || top_[edge.to] == kUnplaced) continue;
        sum += top_[edge.to] + input_.entryY[edge.to] - edge.fromY;
        ++count;
      }
      if (count) return sum / static_cast<float>(count);
    }
    return top_[box];
  }

  void arrange(std::size_t index, bool down) {
    std::vector<std::size_t>& layer = members_[index];
    std::vector<float> wanted(layer_.size());
    for (std::size_t box : layer) wanted[box] = wantedTop(box, down);
    // Boxes with no reference to follow keep their order after the others.
    std::stable_sort(layer.begin(), layer.end(), [&](std::size_t a, std::size_t b) { return wanted[a] < wanted[b]; });
    for (const auto& column : wrap(layer)) {
      std::vector<float> want, heights;
      float below = 0;
      for (std::size_t box : column) {
        heights.push_back(input_.sizes[box].y);
        // An unplaced box goes just below the one before it.
        want.push_back(wanted[box] != kUnplaced ? wanted[box] : below);
        below = want.back() + heights.back() + input_.boxGap;
      }
      if (input_.alive.empty() || column.size() > kMostStackedByLifetime) {
        const std::vector<float> tops = packInOrder(want, heights, input_.boxGap, 0);
        for (std::size_t i = 0; i < column.size(); ++i) top_[column[i]] = tops[i];
      } else {
        stackByLifetime(column, want);
      }
    }
  }

  bool together(std::size_t a, std::size_t b) const {
    return input_.alive[a].first <= input_.alive[b].second && input_.alive[b].first <= input_.alive[a].second;
  }

  // In order, each as near its wanted top as the boxes above it that share a moment
  // with it allow: boxes of different moments may take the same place.
  void stackByLifetime(const std::vector<std::size_t>& column, const std::vector<float>& want) {
    for (std::size_t i = 0; i < column.size(); ++i) {
      float top = std::max(want[i], 0.0f);
      for (std::size_t j = 0; j < i; ++j)
        if (together(column[i], column[j])) top = std::max(top, top_[column[j]] + input_.sizes[column[j]].y + input_.boxGap);
      top_[column[i]] = top;
    }
  }

  // How tall a layer stands at its busiest moment, each box with its gap.
  float busiestHeight(const std::vector<std::size_t>& layer) const {
    if (input_.alive.empty()) {
      float total = 0;
      for (std::size_t box : layer) total += input_.sizes[box].y + input_.boxGap;
      return total;
    }
    std::vector<std::pair<std::uint32_t, float>> changes;  // +height at birth, -height after the last picture
    for (std::size_t box : layer) {
      const float height = input_.sizes[box].y + input_.boxGap;
      changes.emplace_back(input_.alive[box].first, height);
      changes.emplace_back(input_.alive[box].second + 1, -height);
    }
    std::sort(changes.begin(), changes.end());
    float now = 0, most = 0;
    for (const auto& [moment, change] : changes) most = std::max(most, now += change);
    return most;
  }

  // A layer in columns no taller than the input allows, each as full as the others.
  std::vector<std::vector<std::size_t>> wrap(const std::vector<std::size_t>& layer) const {
    const float total = busiestHeight(layer);
    const float limit = input_.maxColumnHeight;
    const std::size_t columns =
        limit > 0 && total > limit ? static_cast<std::size_t>(std::ceil(total / limit)) : std::size_t{1};
    // As many boxes in each, in order.
    std::vector<std::vector<std::size_t>> result(columns);
    for (std::size_t i = 0; i < layer.size(); ++i) result[i * columns / layer.size()].push_back(layer[i]);
    std::erase_if(result, [](const auto& column) { return column.empty(); });
    return result;
  }

  struct Column {
    std::vector<std::size_t> boxes;
    float width = 0, top = 0, bottom = 0;
  };
  using Band = std::vector<std::pair<const Column*, float>>;  // columns and their left edges

  Column measured(std::vector<std::size_t> boxes) const {
    Column column{std::move(boxes), 0, std::numeric_limits<float>::max(), 0};
    for (std::size_t box : column.boxes) {
      column.width = std::max(column.width, input_.sizes[box].x);
      column.top = std::min(column.top, top_[box]);
      column.bottom = std::max(column.bottom, top_[box] + input_.sizes[box].y);
    }
    return column;
  }

  // Columns in bands no wider than the input allows.
  std::vector<Band> bands(const std::vector<Column>& columns) const {
    std::vector<Band> result(1);
    float x = input_.left;
    for (const Column& column : columns) {
      if (input_.right > 0 && !result.back().empty() && x + column.width > input_.right) {
        result.emplace_back();
        x = input_.wrapLeft;
      }
      result.back().emplace_back(&column, x);
      x += column.width + input_.columnGap;
    }
    return result;
  }

  // The roots column's height at the busiest moment of a box's life.
  float rootsHeightFor(std::size_t box) const {
    const auto& heights = input_.rootsHeights;
    if (heights.empty()) return 0;
    if (input_.alive.empty()) return *std::max_element(heights.begin(), heights.end());
    float most = 0;
    for (std::uint32_t p = input_.alive[box].first; p <= input_.alive[box].second && p < heights.size(); ++p)
      most = std::max(most, heights[p]);
    return most;
  }

  // How far a column of a later band moves down to clear what is above it: the roots
  // column and the boxes of earlier bands that stand over it at the same moments. A
  // column thus rises into room that only other moments, or nothing, use.
  float columnShift(const Column& column, float x, const std::vector<Vec2>& at, const std::vector<std::size_t>& placed,
                    const std::vector<Rect>& placedColumns) const {
    const bool lifetimes = !input_.alive.empty() && placed.size() <= kMostStackedByLifetime;
    // Boxes closer sideways than the gap between boxes stand over it too.
    const float left = x - input_.boxGap, right = x + column.width + input_.boxGap;
    // Without lifetimes every box above counts: the columns' bottoms say it at once.
    float above = 0;
    if (!lifetimes)
      for (const Rect& other : placedColumns)
        if (other.min.x < right && left < other.max.x) above = std::max(above, other.max.y);
    float shift = 0;
    for (std::size_t box : column.boxes) {
      float clear = std::max(above, x < input_.rootsRight ? rootsHeightFor(box) : 0.0f);
      if (lifetimes)
        for (std::size_t other : placed)
          if (at[other].x < right && left < at[other].x + input_.sizes[other].x && together(box, other))
            clear = std::max(clear, at[other].y + input_.sizes[other].y);
      shift = std::max(shift, clear + input_.columnGap - top_[box]);
    }
    return shift;
  }

  const PlacementInput& input_;
  const Adjacency& adjacency_;
  std::vector<int> layer_;
  std::vector<float> top_;
  std::vector<std::vector<std::size_t>> members_;  // boxes by layer, in their order
};

}  // namespace

std::vector<float> packInOrder(const std::vector<float>& wanted, const std::vector<float>& heights, float gap,
                               float top) {
  // With o[i] the room the boxes before i need, z[i] = y[i] - o[i] must not decrease:
  // isotonic regression of wanted[i] - o[i].
  struct Block {
    double sum = 0;
    std::size_t count = 0;
    double mean() const { return sum / static_cast<double>(count); }
  };
  const std::size_t n = wanted.size();
  std::vector<float> offset(n, 0);
  for (std::size_t i = 1; i < n; ++i) offset[i] = offset[i - 1] + heights[i - 1] + gap;
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < n; ++i) {
    blocks.push_back({wanted[i] - offset[i], 1});
    while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
      blocks[blocks.size() - 2].sum += blocks.back().sum;
      blocks[blocks.size() - 2].count += blocks.back().count;
      blocks.pop_back();
    }
  }
  std::vector<float> tops;
  tops.reserve(n);
  for (const Block& block : blocks)
    for (std::size_t k = 0; k < block.count; ++k)
      tops.push_back(std::max(static_cast<float>(block.mean()), top) + offset[tops.size()]);
  return tops;
}

std::vector<Vec2> placeInLayers(const PlacementInput& input) {
  const Adjacency adjacency(input.edges, input.sizes.size());
  Sweeper sweeper(input, adjacency, layersOf(input, adjacency));
  sweeper.run();
  return sweeper.places();
}

}  // namespace reachable::view
