#pragma once

#include <filesystem>
#include <optional>

namespace reachable {

// Where the program keeps its settings: $XDG_CONFIG_HOME/reachable, else
// ~/.config/reachable, created when missing. Nothing when neither can be made, so that
// settings are never written into the working folder.
std::optional<std::filesystem::path> settingsDirectory();

}  // namespace reachable
