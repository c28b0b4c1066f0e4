#include "Gui.h"

#include "Window.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <stdexcept>

namespace reachable {
namespace {

constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr float kFontSize = 18.0f;
constexpr float kBackground[] = {0.94f, 0.94f, 0.92f, 1.0f};

// ImGui's default ranges stop at U+00FF; the program also draws dashes, quotes, ellipses,
// arrows, ƒ and simple shapes, all of which DejaVu Sans has.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1
    0x0192, 0x0192,  // ƒ
    0x2010, 0x205E,  // General Punctuation: – — ‘ ’ “ ” • …
    0x2190, 0x21FF,  // Arrows
    0x25A0, 0x25FF,  // Geometric Shapes
    0,
};

void loadFont(ImGuiIO& io) {
  if (std::filesystem::exists(kFontPath) && io.Fonts->AddFontFromFileTTF(kFontPath, kFontSize, nullptr, kGlyphRanges))
    return;
  io.Fonts->AddFontDefault();
}

}  // namespace

Gui::Gui(Window& window, const std::optional<std::filesystem::path>& settingsDirectory)
    : iniPath_(settingsDirectory ? (*settingsDirectory / "imgui.ini").string() : "") {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = iniPath_.empty() ? nullptr : iniPath_.c_str();
  io.LogFilename = nullptr;  // ImGui would otherwise log into the working folder
  ImGui::StyleColorsLight();
  loadFont(io);
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

void Gui::beginFrame(std::optional<PixelSize> displaySize) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (displaySize) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(displaySize->width), static_cast<float>(displaySize->height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  }
  ImGui::NewFrame();
}

void Gui::render() {
  ImGui::Render();
  glClearColor(kBackground[0], kBackground[1], kBackground[2], kBackground[3]);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace reachable
