#include "Window.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <stdexcept>
#include <string>

namespace reachable {
namespace {

[[noreturn]] void throwGlfwError(const std::string& what) {
  const char* description = nullptr;
  glfwGetError(&description);
  throw std::runtime_error(what + ": " + (description ? description : "unknown GLFW error"));
}

GLFWwindow* createWindow(const char* title, PixelSize size, Window::Visibility visibility) {
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);  // macOS grants core contexts only so
  glfwWindowHint(GLFW_VISIBLE, visibility == Window::Visibility::Shown ? GLFW_TRUE : GLFW_FALSE);
  GLFWwindow* window = glfwCreateWindow(size.width, size.height, title, nullptr, nullptr);
  if (!window) throwGlfwError("cannot open an OpenGL 3.3 window");
  return window;
}

}  // namespace

Window::GlfwLibrary::GlfwLibrary() {
  if (!glfwInit()) throwGlfwError("cannot start GLFW");
}

Window::GlfwLibrary::~GlfwLibrary() { glfwTerminate(); }

void Window::DestroyWindow::operator()(GLFWwindow* window) const { glfwDestroyWindow(window); }

Window::Window(const char* title, PixelSize size, Visibility visibility)
    : window_(createWindow(title, size, visibility)) {
  glfwMakeContextCurrent(window_.get());
  glfwSwapInterval(1);
  if (!gladLoadGL(glfwGetProcAddress)) throw std::runtime_error("cannot load the OpenGL 3.3 functions");
}

bool Window::shouldClose() const { return glfwWindowShouldClose(window_.get()); }

void Window::requestClose() { glfwSetWindowShouldClose(window_.get(), GLFW_TRUE); }

PixelSize Window::size() const {
  PixelSize size;
  glfwGetWindowSize(window_.get(), &size.width, &size.height);
  return size;
}

PixelSize Window::framebufferSize() const {
  PixelSize size;
  glfwGetFramebufferSize(window_.get(), &size.width, &size.height);
  return size;
}

bool Window::fullScreen() const { return glfwGetWindowMonitor(window_.get()) != nullptr; }

void Window::setFullScreen(bool fullScreen) {
  if (fullScreen == this->fullScreen()) return;
  if (!fullScreen) {
    glfwSetWindowMonitor(window_.get(), nullptr, windowedX_, windowedY_, windowedSize_.width, windowedSize_.height,
                         GLFW_DONT_CARE);
    return;
  }
  glfwGetWindowPos(window_.get(), &windowedX_, &windowedY_);
  windowedSize_ = size();
  GLFWmonitor* monitor = glfwGetPrimaryMonitor();
  if (!monitor) return;
  const GLFWvidmode* mode = glfwGetVideoMode(monitor);
  glfwSetWindowMonitor(window_.get(), monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}

void Window::swapBuffers() { glfwSwapBuffers(window_.get()); }

void Window::pollEvents() { glfwPollEvents(); }

void Window::waitEvents(double timeoutSeconds) { glfwWaitEventsTimeout(timeoutSeconds); }

}  // namespace reachable
