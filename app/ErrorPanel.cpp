#include "SidePanels.h"

namespace reachable {

void drawErrorPanel(const PanelRect& rect, const PanelContext& context, const ScenarioDocument& document) {
  const Style& style = context.style;
  ImGui::SetCursorScreenPos(rect.position);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, style.errorFill);
  ImGui::PushStyleColor(ImGuiCol_Border, style.error);
  ImGui::BeginChild("errors", rect.size, true, ImGuiWindowFlags_NoSavedSettings);
  ImGui::PushFont(context.fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, style.error);
  const std::size_t count = document.errors().size();
  ImGui::Text("%zu %s IN %s", count, count == 1 ? "ERROR" : "ERRORS", document.name().c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (document.scenario()) {
    ImGui::SameLine();
    textRow("", "still showing: " + document.scenario()->title, style.mutedText);
  }
  ImGui::PushFont(context.fonts.mono);
  for (const DocumentError& error : document.errors()) {
    wrappedText(error.describe());
    if (error.inProgram && !document.isProgramFile()) mutedText(context, "   line and column within the program");
  }
  ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
}

}  // namespace reachable
