#include "ArrowRouter.h"

#include <algorithm>
#include <cmath>

#include "OrthogonalRoute.h"
#include "RectGrid.h"

namespace reachable::view {
namespace {


// Finding a way round cards costs about the square of the cards near an arrow. Beyond
// these, an arrow takes the direct curve, which costs nothing to find: a scene of
// hundreds of arrows is seen from afar (level of detail), and a crowded neighbourhood
// would cost more than a frame.
constexpr std::size_t kMostRouted = 300;        // arrows in a scene
constexpr std::size_t kMostObstaclesNear = 48;  // cards around one arrow
constexpr float kCornerRadius = 16;
constexpr float kNear = 60;     // how far around its ends an arrow first looks for obstacles
constexpr float kFarther = 320;  // and then, when those leave it no way

// The boxes of a scene grown by the clearance, for paths to run around.
struct Obstacles {
  RectGrid grid;

  Obstacles(const SceneGeometry& scene, float clearance) : grid(240) {
    for (const BoxGeometry& root : scene.roots) grid.add(root.rect.expanded(clearance));
    for (const auto& [id, box] : scene.cards) grid.add(box.rect.expanded(clearance));
  }
  std::vector<Rect> near(const Rect& area) const {
    std::vector<Rect> found;
    for (std::size_t index : grid.overlapping(area)) found.push_back(grid.rect(index));
    return found;
  }
};

Rect spanning(Vec2 a, Vec2 b) { return {{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}}; }

// A segment that leaves `a` and reaches `b` horizontally: the S-curve of a reference.
void appendHorizontalCurve(std::vector<Vec2>& points, Vec2 a, Vec2 b) {
  const float pull = std::max(24.0f, std::abs(b.x - a.x) / 2);
  points.insert(points.end(), {a + Vec2{pull, 0}, b - Vec2{pull, 0}, b});
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

bool twoSlots(const ViewGraph& graph, const EdgeSource& from) {
  const Card* card = graph.find(from.object);
  if (!card || from.row >= card->rows.size()) return false;
  return card->rows[from.row].twoSlots();
}

const Rect* sourceBox(const EdgeSource& from, const SceneGeometry& scene) {
  if (from.fromRoot) return from.box < scene.roots.size() ? &scene.roots[from.box].rect : nullptr;
  const BoxGeometry* card = scene.card(from.object);
  return card ? &card->rect : nullptr;
}

// Out of the source's right edge, round every box in the way, into the target beside
// its title: from the left when it lies further right, else from the right.
std::vector<Vec2> aroundBoxes(Vec2 start, const Rect& source, const BoxGeometry& target, const Obstacles& obstacles,
                              float clearance) {
  const float titleY = target.rect.min.y + target.headerHeight / 2;
  const Vec2 leave{source.max.x + clearance, start.y};
  const bool fromLeft = target.rect.min.x - clearance >= leave.x;
  const Vec2 enter{fromLeft ? target.rect.min.x - clearance : target.rect.max.x + clearance, titleY};
  const Vec2 tip{fromLeft ? target.rect.min.x : target.rect.max.x, titleY};
  std::optional<std::vector<Vec2>> path;
  std::vector<Rect> nearby;
  for (float margin : {kNear, kFarther}) {
    nearby = obstacles.near(spanning(leave, enter).expanded(margin));
    if (nearby.size() > kMostObstaclesNear) break;
    if ((path = orthogonalPath(leave, enter, nearby))) break;
  }
  if (!path) return fromLeft ? forwardCurve(start, tip) : loopBack(start, tip, clearance);
  centreVerticalRuns(*path, nearby);
  std::vector<Vec2> corners{start};
  corners.insert(corners.end(), path->begin(), path->end());
  corners.push_back(tip);
  return roundedCorners(corners, kCornerRadius);
}

std::optional<Arrow> routeWith(const ViewGraph& graph, const Edge& edge, const SceneGeometry& scene,
                               const Obstacles* obstacles, float clearance) {
  const std::optional<Vec2> start = edgeStart(graph, edge.from, scene);
  const BoxGeometry* target = scene.card(edge.to);
  const Rect* source = sourceBox(edge.from, scene);
  if (!start || !target || !source) return std::nullopt;
  Arrow arrow{edge.from, edge.to, edge.strength, edge.name, {}};
  if (obstacles) {
    arrow.points = aroundBoxes(*start, *source, *target, *obstacles, clearance);
    return arrow;
  }
  const float titleY = target->rect.min.y + target->headerHeight / 2;
  arrow.points = target->rect.min.x < start->x + 2 * clearance ? loopBack(*start, {target->rect.max.x, titleY}, clearance)
                                                               : forwardCurve(*start, {target->rect.min.x, titleY});
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

std::vector<Arrow> ArrowRouter::route(const ViewGraph& graph, const SceneGeometry& scene, Detail detail) const {
  const std::optional<Obstacles> obstacles = detail == Detail::AroundCards && graph.edges.size() <= kMostRouted
                                                 ? std::optional<Obstacles>(std::in_place, scene, clearance_)
                                                 : std::nullopt;
  std::vector<Arrow> arrows;
  arrows.reserve(graph.edges.size());
  for (const Edge& edge : graph.edges)
    if (auto arrow = routeWith(graph, edge, scene, obstacles ? &*obstacles : nullptr, clearance_))
      arrows.push_back(std::move(*arrow));
  return arrows;
}

std::optional<Arrow> ArrowRouter::route(const ViewGraph& graph, const Edge& edge, const SceneGeometry& scene) const {
  const Obstacles obstacles(scene, clearance_);
  return routeWith(graph, edge, scene, &obstacles, clearance_);
}

}  // namespace reachable::view
