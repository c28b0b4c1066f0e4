#pragma once

#include <optional>

#include "Geometry.h"
#include "SceneGeometry.h"

namespace reachable::view {

// A small picture of the whole step in the corner of the panel, for a heap larger
// than the panel at a legible size: every card as a block and a frame round what the
// panel shows, so that a learner sees where the view is and can move it there.
struct Minimap {
  Rect screen;  // where it is drawn, in window pixels
  Rect world;   // what it shows: the step's roots and cards
  float scale = 1;  // window pixels per graph unit

  Vec2 toScreen(Vec2 point) const { return screen.min + (point - world.min) * scale; }
  Rect toScreen(const Rect& rect) const { return {toScreen(rect.min), toScreen(rect.max)}; }
  Vec2 toWorld(Vec2 point) const { return world.min + (point - screen.min) * (1 / scale); }

  // In the bottom right corner of `panel`, at most `side` pixels wide and tall, the
  // scene's shape kept; nothing for an empty scene.
  static std::optional<Minimap> of(const SceneGeometry& scene, const Rect& panel, float side);
};

}  // namespace reachable::view
