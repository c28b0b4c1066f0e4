#pragma once

#include "PixelSize.h"

#include <filesystem>
#include <vector>

namespace reachable {

// A picture in memory: rows from top to bottom, three bytes (red, green, blue) per pixel.
struct Image {
  PixelSize size;
  std::vector<unsigned char> rgb;
};

// An OpenGL framebuffer of an exact size, bound for drawing while it exists, so that a
// screenshot depends neither on the window nor on the screen it would be shown on.
class OffscreenFramebuffer {
 public:
  explicit OffscreenFramebuffer(PixelSize size);
  ~OffscreenFramebuffer();
  OffscreenFramebuffer(const OffscreenFramebuffer&) = delete;
  OffscreenFramebuffer& operator=(const OffscreenFramebuffer&) = delete;

  Image read() const;
  // A part of it, given from its top-left corner.
  Image read(int x, int y, PixelSize size) const;

 private:
  PixelSize size_;
  unsigned int framebuffer_ = 0;
  unsigned int colorBuffer_ = 0;
};

// A part of the framebuffer bound for reading, given from its top-left corner in pixels
// of a framebuffer `framebufferHeight` tall.
Image readFramebufferRegion(int x, int y, PixelSize size, int framebufferHeight);

// Throws std::runtime_error when the file cannot be written.
void writePng(const Image& image, const std::filesystem::path& path);

}  // namespace reachable
