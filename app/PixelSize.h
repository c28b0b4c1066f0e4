#pragma once

namespace reachable {

// A width and a height in pixels, for windows, framebuffers and pictures.
struct PixelSize {
  int width = 0;
  int height = 0;

  friend bool operator==(const PixelSize&, const PixelSize&) = default;
};

}  // namespace reachable
