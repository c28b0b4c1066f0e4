#include "OrthogonalRoute.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace reachable::view {
namespace {

constexpr float kBendCost = 40;  // a bend is worth this much length
constexpr float kInf = std::numeric_limits<float>::max();

bool inside(Vec2 p, const Rect& box) { return p.x > box.min.x && p.x < box.max.x && p.y > box.min.y && p.y < box.max.y; }

// Whether the run from a to b (horizontal or vertical) enters the inside of `box`;
// running along its edge does not.
bool enters(Vec2 a, Vec2 b, const Rect& box) {
  if (a == b) return inside(a, box);
  const float left = std::min(a.x, b.x), right = std::max(a.x, b.x);
  const float top = std::min(a.y, b.y), bottom = std::max(a.y, b.y);
  if (a.y == b.y) return a.y > box.min.y && a.y < box.max.y && left < box.max.x && right > box.min.x;
  return a.x > box.min.x && a.x < box.max.x && top < box.max.y && bottom > box.min.y;
}

std::vector<float> sortedUnique(std::vector<float> values) {
  std::sort(values.begin(), values.end());
  // Exactly equal only: the ends must stay lines of their own, however near an edge.
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values;
}

class Grid {
 public:
  Grid(Vec2 from, Vec2 to, const std::vector<Rect>& obstacles) : obstacles_(obstacles) {
    std::vector<float> xs{from.x, to.x, (from.x + to.x) / 2}, ys{from.y, to.y, (from.y + to.y) / 2};
    for (const Rect& box : obstacles) {
      xs.insert(xs.end(), {box.min.x, box.max.x});
      ys.insert(ys.end(), {box.min.y, box.max.y});
    }
    // Midway between neighbouring lines, so that runs can keep off the cards' edges.
    xs_ = withMiddles(sortedUnique(std::move(xs)));
    ys_ = withMiddles(sortedUnique(std::move(ys)));
  }

  std::size_t columns() const { return xs_.size(); }
  std::size_t rows() const { return ys_.size(); }
  Vec2 point(std::size_t node) const { return {xs_[node % xs_.size()], ys_[node / xs_.size()]}; }
  std::size_t nodeAt(Vec2 p) const {
    const auto index = [](const std::vector<float>& lines, float v) {
      return static_cast<std::size_t>(std::min_element(lines.begin(), lines.end(),
                                                       [v](float a, float b) { return std::abs(a - v) < std::abs(b - v); }) -
                                      lines.begin());
    };
    return index(ys_, p.y) * xs_.size() + index(xs_, p.x);
  }
  bool open(std::size_t node) const {
    const Vec2 p = point(node);
    return std::none_of(obstacles_.begin(), obstacles_.end(), [&](const Rect& box) { return inside(p, box); });
  }
  bool clear(std::size_t a, std::size_t b) const {
    const Vec2 p = point(a), q = point(b);
    return std::none_of(obstacles_.begin(), obstacles_.end(), [&](const Rect& box) { return enters(p, q, box); });
  }

 private:
  static std::vector<float> withMiddles(const std::vector<float>& lines) {
    std::vector<float> all;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) all.push_back((lines[i - 1] + lines[i]) / 2);
      all.push_back(lines[i]);
    }
    return all;
  }

  const std::vector<Rect>& obstacles_;
  std::vector<float> xs_, ys_;
};

// A* over (node, direction): direction 0–3 is how the path arrived (right, left, down, up).
std::optional<std::vector<std::size_t>> search(const Grid& grid, std::size_t start, std::size_t goal) {
  const std::size_t nodes = grid.columns() * grid.rows();
  std::vector<float> cost(nodes * 4, kInf);
  std::vector<std::size_t> previous(nodes * 4, static_cast<std::size_t>(-1));
  using Entry = std::pair<float, std::size_t>;  // estimate, state
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
  const Vec2 target = grid.point(goal);
  const auto estimate = [&](std::size_t node) {
    const Vec2 p = grid.point(node);
    return std::abs(p.x - target.x) + std::abs(p.y - target.y);
  };
  for (std::size_t direction = 0; direction < 4; ++direction) {
    cost[start * 4 + direction] = direction == 0 ? 0 : kBendCost;  // leaving to the right is free
    open.emplace(cost[start * 4 + direction] + estimate(start), start * 4 + direction);
  }
  const long columns = static_cast<long>(grid.columns()), rows = static_cast<long>(grid.rows());
  const long steps[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
  while (!open.empty()) {
    const auto [guess, state] = open.top();
    open.pop();
    const std::size_t node = state / 4, arrived = state % 4;
    if (guess - estimate(node) > cost[state] + 1e-3f) continue;
    if (node == goal) {
      std::vector<std::size_t> path{node};
      for (std::size_t s = state; previous[s] != static_cast<std::size_t>(-1); s = previous[s]) path.push_back(previous[s] / 4);
      std::reverse(path.begin(), path.end());
      return path;
    }
    const long x = static_cast<long>(node) % columns, y = static_cast<long>(node) / columns;
    for (std::size_t direction = 0; direction < 4; ++direction) {
      const long nx = x + steps[direction][0], ny = y + steps[direction][1];
      if (nx < 0 || ny < 0 || nx >= columns || ny >= rows) continue;
      const auto next = static_cast<std::size_t>(ny * columns + nx);
      if (!grid.open(next) || !grid.clear(node, next)) continue;
      const float step = length(grid.point(next) - grid.point(node)) + (direction == arrived ? 0 : kBendCost);
      const std::size_t nextState = next * 4 + direction;
      if (cost[state] + step >= cost[nextState]) continue;
      cost[nextState] = cost[state] + step;
      previous[nextState] = state;
      open.emplace(cost[nextState] + estimate(next), nextState);
    }
  }
  return std::nullopt;
}

// Keeps only the corners: points where the path turns, and its ends.
std::vector<Vec2> corners(const std::vector<Vec2>& points) {
  constexpr float kSame = 0.01f;
  const auto same = [](float a, float b) { return std::abs(a - b) < kSame; };
  std::vector<Vec2> kept;
  for (Vec2 p : points) {
    if (!kept.empty() && same(kept.back().x, p.x) && same(kept.back().y, p.y)) continue;
    if (kept.size() >= 2) {
      const Vec2 a = kept[kept.size() - 2], b = kept.back();
      if ((same(a.x, b.x) && same(b.x, p.x)) || (same(a.y, b.y) && same(b.y, p.y))) kept.pop_back();
    }
    kept.push_back(p);
  }
  return kept;
}

}  // namespace

std::optional<std::vector<Vec2>> orthogonalPath(Vec2 from, Vec2 to, const std::vector<Rect>& obstacles) {
  const Grid grid(from, to, obstacles);
  const std::size_t start = grid.nodeAt(from), goal = grid.nodeAt(to);
  const auto nodes = search(grid, start, goal);
  if (!nodes) return std::nullopt;
  std::vector<Vec2> points;
  for (std::size_t node : *nodes) points.push_back(grid.point(node));
  return corners(points);
}

void centreVerticalRuns(std::vector<Vec2>& path, const std::vector<Rect>& obstacles) {
  for (std::size_t i = 1; i + 2 < path.size(); ++i) {
    Vec2& a = path[i];
    Vec2& b = path[i + 1];
    if (a.x != b.x) continue;
    const float top = std::min(a.y, b.y), bottom = std::max(a.y, b.y);
    // It may slide between the far ends of the runs that meet it (further would turn
    // one of them back), and no further than the obstacles beside it.
    float left = std::min(path[i - 1].x, path[i + 2].x), right = std::max(path[i - 1].x, path[i + 2].x);
    if (a.x < left || a.x > right) continue;  // a loop round an obstacle keeps its room
    for (const Rect& box : obstacles) {
      if (box.max.y <= top || box.min.y >= bottom) continue;
      if (box.max.x <= a.x) left = std::max(left, box.max.x);
      if (box.min.x >= a.x) right = std::min(right, box.min.x);
    }
    if (left >= right) continue;
    const float middle = (left + right) / 2;
    const Vec2 movedA{middle, a.y}, movedB{middle, b.y};
    const bool free = std::none_of(obstacles.begin(), obstacles.end(), [&](const Rect& box) {
      return enters(path[i - 1], movedA, box) || enters(movedA, movedB, box) || enters(movedB, path[i + 2], box);
    });
    if (free) a = movedA, b = movedB;
  }
}

std::vector<Vec2> roundedCorners(const std::vector<Vec2>& given, float radius) {
  const std::vector<Vec2> path = corners(given);
  std::vector<Vec2> points{path.front()};
  const auto straightTo = [&](Vec2 end) {
    const Vec2 start = points.back();
    points.insert(points.end(), {lerp(start, end, 1.0f / 3), lerp(start, end, 2.0f / 3), end});
  };
  // How far the curve at a corner reaches: half of each run it shares at most.
  const auto reach = [&](std::size_t i) {
    return std::min({radius, length(path[i] - path[i - 1]) / 2, length(path[i + 1] - path[i]) / 2});
  };
  constexpr float kCircle = 0.5523f;  // a cubic's control distance for a quarter circle
  for (std::size_t i = 1; i + 1 < path.size(); ++i) {
    const float r = reach(i);
    const Vec2 in = path[i] - path[i - 1], out = path[i + 1] - path[i];
    const Vec2 inUnit = in * (1 / std::max(length(in), 1e-3f)), outUnit = out * (1 / std::max(length(out), 1e-3f));
    const Vec2 enter = path[i] - inUnit * r, leave = path[i] + outUnit * r;
    straightTo(enter);
    points.insert(points.end(), {enter + inUnit * (r * kCircle), leave - outUnit * (r * kCircle), leave});
  }
  straightTo(path.back());
  return points;
}

}  // namespace reachable::view
