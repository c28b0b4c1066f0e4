#include "Style.h"

#include <array>

namespace reachable {
namespace {

constexpr ImU32 rgb(unsigned hex, unsigned alpha = 0xFF) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

// High contrast and calm, for a projector: near-black text on white panels over a
// warm grey, one warm colour for "here" and "weak", one green for "acts".
Style light() {
  Style s;
  s.background = rgb(0xEFEEEA);
  s.panel = rgb(0xFFFFFF);
  s.panelBorder = rgb(0xD6D5D0);
  s.bar = rgb(0xE6E5E0);
  s.text = rgb(0x22272E);
  s.mutedText = rgb(0x6E747C);
  s.heading = rgb(0x5B6169);
  s.title = rgb(0x1D2227);
  s.currentLine = rgb(0xFCEDBE);
  s.currentMarker = rgb(0xD08A00);
  s.selection = rgb(0xECEEF2);
  s.error = rgb(0xB3261E);
  s.errorFill = rgb(0xFBE9E7);
  s.accent = rgb(0x34495E);
  s.accentText = rgb(0xFFFFFF);
  s.track = rgb(0xCFCEC9);
  s.strong = rgb(0x343E4C);
  s.weak = rgb(0xC45A28);
  s.callback = rgb(0x2E8B68);
  s.chartBytes = rgb(0x8FA3B8);
  s.heap.background = rgb(0xFAFAF8);
  s.heap.text = rgb(0x262C34);
  s.heap.mutedText = rgb(0x6E747C);
  s.heap.cardFill = rgb(0xFFFFFF);
  s.heap.cardHeaderFill = rgb(0xF4F6F8);
  s.heap.cardBorder = rgb(0x465260);
  s.heap.rootFill = rgb(0xEEF0F4);
  s.heap.rootBorder = rgb(0xA0A8B4);
  s.heap.markFill = rgb(0xDEF0E6);
  s.heap.markBorder = rgb(0x2E7D5A);
  s.heap.ghost = rgb(0x969696);
  s.heap.highlight = rgb(0x1E6EDC);
  s.heap.litGlow = rgb(0xF0AA28);
  s.heap.legendFill = rgb(0xF6F6F4);
  s.heap.legendBorder = rgb(0xD6D6D2);
  return s;
}

Style dark() {
  Style s;
  s.background = rgb(0x181B20);
  s.panel = rgb(0x22262C);
  s.panelBorder = rgb(0x353A42);
  s.bar = rgb(0x1F2328);
  s.text = rgb(0xE4E7EB);
  s.mutedText = rgb(0x8D949D);
  s.heading = rgb(0xA7AEB7);
  s.title = rgb(0xF2F4F6);
  s.currentLine = rgb(0x4A4124);
  s.currentMarker = rgb(0xF0C050);
  s.selection = rgb(0x2F343C);
  s.error = rgb(0xFF8A80);
  s.errorFill = rgb(0x4A2522);
  s.accent = rgb(0x7FA7D0);
  s.accentText = rgb(0x14171B);
  s.track = rgb(0x454B54);
  s.strong = rgb(0xBEC8D6);
  s.weak = rgb(0xF08C5A);
  s.callback = rgb(0x5CC49A);
  s.chartBytes = rgb(0x5D7189);
  s.heap.background = rgb(0x1E2126);
  s.heap.text = rgb(0xE2E6EC);
  s.heap.mutedText = rgb(0x969EA8);
  s.heap.cardFill = rgb(0x2C3038);
  s.heap.cardHeaderFill = rgb(0x363C46);
  s.heap.cardBorder = rgb(0x96A0B0);
  s.heap.rootFill = rgb(0x282C34);
  s.heap.rootBorder = rgb(0x606876);
  s.heap.markFill = rgb(0x265440);
  s.heap.markBorder = rgb(0x64C896);
  s.heap.ghost = rgb(0x787C82);
  s.heap.highlight = rgb(0x64AAFF);
  s.heap.litGlow = rgb(0xF0AA28);
  s.heap.legendFill = rgb(0x262A30);
  s.heap.legendBorder = rgb(0x464C56);
  return s;
}

// The chapters' own diagrams (PRODUCT.md): cream cards with tan borders, brown text,
// rust strong arrows, red dashed weak ones. Body text is a darker brown than the
// diagrams' so that paragraphs stay readable.
Style tutorial() {
  Style s;
  // The diagrams have no marks, ghosts, highlights or legend: those are the light theme's.
  s.heap = light().heap;
  s.background = rgb(0xF6F1EA);
  s.panel = rgb(0xFFFDFA);
  s.panelBorder = rgb(0xDBAF88);
  s.bar = rgb(0xF0E6DA);
  s.text = rgb(0x4A3217);
  s.mutedText = rgb(0x846A51);
  s.heading = rgb(0x96601F);
  s.title = rgb(0x6B4215);
  s.currentLine = rgb(0xFBE3C8);
  s.currentMarker = rgb(0xC06334);
  s.selection = rgb(0xFBF2EC);
  s.error = rgb(0xAC4343);
  s.errorFill = rgb(0xF8E4E0);
  s.accent = rgb(0x96601F);
  s.accentText = rgb(0xFFFFFF);
  s.track = rgb(0xE6CDB3);
  s.strong = rgb(0xC06334);
  s.weak = rgb(0xAC4343);
  s.callback = rgb(0x7A8F3A);
  s.chartBytes = rgb(0xDBAF88);
  s.heap.background = rgb(0xFFFFFF);
  // The tutorial's brown, darkened to read at 4.5:1 on its cream (ThemeContrastTest).
  s.heap.text = rgb(0x8E5A1E);
  s.heap.mutedText = rgb(0x96601F);
  s.heap.cardFill = rgb(0xFBF2EC);
  s.heap.cardHeaderFill = rgb(0xFBF2EC);
  s.heap.cardBorder = rgb(0xDBAF88);
  s.heap.rootFill = rgb(0xFBF2EC);
  s.heap.rootBorder = rgb(0xDBAF88);
  return s;
}

ImVec4 toVec4(ImU32 colour) { return ImGui::ColorConvertU32ToFloat4(colour); }

ImVec4 withAlpha(ImU32 colour, float alpha) {
  ImVec4 v = toVec4(colour);
  v.w = alpha;
  return v;
}

}  // namespace

ImU32 Style::frameColour(int frame) const {
  // Distinct in hue and readable on both light and dark faces.
  static constexpr std::array<ImU32, 6> kFrames = {rgb(0x3B7DD8), rgb(0x2E8B68), rgb(0x9B59B6),
                                                   rgb(0xD35400), rgb(0x16A0A8), rgb(0xC0392B)};
  return kFrames[static_cast<std::size_t>(frame < 0 ? 0 : frame) % kFrames.size()];
}

Style Style::forTheme(Theme theme, float scale) {
  Style style = theme == Theme::Dark ? dark() : theme == Theme::Tutorial ? tutorial() : light();
  style.theme = theme;
  style.scale = scale;
  return style;
}

void Style::applyToImGui() const {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(padding(), padding());
  style.FramePadding = ImVec2(pixels(8), pixels(5));
  style.ItemSpacing = ImVec2(pixels(8), pixels(6));
  style.ItemInnerSpacing = ImVec2(pixels(6), pixels(4));
  style.ScrollbarSize = pixels(12);
  style.GrabMinSize = pixels(12);
  style.WindowRounding = rounding();
  style.ChildRounding = rounding();
  style.FrameRounding = pixels(4);
  style.PopupRounding = pixels(4);
  style.ScrollbarRounding = pixels(6);
  style.GrabRounding = pixels(4);
  style.WindowBorderSize = 1.0f;
  style.ChildBorderSize = 1.0f;
  style.PopupBorderSize = 1.0f;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = toVec4(text);
  c[ImGuiCol_TextDisabled] = toVec4(mutedText);
  c[ImGuiCol_WindowBg] = toVec4(panel);
  c[ImGuiCol_ChildBg] = toVec4(panel);
  c[ImGuiCol_PopupBg] = toVec4(panel);
  c[ImGuiCol_Border] = toVec4(panelBorder);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = toVec4(background);
  c[ImGuiCol_FrameBgHovered] = toVec4(selection);
  c[ImGuiCol_FrameBgActive] = toVec4(selection);
  c[ImGuiCol_TitleBg] = toVec4(bar);
  c[ImGuiCol_TitleBgActive] = toVec4(bar);
  c[ImGuiCol_TitleBgCollapsed] = toVec4(bar);
  c[ImGuiCol_MenuBarBg] = toVec4(bar);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = toVec4(track);
  c[ImGuiCol_ScrollbarGrabHovered] = toVec4(mutedText);
  c[ImGuiCol_ScrollbarGrabActive] = toVec4(heading);
  c[ImGuiCol_CheckMark] = toVec4(accent);
  c[ImGuiCol_SliderGrab] = toVec4(accent);
  c[ImGuiCol_SliderGrabActive] = toVec4(accent);
  c[ImGuiCol_Button] = toVec4(bar);
  c[ImGuiCol_ButtonHovered] = toVec4(selection);
  c[ImGuiCol_ButtonActive] = toVec4(track);
  c[ImGuiCol_Header] = toVec4(selection);
  c[ImGuiCol_HeaderHovered] = toVec4(selection);
  c[ImGuiCol_HeaderActive] = toVec4(track);
  c[ImGuiCol_Separator] = toVec4(panelBorder);
  c[ImGuiCol_SeparatorHovered] = toVec4(mutedText);
  c[ImGuiCol_SeparatorActive] = toVec4(heading);
  c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ResizeGripHovered] = toVec4(track);
  c[ImGuiCol_ResizeGripActive] = toVec4(mutedText);
  c[ImGuiCol_TextSelectedBg] = withAlpha(accent, 0.30f);
  c[ImGuiCol_NavHighlight] = toVec4(accent);
  c[ImGuiCol_ModalWindowDimBg] = withAlpha(text, 0.35f);
  c[ImGuiCol_PlotLines] = toVec4(strong);
  c[ImGuiCol_PlotHistogram] = toVec4(strong);
  c[ImGuiCol_TableHeaderBg] = toVec4(bar);
  c[ImGuiCol_TableBorderLight] = toVec4(panelBorder);
  c[ImGuiCol_TableBorderStrong] = toVec4(panelBorder);
}

}  // namespace reachable
