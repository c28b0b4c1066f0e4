#include "SettingsDirectory.h"

#include <cstdlib>
#include <iostream>
#include <system_error>

namespace reachable {
namespace {

// The XDG base directory specification says to ignore a relative XDG_CONFIG_HOME.
std::optional<std::filesystem::path> configHome() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && std::filesystem::path(xdg).is_absolute())
    return std::filesystem::path(xdg);
  if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".config";
  return std::nullopt;
}

}  // namespace

std::optional<std::filesystem::path> settingsDirectory() {
  const auto home = configHome();
  if (!home) {
    std::cerr << "reachable: neither XDG_CONFIG_HOME nor HOME is set; settings will not be saved\n";
    return std::nullopt;
  }
  const auto directory = *home / "reachable";
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    std::cerr << "reachable: cannot create " << directory << " (" << error.message()
              << "); settings will not be saved\n";
    return std::nullopt;
  }
  return directory;
}

}  // namespace reachable
