#include "SidePanels.h"

namespace reachable {

std::size_t errorCount(const Session& session) {
  return session.document().errors().size() + (session.runError() ? 1 : 0);
}

void drawErrorPanel(const PanelRect& rect, const PanelContext& context, const Session& session) {
  const Style& style = context.style;
  const ScenarioDocument& document = session.document();
  ImGui::SetCursorScreenPos(rect.position);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, style.errorFill);
  ImGui::PushStyleColor(ImGuiCol_Border, style.error);
  ImGui::BeginChild("errors", rect.size, true, ImGuiWindowFlags_NoSavedSettings);
  ImGui::PushFont(context.fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, style.error);
  const std::size_t count = errorCount(session);
  ImGui::Text("%zu %s IN %s", count, count == 1 ? "ERROR" : "ERRORS", document.name().c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (document.scenario() && !document.errors().empty()) {
    ImGui::SameLine();
    textRow("", "still showing: " + document.scenario()->title, style.mutedText);
  }
  ImGui::PushFont(context.fonts.mono);
  const auto describe = [&](const DocumentError& error) {
    wrappedText(error.describe());
    if (error.inProgram && !document.isProgramFile()) mutedText(context, "   line and column within the program");
  };
  for (const DocumentError& error : document.errors()) describe(error);
  if (const auto stopped = session.runError()) {
    describe(*stopped);
    mutedText(context, "   the run stopped there: its steps up to then are recorded");
  }
  ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
}

}  // namespace reachable
