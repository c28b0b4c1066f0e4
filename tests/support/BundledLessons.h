#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace reachable {

// The names of the bundled lessons in a folder (each NAME.json), sorted: for tests
// that take every lesson in turn.
inline std::vector<std::string> bundledLessonNames(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace reachable
