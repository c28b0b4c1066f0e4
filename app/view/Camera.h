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

  // Zooms by `factor` keeping the graph point under `screen` where it is.
  void zoomAt(Vec2 canvas, Vec2 screen, float factor) {
    const Vec2 anchored = toWorld(canvas, screen);
    zoom = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
    pan = screen - canvas - anchored * zoom;
  }
};

}  // namespace reachable::view
