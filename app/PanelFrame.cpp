#include "PanelFrame.h"

#include <algorithm>

namespace reachable {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollbar;

void drawHeading(const PanelContext& context, std::string_view heading, std::string_view hint) {
  ImGui::PushFont(context.fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, context.style.heading);
  ImGui::TextUnformatted(heading.data(), heading.data() + heading.size());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (hint.empty()) return;
  ImGui::SameLine();
  ImGui::PushFont(context.fonts.heading);
  textRow("", hint, context.style.mutedText);
  ImGui::PopFont();
}

}  // namespace

void beginPanel(const char* id, const PanelRect& rect, const PanelContext& context, std::string_view heading,
                std::string_view hint) {
  ImGui::SetCursorScreenPos(rect.position);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, context.style.panel);
  ImGui::PushStyleColor(ImGuiCol_Border, context.style.panelBorder);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(context.style.padding(), context.style.padding()));
  ImGui::BeginChild(id, rect.size, true, kPanelFlags);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  drawHeading(context, heading, hint);
  ImGui::Dummy(ImVec2(0, context.style.pixels(2)));
}

void endPanel() { ImGui::EndChild(); }

void mutedText(const PanelContext& context, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, context.style.mutedText);
  wrappedText(text);
  ImGui::PopStyleColor();
}

void wrappedText(std::string_view text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
}

void textRow(std::string_view left, std::string_view right, ImU32 rightColour) {
  ImGui::TextUnformatted(left.data(), left.data() + left.size());
  ImGui::SameLine();
  const float width = ImGui::CalcTextSize(right.data(), right.data() + right.size()).x;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  ImGui::PushStyleColor(ImGuiCol_Text, rightColour);
  ImGui::TextUnformatted(right.data(), right.data() + right.size());
  ImGui::PopStyleColor();
}

}  // namespace reachable
