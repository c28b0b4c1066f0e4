#include "DirectoryListing.h"

#include <algorithm>

namespace reachable {

DirectoryListing::DirectoryListing(const std::filesystem::path& directory) : directory_(directory) {
  std::error_code error;
  std::filesystem::directory_iterator entries(directory, error);
  for (; !error && entries != std::filesystem::directory_iterator(); entries.increment(error)) {
    const auto name = entries->path().filename().string();
    if (name.starts_with('.')) continue;
    std::error_code kind;  // a broken link or a vanished entry is simply left out
    const bool isDirectory = entries->is_directory(kind);
    if (isDirectory || canOpen(entries->path())) entries_.push_back({name, isDirectory});
  }
  if (error) error_ = "cannot read " + directory.string() + ": " + error.message();
  std::ranges::sort(entries_, [](const Entry& a, const Entry& b) {
    return a.isDirectory != b.isDirectory ? a.isDirectory : a.name < b.name;
  });
}

bool DirectoryListing::canOpen(const std::filesystem::path& file) {
  const auto extension = file.extension();
  return extension == ".json" || extension == ".js" || extension == ".mjs";
}

}  // namespace reachable
