#pragma once

#include "RecentFiles.h"
#include "Theme.h"
#include "UiScale.h"

#include <filesystem>
#include <string>

namespace reachable {

// What the program remembers between runs, in settings.json of the settings folder.
// ImGui's own window state lives beside it in imgui.ini.
struct Settings {
  Theme theme = Theme::Light;
  double scale = UiScale::kDefault;
  double speed = 1.0;
  bool showEngineObjects = false;  // the heap view's cards for what the engine made on the program's behalf
  RecentFiles recentFiles;
  bool exportTwice = false;  // heap pictures at twice the pixels, for slides
  std::string exportFolder;  // where the heap picture last went (ExportTarget.h); empty: never yet
  int windowWidth = 1280;
  int windowHeight = 800;

  static constexpr const char* kFileName = "settings.json";
};

// Missing, unreadable or malformed settings give the defaults, value by value: a bad
// theme name never costs the recent files.
Settings loadSettings(const std::filesystem::path& file);
// Throws std::runtime_error when the file cannot be written.
void saveSettings(const Settings& settings, const std::filesystem::path& file);

std::string settingsToJson(const Settings& settings);
Settings settingsFromJson(std::string_view json);

}  // namespace reachable
