#include "HelpOverlay.h"

#include "ShortcutTable.h"

namespace reachable {

void drawHelpOverlay(const PanelContext& context, bool& visible) {
  if (!visible) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.97f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("Keys", &visible, flags)) {
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) {
      for (const Shortcut& shortcut : shortcuts()) {
        if (!shortcut.listed) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(context.fonts.bold);
        ImGui::TextUnformatted(shortcut.keys.data(), shortcut.keys.data() + shortcut.keys.size());
        ImGui::PopFont();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(shortcut.action.data(), shortcut.action.data() + shortcut.action.size());
      }
      ImGui::EndTable();
    }
    ImGui::Spacing();
    mutedText(context, "Keys without Ctrl do nothing while you type in the editor.");
  }
  ImGui::End();
}

}  // namespace reachable
