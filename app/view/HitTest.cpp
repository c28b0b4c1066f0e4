#include "HitTest.h"

#include <algorithm>
#include <optional>

namespace reachable::view {
namespace {

constexpr int kSamplesPerSegment = 12;

std::optional<Hit> hitCard(const SceneGeometry& scene, Vec2 point) {
  for (const auto& [id, box] : scene.cards) {
    if (!box.rect.contains(point)) continue;
    for (std::size_t row = 0; row < box.rowCount; ++row)
      if (box.row(row).contains(point)) return Hit{Hit::Kind::Row, id, row, 0};
    return Hit{Hit::Kind::Card, id, 0, 0};
  }
  return std::nullopt;
}

std::optional<Hit> hitRoot(const SceneGeometry& scene, Vec2 point) {
  for (std::size_t index = 0; index < scene.roots.size(); ++index) {
    const BoxGeometry& box = scene.roots[index];
    if (!box.rect.contains(point)) continue;
    for (std::size_t variable = 0; variable < box.rowCount; ++variable)
      if (box.row(variable).contains(point)) return Hit{Hit::Kind::Variable, kNoObject, index, variable};
    return Hit{Hit::Kind::RootBox, kNoObject, index, 0};
  }
  return std::nullopt;
}

}  // namespace

Hit hitTest(const SceneGeometry& scene, const std::vector<Arrow>& arrows, Vec2 point, float tolerance) {
  if (auto card = hitCard(scene, point)) return *card;
  if (auto root = hitRoot(scene, point)) return *root;
  Hit nearest;
  float best = tolerance;
  for (std::size_t index = 0; index < arrows.size(); ++index) {
    const Arrow& arrow = arrows[index];
    if (arrow.points.empty() || !arrow.bounds().expanded(tolerance).contains(point)) continue;
    const auto line = arrow.flatten(kSamplesPerSegment);
    for (std::size_t i = 1; i < line.size(); ++i)
      if (const float distance = distanceToSegment(point, line[i - 1], line[i]); distance <= best) {
        best = distance;
        nearest = {Hit::Kind::Arrow, arrow.to, index, 0};
      }
  }
  return nearest;
}

}  // namespace reachable::view
