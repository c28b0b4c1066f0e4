#pragma once

#include "PixelSize.h"

#include <memory>

struct GLFWwindow;

namespace reachable {

// The program's one window and its OpenGL 3.3 core context, current and loaded by glad.
// Owns GLFW itself: the library is initialised while a Window exists.
class Window {
 public:
  enum class Visibility { Shown, Hidden };

  Window(const char* title, PixelSize size, Visibility visibility);

  GLFWwindow* handle() const { return window_.get(); }
  bool shouldClose() const;
  void requestClose();
  PixelSize size() const;
  PixelSize framebufferSize() const;
  // Full screen on the monitor the window is on, or back to where it was.
  void setFullScreen(bool fullScreen);
  bool fullScreen() const;
  void swapBuffers();

  // Handles pending input without waiting, for runs that must not stall.
  static void pollEvents();
  // Sleeps until input arrives or the timeout passes, so an idle window costs nothing.
  static void waitEvents(double timeoutSeconds);

 private:
  struct GlfwLibrary {
    GlfwLibrary();
    ~GlfwLibrary();
    GlfwLibrary(const GlfwLibrary&) = delete;
    GlfwLibrary& operator=(const GlfwLibrary&) = delete;
  };
  struct DestroyWindow {
    void operator()(GLFWwindow* window) const;
  };

  GlfwLibrary glfw_;
  std::unique_ptr<GLFWwindow, DestroyWindow> window_;
  int windowedX_ = 0;  // where the window was before going full screen
  int windowedY_ = 0;
  PixelSize windowedSize_;
};

}  // namespace reachable
