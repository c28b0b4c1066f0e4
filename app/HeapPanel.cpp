#include "HeapPanel.h"

namespace reachable {
namespace {

std::string summary(const HeapState& state) {
  return std::to_string(state.objects.size()) +
         (state.objects.size() == 1 ? " object \xC2\xB7 " : " objects \xC2\xB7 ") + std::to_string(state.bytes) +
         " bytes";
}

void drawRoots(const PanelContext& context, const HeapState& state) {
  for (const Scope& scope : state.scopes) {
    ImGui::PushFont(context.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text,
                          scope.frame >= 0 ? context.style.frameColour(scope.frame) : context.style.heading);
    ImGui::TextUnformatted(scope.name.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Indent();
    for (const Variable& variable : scope.variables)
      if (!variable.hidden)
        textRow(variable.name, variable.uninitialized ? "(not yet)" : variable.value.text, context.style.mutedText);
    ImGui::Unindent();
  }
}

void drawObjects(const PanelContext& context, const HeapState& state) {
  ImGui::PushFont(context.fonts.mono);
  for (const ObjectView& object : state.objects) {
    ImGui::PushFont(context.fonts.bold);
    ImGui::TextUnformatted(object.title.c_str());
    ImGui::PopFont();
    ImGui::Indent();
    for (const Row& row : object.rows) textRow(row.name, row.value.text, context.style.mutedText);
    ImGui::Unindent();
  }
  ImGui::PopFont();
}

// The stand-in until HeapGraphView draws cards and arrows.
void drawPlaceholder(const PanelContext& context, const HeapState& state) {
  if (state.objects.empty() && state.scopes.empty()) {
    mutedText(context, "The heap is empty at this step.");
    return;
  }
  ImGui::Columns(2, "heap", false);
  drawRoots(context, state);
  ImGui::NextColumn();
  drawObjects(context, state);
  ImGui::Columns(1);
}

}  // namespace

void drawHeapPanel(const PanelRect& rect, const PanelContext& context, Session& session) {
  const HeapState& state = session.state();
  beginPanel("heap", rect, context, "HEAP", summary(state));
  ImGui::BeginChild("view", ImVec2(0, 0), false);
  drawPlaceholder(context, state);
  ImGui::EndChild();
  endPanel();
}

}  // namespace reachable
