#pragma once

#include <optional>
#include <vector>

#include "Geometry.h"

namespace reachable::view {

// The shortest path of horizontal and vertical runs from `from` to `to` that enters no
// obstacle, with as few bends as length allows: A* over the grid of lines through the
// obstacles' edges (and the ends, and midway between them). Nothing when the
// obstacles wall `to` off. The corners, first and last included.
std::optional<std::vector<Vec2>> orthogonalPath(Vec2 from, Vec2 to, const std::vector<Rect>& obstacles);

// Slides each inner vertical run of `corners` sideways to the middle of the free
// space around it, so that a path does not hug the cards it passes.
void centreVerticalRuns(std::vector<Vec2>& corners, const std::vector<Rect>& obstacles);

// The corners as a chain of cubic Bézier segments (Arrow's points): straight runs,
// and each bend rounded with a radius of at most `radius`. Points on a straight run
// are no corners: a path with no bend is one segment.
std::vector<Vec2> roundedCorners(const std::vector<Vec2>& corners, float radius);

}  // namespace reachable::view
