#include "RecentFiles.h"

#include <algorithm>

namespace reachable {

RecentFiles::RecentFiles(std::vector<std::filesystem::path> files) {
  // Oldest first, so that add() leaves the first given file on top.
  for (auto file = files.rbegin(); file != files.rend(); ++file) add(*file);
}

void RecentFiles::add(const std::filesystem::path& file) {
  remove(file);
  files_.insert(files_.begin(), file.lexically_normal());
  if (files_.size() > kMaxFiles) files_.resize(kMaxFiles);
}

void RecentFiles::remove(const std::filesystem::path& file) { std::erase(files_, file.lexically_normal()); }

}  // namespace reachable
