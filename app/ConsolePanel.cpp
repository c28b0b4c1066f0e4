#include "SidePanels.h"

#include <algorithm>

namespace reachable {

void drawConsolePanel(const PanelRect& rect, const PanelContext& context, Session& session) {
  beginPanel("console", rect, context, "CONSOLE");
  ImGui::PushFont(context.fonts.mono);
  ImGui::BeginChild("lines", ImVec2(0, 0), false);
  const auto console = session.console();
  const std::uint64_t now = session.player().step();
  // Lines are in step order: what was printed up to now is a prefix.
  const auto end = std::ranges::upper_bound(console, now, {}, &ConsoleLine::step);
  if (end == console.begin()) mutedText(context, "(nothing printed yet)");
  for (auto line = console.begin(); line != end; ++line) {
    ImGui::PushStyleColor(ImGuiCol_Text, line->toStandardError ? context.style.error : context.style.text);
    wrappedText(line->text);
    ImGui::PopStyleColor();
  }
  // Follow the newest line, as a terminal does, unless the learner scrolled up.
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - ImGui::GetTextLineHeight()) ImGui::SetScrollHereY(1.0f);
  ImGui::EndChild();
  ImGui::PopFont();
  endPanel();
}

}  // namespace reachable
