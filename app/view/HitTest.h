#pragma once

#include <cstddef>
#include <vector>

#include "Arrow.h"
#include "SceneGeometry.h"

namespace reachable::view {

// What is under the pointer. Cards lie above arrows, as they are drawn.
struct Hit {
  enum class Kind : std::uint8_t { Nothing, Card, Row, RootBox, Variable, Arrow };
  Kind kind = Kind::Nothing;
  ObjectId object = kNoObject;  // Card, Row
  std::size_t index = 0;        // Row: the row; RootBox, Variable: the box; Arrow: the arrow
  std::size_t variable = 0;     // Variable
  friend bool operator==(const Hit&, const Hit&) = default;
};

// `tolerance`: how far from an arrow's line still counts as on it, in scene units.
Hit hitTest(const SceneGeometry& scene, const std::vector<Arrow>& arrows, Vec2 point, float tolerance = 5);

}  // namespace reachable::view
