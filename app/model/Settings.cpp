#include "Settings.h"

#include "AtomicFile.h"
#include "Player.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <stdexcept>

namespace reachable {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kMinWindowSide = 320;
constexpr int kMaxWindowSide = 16384;

template <typename T>
T valueOr(const Json& json, const char* key, T fallback) {
  const auto found = json.find(key);
  if (found == json.end()) return fallback;
  if constexpr (std::is_same_v<T, std::string>) {
    return found->is_string() ? found->template get<std::string>() : fallback;
  } else {
    return found->is_number() ? found->template get<T>() : fallback;
  }
}

RecentFiles recentFilesFrom(const Json& json) {
  std::vector<std::filesystem::path> files;
  if (const auto list = json.find("recentFiles"); list != json.end() && list->is_array())
    for (const Json& file : *list)
      if (file.is_string()) files.emplace_back(file.get<std::string>());
  return RecentFiles(std::move(files));
}

}  // namespace

std::string settingsToJson(const Settings& settings) {
  Json recent = Json::array();
  for (const auto& file : settings.recentFiles.files()) recent.push_back(file.string());
  const Json json = {
      {"theme", themeName(settings.theme)},
      {"scale", settings.scale},
      {"speed", settings.speed},
      {"showEngineObjects", settings.showEngineObjects},
      {"exportTwice", settings.exportTwice},
      {"exportFolder", settings.exportFolder},
      {"recentFiles", recent},
      {"window", {{"width", settings.windowWidth}, {"height", settings.windowHeight}}},
  };
  return json.dump(2) + "\n";
}

Settings settingsFromJson(std::string_view text) {
  Settings settings;
  const Json json = Json::parse(text, nullptr, false);
  if (!json.is_object()) return settings;
  settings.theme = parseTheme(valueOr<std::string>(json, "theme", "")).value_or(settings.theme);
  settings.scale = UiScale::nearestLevel(valueOr(json, "scale", settings.scale));
  settings.speed =
      std::clamp(valueOr(json, "speed", settings.speed), std::begin(Player::kSpeeds)[0], std::end(Player::kSpeeds)[-1]);
  if (const auto show = json.find("showEngineObjects"); show != json.end() && show->is_boolean())
    settings.showEngineObjects = show->get<bool>();
  if (const auto twice = json.find("exportTwice"); twice != json.end() && twice->is_boolean())
    settings.exportTwice = twice->get<bool>();
  if (const auto folder = json.find("exportFolder"); folder != json.end() && folder->is_string())
    settings.exportFolder = folder->get<std::string>();
  settings.recentFiles = recentFilesFrom(json);
  if (const auto window = json.find("window"); window != json.end() && window->is_object()) {
    settings.windowWidth = std::clamp(valueOr(*window, "width", settings.windowWidth), kMinWindowSide, kMaxWindowSide);
    settings.windowHeight =
        std::clamp(valueOr(*window, "height", settings.windowHeight), kMinWindowSide, kMaxWindowSide);
  }
  return settings;
}

Settings loadSettings(const std::filesystem::path& file) {
  const auto text = readWholeFile(file);
  return text ? settingsFromJson(*text) : Settings{};
}

void saveSettings(const Settings& settings, const std::filesystem::path& file) {
  if (auto error = writeFileAtomically(file, settingsToJson(settings)); !error.empty()) throw std::runtime_error(error);
}

}  // namespace reachable
