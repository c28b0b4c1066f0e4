#pragma once

#include <algorithm>

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
  // be too small to read): what then does not fit starts at the top left, and the view
  // marks what lies beyond its edges.
  void fit(const Rect& world, Vec2 size, float margin, float minZoom, float maxZoom) {
    const float w = std::max(world.width(), 1.0f), h = std::max(world.height(), 1.0f);
    const float room = std::min((size.x - 2 * margin) / w, (size.y - 2 * margin) / h);
    zoom = std::clamp(room, minZoom, std::max(minZoom, maxZoom));
    const float x = w * zoom <= size.x - 2 * margin ? (size.x - w * zoom) / 2 : margin;
    const float y = h * zoom <= size.y - 2 * margin ? (size.y - h * zoom) / 2 : margin;
    pan = {x - world.min.x * zoom, y - world.min.y * zoom};
  }
  // Zooms by `factor` keeping the graph point under `screen` where it is.
  void zoomAt(Vec2 canvas, Vec2 screen, float factor) {
    const Vec2 anchored = toWorld(canvas, screen);
    zoom = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
    pan = screen - canvas - anchored * zoom;
  }
};

}  // namespace reachable::view
