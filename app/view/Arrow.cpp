#include "Arrow.h"

#include <algorithm>
#include <cmath>

namespace reachable::view {

Vec2 cubicBezier(Vec2 p0, Vec2 c1, Vec2 c2, Vec2 p1, float t) {
  const float u = 1 - t;
  return p0 * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) + p1 * (t * t * t);
}

float distanceToSegment(Vec2 point, Vec2 a, Vec2 b) {
  const Vec2 ab = b - a;
  const float lengthSquared = ab.x * ab.x + ab.y * ab.y;
  const float t = lengthSquared > 0
                      ? std::clamp(((point.x - a.x) * ab.x + (point.y - a.y) * ab.y) / lengthSquared, 0.0f, 1.0f)
                      : 0.0f;
  return length(point - (a + ab * t));
}

Vec2 Arrow::at(float t) const {
  const std::size_t segments = segmentCount();
  if (segments == 0) return points.empty() ? Vec2{} : points.front();
  const float scaled = std::clamp(t, 0.0f, 1.0f) * static_cast<float>(segments);
  const std::size_t segment = std::min(static_cast<std::size_t>(scaled), segments - 1);
  const Vec2* p = &points[segment * 3];
  return cubicBezier(p[0], p[1], p[2], p[3], scaled - static_cast<float>(segment));
}

Vec2 Arrow::tipDirection() const {
  if (points.size() < 2) return {1, 0};
  // The last control point can sit on the tip; step back along the curve instead.
  const Vec2 along = tip() - at(1.0f - 0.02f / static_cast<float>(std::max<std::size_t>(segmentCount(), 1)));
  const float size = length(along);
  return size > 0 ? along * (1 / size) : Vec2{1, 0};
}

Rect Arrow::bounds() const {
  if (points.empty()) return {};
  Rect box{points.front(), points.front()};
  for (Vec2 p : points)
    box = {{std::min(box.min.x, p.x), std::min(box.min.y, p.y)}, {std::max(box.max.x, p.x), std::max(box.max.y, p.y)}};
  return box;
}

std::vector<Vec2> Arrow::flatten(int perSegment) const { return flattenUpTo(1.0f, perSegment); }

std::vector<Vec2> Arrow::flattenUpTo(float fraction, int perSegment) const {
  std::vector<Vec2> line;
  const std::size_t segments = segmentCount();
  if (segments == 0) return line;
  const int steps = std::max(1, static_cast<int>(std::ceil(fraction * static_cast<float>(segments * perSegment))));
  const float total = static_cast<float>(segments * perSegment);
  for (int i = 0; i <= steps; ++i) line.push_back(at(std::min(fraction, static_cast<float>(i) / total)));
  return line;
}

}  // namespace reachable::view
