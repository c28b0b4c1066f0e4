#pragma once

#include <string>
#include <vector>

#include "Geometry.h"
#include "ViewGraph.h"

namespace reachable::view {

// A reference drawn as a chain of cubic Bézier segments: points[0] is where it leaves
// its row, then three points per segment (two controls and the segment's end); the
// last point is the tip, on the target card's edge.
struct Arrow {
  EdgeSource from;
  ObjectId to = kNoObject;
  Strength strength = Strength::Strong;
  std::string name;
  std::vector<Vec2> points;

  std::size_t segmentCount() const { return points.empty() ? 0 : (points.size() - 1) / 3; }
  Vec2 start() const { return points.front(); }
  Vec2 tip() const { return points.back(); }
  // A unit vector along the arrow at its tip, for drawing the head.
  Vec2 tipDirection() const;
  // t in [0, 1] over the whole chain.
  Vec2 at(float t) const;
  // The curve as a polyline of `perSegment` pieces per segment.
  std::vector<Vec2> flatten(int perSegment) const;
  // The polyline of the part from 0 to `fraction` of the curve, for drawing it in.
  std::vector<Vec2> flattenUpTo(float fraction, int perSegment) const;
  bool isWeak() const { return strength != Strength::Strong; }
  // Holds the whole curve: a Bézier curve stays inside its control points' hull.
  Rect bounds() const;
};

Vec2 cubicBezier(Vec2 p0, Vec2 c1, Vec2 c2, Vec2 p1, float t);
float distanceToSegment(Vec2 point, Vec2 a, Vec2 b);

}  // namespace reachable::view
