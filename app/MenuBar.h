#pragma once

#include "PanelFrame.h"
#include "RecentFiles.h"
#include "ScenarioCatalogue.h"
#include "ShortcutTable.h"
#include "Theme.h"

#include <filesystem>
#include <optional>
#include <string>

namespace reachable {

// What the user picked from the menu bar this frame, if anything.
struct MenuChoice {
  std::optional<Command> command;
  const CatalogueEntry* scenario = nullptr;
  std::optional<std::filesystem::path> recentFile;
  std::optional<Theme> theme;
  bool saveAs = false;
  bool exportTo = false;  // export the heap picture into a folder and name the learner picks
  bool toggleExportTwice = false;
  bool reload = false;
  bool editProgram = false;
  bool toggleEngineObjects = false;
  bool clearRecent = false;
  bool quit = false;
};

struct MenuBarState {
  std::string title;  // the scenario's, centred
  Theme theme = Theme::Light;
  double scale = 1.0;
  bool canReload = false;
  bool showEngineObjects = false;
  bool exportTwice = false;
  const RecentFiles& recentFiles;
  const ScenarioCatalogue& catalogue;
};

// File, View, Scenarios and Help on the left, the title centred, theme and scale on
// the right.
MenuChoice drawMenuBar(const PanelContext& context, const MenuBarState& state);

}  // namespace reachable
