#pragma once

#include <optional>
#include <string_view>

namespace reachable {

// The three looks of the program (PRODUCT.md, "Classroom").
enum class Theme { Light, Dark, Tutorial };

inline constexpr Theme kThemes[] = {Theme::Light, Theme::Dark, Theme::Tutorial};

std::string_view themeName(Theme theme);                 // "light", "dark", "tutorial"
std::string_view themeTitle(Theme theme);                // "Light", "Dark", "Tutorial"
std::optional<Theme> parseTheme(std::string_view name);  // from themeName()

}  // namespace reachable
