#include "Screenshot.h"

#include <glad/gl.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>

static_assert(std::is_same_v<GLuint, unsigned int>);

namespace reachable {
namespace {

constexpr int kChannels = 3;

// OpenGL returns the bottom row first; pictures start at the top.
void flipRows(Image& image) {
  const auto rowBytes = static_cast<std::ptrdiff_t>(image.size.width) * kChannels;
  auto top = image.rgb.begin();
  auto bottom = image.rgb.end() - rowBytes;
  for (; top < bottom; top += rowBytes, bottom -= rowBytes) std::swap_ranges(top, top + rowBytes, bottom);
}

}  // namespace

OffscreenFramebuffer::OffscreenFramebuffer(PixelSize size) : size_(size) {
  glGenRenderbuffers(1, &colorBuffer_);
  glBindRenderbuffer(GL_RENDERBUFFER, colorBuffer_);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, size.width, size.height);
  glGenFramebuffers(1, &framebuffer_);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colorBuffer_);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteFramebuffers(1, &framebuffer_);
    glDeleteRenderbuffers(1, &colorBuffer_);
    throw std::runtime_error("cannot make an off-screen framebuffer of " + std::to_string(size.width) + "x" +
                             std::to_string(size.height) + " pixels");
  }
}

OffscreenFramebuffer::~OffscreenFramebuffer() {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteFramebuffers(1, &framebuffer_);
  glDeleteRenderbuffers(1, &colorBuffer_);
}

Image OffscreenFramebuffer::read() const { return read(0, 0, size_); }

Image OffscreenFramebuffer::read(int x, int y, PixelSize size) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
  return readFramebufferRegion(x, y, size, size_.height);
}

Image readFramebufferRegion(int x, int y, PixelSize size, int framebufferHeight) {
  Image image{size, std::vector<unsigned char>(static_cast<std::size_t>(size.width) * size.height * kChannels)};
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(x, framebufferHeight - y - size.height, size.width, size.height, GL_RGB, GL_UNSIGNED_BYTE,
               image.rgb.data());
  flipRows(image);
  return image;
}

void writePng(const Image& image, const std::filesystem::path& path) {
  const auto [width, height] = image.size;
  if (!stbi_write_png(path.string().c_str(), width, height, kChannels, image.rgb.data(), width * kChannels))
    throw std::runtime_error("cannot write " + path.string());
}

}  // namespace reachable
