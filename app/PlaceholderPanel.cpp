#include "PlaceholderPanel.h"

#include <imgui.h>

namespace reachable {

void drawPlaceholderPanel() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
  ImGui::Begin("Reachable", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextUnformatted("Reachable — heap view coming");
  ImGui::TextUnformatted("Objects, their references and the garbage collector will be drawn here.");
  ImGui::End();
}

}  // namespace reachable
