#pragma once

#include <algorithm>
#include <optional>

#include "Geometry.h"

namespace reachable::view {

// The heap view's one transform from the graph's units to the screen: pan and zoom,
// applied when drawing and undone when reading the pointer.
struct Camera {
  Vec2 pan{24, 24};  // where the graph's origin is, from the canvas's top-left, in pixels
  float zoom = 1;

  static constexpr float kMinZoom = 0.2f;
  static constexpr float kMaxZoom = 3.0f;

  Vec2 toScreen(Vec2 canvas, Vec2 world) const { return canvas + pan + world * zoom; }
  Vec2 toWorld(Vec2 canvas, Vec2 screen) const { return (screen - canvas - pan) * (1 / zoom); }
  Rect toScreen(Vec2 canvas, const Rect& world) const {
    return {toScreen(canvas, world.min), toScreen(canvas, world.max)};
  }

  // Shows all of `world` inside a viewport of `size` pixels with `margin` around it,
  // centred, as large as `maxZoom` allows; never below `minZoom` (below it text would
  // be too small to read): what then does not fit starts at the top left, as far
  // right and down as it must for `focus` (what the step changed) to be seen, and the
  // view marks what lies beyond its edges.
  void fit(const Rect& world, Vec2 size, float margin, float minZoom, float maxZoom,
           std::optional<Rect> focus = std::nullopt) {
    const float w = std::max(world.width(), 1.0f), h = std::max(world.height(), 1.0f);
    const float room = std::min((size.x - 2 * margin) / w, (size.y - 2 * margin) / h);
    zoom = std::clamp(room, minZoom, std::max(minZoom, maxZoom));
    // Along one axis: centred when it fits, else as said above.
    const auto place = [&](float low, float high, float viewport, float focusLow, float focusHigh) {
      const float length = (high - low) * zoom, room = viewport - 2 * margin;
      if (length <= room) return (viewport - length) / 2 - low * zoom;
      const float seen = room / zoom;
      const float start = std::clamp(std::min(std::max(low, focusHigh - seen), focusLow), low, high - seen);
      return margin - start * zoom;
    };
    const Rect f = focus.value_or(Rect{world.min, world.min});
    pan = {place(world.min.x, world.min.x + w, size.x, f.min.x, f.max.x),
           place(world.min.y, world.min.y + h, size.y, f.min.y, f.max.y)};
  }
  // Zooms by `factor` keeping the graph point under `screen` where it is.
  void zoomAt(Vec2 canvas, Vec2 screen, float factor) {
    const Vec2 anchored = toWorld(canvas, screen);
    zoom = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
    pan = screen - canvas - anchored * zoom;
  }
};

// Part of the way from one camera to another: `t` 0 is `from`, 1 is `to`.
inline Camera between(const Camera& from, const Camera& to, float t) {
  return {lerp(from.pan, to.pan, t), from.zoom + (to.zoom - from.zoom) * t};
}

}  // namespace reachable::view
