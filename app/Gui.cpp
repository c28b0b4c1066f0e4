#include "Gui.h"

#include "Window.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <stdexcept>

namespace reachable {

Gui::Gui(Window& window, const std::optional<std::filesystem::path>& settingsDirectory, float scale)
    : iniPath_(settingsDirectory ? (*settingsDirectory / "imgui.ini").string() : "") {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = iniPath_.empty() ? nullptr : iniPath_.c_str();
  io.LogFilename = nullptr;  // ImGui would otherwise log into the working folder
  fonts_ = Fonts::build(scale);
  if (!ImGui_ImplGlfw_InitForOpenGL(window.handle(), true)) {
    ImGui::DestroyContext();
    throw std::runtime_error("cannot start Dear ImGui's GLFW back end");
  }
  if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    throw std::runtime_error("cannot start Dear ImGui's OpenGL 3 back end");
  }
}

Gui::~Gui() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

void Gui::setScale(float scale, float density) {
  fonts_ = Fonts::build(scale, density);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Gui::beginFrame(std::optional<PixelSize> pixels, float density) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (pixels) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(pixels->width) / density, static_cast<float>(pixels->height) / density);
    io.DisplayFramebufferScale = ImVec2(density, density);
  }
  ImGui::NewFrame();
}

void Gui::render(unsigned int background) {
  ImGui::Render();
  const ImVec4 colour = ImGui::ColorConvertU32ToFloat4(background);
  glClearColor(colour.x, colour.y, colour.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace reachable
