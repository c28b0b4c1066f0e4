#include "Minimap.h"

#include <algorithm>

namespace reachable::view {

std::optional<Minimap> Minimap::of(const SceneGeometry& scene, const Rect& panel, float side) {
  std::optional<Rect> world;
  for (const BoxGeometry& box : scene.roots) include(world, box.rect);
  for (const auto& [id, box] : scene.cards) include(world, box.rect);
  if (!world || world->width() <= 0 || world->height() <= 0) return std::nullopt;
  constexpr float kInset = 8;
  const float scale = std::min(side / world->width(), side / world->height());
  const Vec2 size{world->width() * scale, world->height() * scale};
  const Vec2 corner{panel.max.x - kInset - size.x, panel.max.y - kInset - size.y};
  return Minimap{rectAt(corner, size), *world, scale};
}

}  // namespace reachable::view
