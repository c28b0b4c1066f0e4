#include "Theme.h"

namespace reachable {

std::string_view themeName(Theme theme) {
  switch (theme) {
    case Theme::Light: return "light";
    case Theme::Dark: return "dark";
    case Theme::Tutorial: return "tutorial";
  }
  return "light";
}

std::string_view themeTitle(Theme theme) {
  switch (theme) {
    case Theme::Light: return "Light";
    case Theme::Dark: return "Dark";
    case Theme::Tutorial: return "Tutorial";
  }
  return "Light";
}

std::optional<Theme> parseTheme(std::string_view name) {
  for (Theme theme : kThemes)
    if (themeName(theme) == name) return theme;
  return std::nullopt;
}

}  // namespace reachable
