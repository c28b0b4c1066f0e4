#include "ArrowRouter.h"

#include <algorithm>
#include <cmath>

#include "RectGrid.h"

namespace reachable::view {
namespace {

constexpr int kSamplesPerSegment = 12;

// The cards of a scene, to ask which of them a curve runs through.
struct Obstacles {
  RectGrid grid;
  std::vector<ObjectId> ids;

  explicit Obstacles(const SceneGeometry& scene) {
    for (const auto& [id, box] : scene.cards) {
      grid.add(box.rect);
      ids.push_back(id);
    }
  }
  // The cards other than the arrow's own ends that the curve passes through.
  std::vector<Rect> crossed(const std::vector<Vec2>& line, ObjectId from, ObjectId to) const {
    std::vector<Rect> hit;
    for (Vec2 point : line)
      for (std::size_t index : grid.overlapping({point, point})) {
        if (ids[index] == from || ids[index] == to) continue;
        const Rect& rect = grid.rect(index);
        if (std::find(hit.begin(), hit.end(), rect) == hit.end()) hit.push_back(rect);
      }
    return hit;
  }
  // The nearest height above (step < 0) or below (step > 0) `y` where a horizontal
  // corridor from `left` to `right` is clear.
  float clearCorridor(float left, float right, float y, float clearance, int step, ObjectId from, ObjectId to) const {
    for (int tries = 0; tries < 64; ++tries) {
      const Rect corridor{{left, y - clearance}, {right, y + clearance}};
      float next = y;
      bool blocked = false;
      for (std::size_t index : grid.overlapping(corridor)) {
        if (ids[index] == from || ids[index] == to) continue;
        const Rect& rect = grid.rect(index);
        next = step < 0 ? std::min(next, rect.min.y - clearance - 1) : std::max(next, rect.max.y + clearance + 1);
        blocked = true;
      }
      if (!blocked) return y;
      y = next;
    }
    return y;
  }
};

// A segment that leaves `a` and reaches `b` horizontally: the S-curve of a reference.
void appendHorizontalCurve(std::vector<Vec2>& points, Vec2 a, Vec2 b) {
  const float pull = std::max(24.0f, std::abs(b.x - a.x) / 2);
  points.insert(points.end(), {a + Vec2{pull, 0}, b - Vec2{pull, 0}, b});
}

void appendStraight(std::vector<Vec2>& points, Vec2 a, Vec2 b) {
  points.insert(points.end(), {lerp(a, b, 1.0f / 3), lerp(a, b, 2.0f / 3), b});
}

std::vector<Vec2> forwardCurve(Vec2 start, Vec2 end) {
  std::vector<Vec2> points{start};
  appendHorizontalCurve(points, start, end);
  return points;
}

// Out to the right of both ends and back into the target's right edge.
std::vector<Vec2> loopBack(Vec2 start, Vec2 end, float clearance) {
  const float reach = std::max(start.x, end.x) + std::clamp(std::abs(end.y - start.y) * 0.3f, 3 * clearance, 140.0f);
  return {start, {reach, start.y}, {reach, end.y}, end};
}

ObjectId sourceObject(const EdgeSource& from) { return from.fromRoot ? kNoObject : from.object; }

bool twoSlots(const ViewGraph& graph, const EdgeSource& from) {
  const Card* card = graph.find(from.object);
  if (!card || from.row >= card->rows.size()) return false;
  return card->rows[from.row].twoSlots();
}

std::optional<Arrow> routeWith(const ViewGraph& graph, const Edge& edge, const SceneGeometry& scene,
                               const Obstacles& obstacles, float clearance) {
  const std::optional<Vec2> start = edgeStart(graph, edge.from, scene);
  const BoxGeometry* target = scene.card(edge.to);
  if (!start || !target) return std::nullopt;
  Arrow arrow{edge.from, edge.to, edge.strength, edge.name, {}};
  const float titleY = target->rect.min.y + target->headerHeight / 2;
  if (target->rect.min.x < start->x + 2 * clearance) {
    arrow.points = loopBack(*start, {target->rect.max.x, titleY}, clearance);
    return arrow;
  }
  const Vec2 end{target->rect.min.x, titleY};
  arrow.points = forwardCurve(*start, end);
  const ObjectId from = sourceObject(edge.from);
  const auto crossed = obstacles.crossed(arrow.flatten(kSamplesPerSegment), from, edge.to);
  if (crossed.empty()) return arrow;
  float left = end.x, right = start->x;
  for (const Rect& rect : crossed) left = std::min(left, rect.min.x), right = std::max(right, rect.max.x);
  left = std::max(left - clearance, start->x + clearance);
  right = std::min(right + clearance, end.x - clearance);
  if (right <= left) return arrow;
  const float straight = (start->y + end.y) / 2;
  const float above = obstacles.clearCorridor(left, right, straight, clearance, -1, from, edge.to);
  const float below = obstacles.clearCorridor(left, right, straight, clearance, +1, from, edge.to);
  const float pass = std::abs(above - straight) < std::abs(below - straight) ? above : below;
  std::vector<Vec2> detour{*start};
  appendHorizontalCurve(detour, *start, {left, pass});
  appendStraight(detour, {left, pass}, {right, pass});
  appendHorizontalCurve(detour, {right, pass}, end);
  arrow.points = std::move(detour);
  return arrow;
}

}  // namespace

std::optional<Vec2> edgeStart(const ViewGraph& graph, const EdgeSource& from, const SceneGeometry& scene) {
  if (from.fromRoot) {
    if (from.box >= scene.roots.size()) return std::nullopt;
    return scene.roots[from.box].anchor(from.variable, RowSlot::Value, false);
  }
  const BoxGeometry* card = scene.card(from.object);
  if (!card) return std::nullopt;
  return card->anchor(from.row, from.slot, twoSlots(graph, from));
}

std::vector<Arrow> ArrowRouter::route(const ViewGraph& graph, const SceneGeometry& scene) const {
  const Obstacles obstacles(scene);
  std::vector<Arrow> arrows;
  arrows.reserve(graph.edges.size());
  for (const Edge& edge : graph.edges)
    if (auto arrow = routeWith(graph, edge, scene, obstacles, clearance_)) arrows.push_back(std::move(*arrow));
  return arrows;
}

std::optional<Arrow> ArrowRouter::route(const ViewGraph& graph, const Edge& edge, const SceneGeometry& scene) const {
  return routeWith(graph, edge, scene, Obstacles(scene), clearance_);
}

}  // namespace reachable::view
