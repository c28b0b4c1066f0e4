#include "MenuBar.h"

#include <cmath>
#include <string_view>

namespace reachable {
namespace {

bool item(const char* label, Command command) { return ImGui::MenuItem(label, std::string(keysFor(command)).c_str()); }

void fileMenu(const MenuBarState& state, MenuChoice& choice) {
  if (!ImGui::BeginMenu("File")) return;
  if (item("Open…", Command::Open)) choice.command = Command::Open;
  if (ImGui::BeginMenu("Open Recent", !state.recentFiles.files().empty())) {
    for (const auto& file : state.recentFiles.files())
      if (ImGui::MenuItem(file.filename().string().c_str())) choice.recentFile = file;
    ImGui::Separator();
    if (ImGui::MenuItem("Clear the list")) choice.clearRecent = true;
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem("Reload", nullptr, false, state.canReload)) choice.reload = true;
  ImGui::Separator();
  if (item("Save", Command::Save)) choice.command = Command::Save;
  if (ImGui::MenuItem("Save As…")) choice.saveAs = true;
  if (item("Export heap PNG", Command::ExportPng)) choice.command = Command::ExportPng;
  if (ImGui::MenuItem("Export heap PNG to…")) choice.exportTo = true;
  if (ImGui::MenuItem("Export at 2× (for slides)", nullptr, state.exportTwice)) choice.toggleExportTwice = true;
  ImGui::Separator();
  if (ImGui::MenuItem("Quit")) choice.quit = true;
  ImGui::EndMenu();
}

void viewMenu(const MenuBarState& state, MenuChoice& choice) {
  if (!ImGui::BeginMenu("View")) return;
  if (ImGui::MenuItem("Edit the program")) choice.editProgram = true;
  if (item("Run again", Command::Rerun)) choice.command = Command::Rerun;
  if (item("Collect now", Command::CollectNow)) choice.command = Command::CollectNow;
  ImGui::Separator();
  // Iterator results, promise resolvers and the like: made by the engine, not written
  // by the program; the heap panel's header counts them while they are hidden.
  if (ImGui::MenuItem("Show engine objects", nullptr, state.showEngineObjects)) choice.toggleEngineObjects = true;
  ImGui::Separator();
  if (item("Larger type", Command::ScaleUp)) choice.command = Command::ScaleUp;
  if (item("Smaller type", Command::ScaleDown)) choice.command = Command::ScaleDown;
  if (item("Type at 100 %", Command::ScaleReset)) choice.command = Command::ScaleReset;
  if (item("Presentation mode", Command::Presentation)) choice.command = Command::Presentation;
  ImGui::EndMenu();
}

void scenariosMenu(const MenuBarState& state, MenuChoice& choice) {
  if (!ImGui::BeginMenu("Scenarios")) return;
  for (const CatalogueEntry& entry : state.catalogue.entries()) {
    if (ImGui::MenuItem(entry.title.c_str())) choice.scenario = &entry;
    if (ImGui::IsItemHovered() && !entry.summary.empty()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
      ImGui::TextUnformatted(entry.summary.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
  ImGui::EndMenu();
}

void helpMenu(MenuChoice& choice) {
  if (!ImGui::BeginMenu("Help")) return;
  if (item("Keys", Command::Help)) choice.command = Command::Help;
  ImGui::EndMenu();
}

void rightSide(const PanelContext& context, const MenuBarState& state, MenuChoice& choice) {
  const std::string theme = "Theme: " + std::string(themeTitle(state.theme));
  const std::string scale = std::to_string(static_cast<int>(std::lround(state.scale * 100))) + " %";
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(theme.c_str()).x + ImGui::CalcTextSize(scale.c_str()).x +
                      ImGui::CalcTextSize("−+").x + style.ItemSpacing.x * 8 + style.FramePadding.x * 8;
  ImGui::SetCursorPosX(ImGui::GetWindowWidth() - width);
  if (ImGui::BeginMenu(theme.c_str())) {
    for (Theme option : kThemes)
      if (ImGui::MenuItem(std::string(themeTitle(option)).c_str(), nullptr, option == state.theme))
        choice.theme = option;
    ImGui::EndMenu();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, context.style.mutedText);
  if (ImGui::MenuItem("\xE2\x88\x92")) choice.command = Command::ScaleDown;  // −
  ImGui::PopStyleColor();
  if (ImGui::MenuItem(scale.c_str())) choice.command = Command::ScaleReset;
  ImGui::PushStyleColor(ImGuiCol_Text, context.style.mutedText);
  if (ImGui::MenuItem("+")) choice.command = Command::ScaleUp;
  ImGui::PopStyleColor();
}

}  // namespace

MenuChoice drawMenuBar(const PanelContext& context, const MenuBarState& state) {
  MenuChoice choice;
  if (!ImGui::BeginMainMenuBar()) return choice;
  fileMenu(state, choice);
  viewMenu(state, choice);
  scenariosMenu(state, choice);
  helpMenu(choice);
  ImGui::PushFont(context.fonts.bold);
  const float titleWidth = ImGui::CalcTextSize(state.title.c_str()).x;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), (ImGui::GetWindowWidth() - titleWidth) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, context.style.title);
  ImGui::TextUnformatted(state.title.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  rightSide(context, state, choice);
  ImGui::EndMainMenuBar();
  return choice;
}

}  // namespace reachable
