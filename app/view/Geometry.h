#pragma once

#include <algorithm>
#include <cmath>
#include <optional>

namespace reachable::view {

// A point or a size in the heap graph's own units: pixels at zoom 1, y downwards.
struct Vec2 {
  float x = 0;
  float y = 0;

  friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
  friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
  friend Vec2 operator*(Vec2 a, float s) { return {a.x * s, a.y * s}; }
  friend bool operator==(Vec2, Vec2) = default;
};

inline float length(Vec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }
inline Vec2 lerp(Vec2 a, Vec2 b, float t) { return a + (b - a) * t; }

struct Rect {
  Vec2 min;
  Vec2 max;

  float width() const { return max.x - min.x; }
  float height() const { return max.y - min.y; }
  Vec2 center() const { return lerp(min, max, 0.5f); }
  bool contains(Vec2 p) const { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }
  // Touching edges do not overlap: cards may sit flush, though the layout keeps a gap.
  bool overlaps(const Rect& o) const {
    return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
  }
  Rect expanded(float by) const { return {{min.x - by, min.y - by}, {max.x + by, max.y + by}}; }
  Rect translated(Vec2 by) const { return {min + by, max + by}; }
  friend bool operator==(const Rect&, const Rect&) = default;
};

inline Rect rectAt(Vec2 topLeft, Vec2 size) { return {topLeft, topLeft + size}; }

// The smallest rectangle that holds both.
inline Rect united(const Rect& a, const Rect& b) {
  return {{std::min(a.min.x, b.min.x), std::min(a.min.y, b.min.y)}, {std::max(a.max.x, b.max.x), std::max(a.max.y, b.max.y)}};
}

// Grows `into` to hold `rect`, or starts it there.
inline void include(std::optional<Rect>& into, const Rect& rect) { into = into ? united(*into, rect) : rect; }

}  // namespace reachable::view
