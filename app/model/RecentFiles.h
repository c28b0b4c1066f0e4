#pragma once

#include <cstddef>
#include <filesystem>
#include <span>
#include <vector>

namespace reachable {

// The files opened last, newest first, each once; what File > Open Recent lists.
class RecentFiles {
 public:
  static constexpr std::size_t kMaxFiles = 10;

  RecentFiles() = default;
  explicit RecentFiles(std::vector<std::filesystem::path> files);

  std::span<const std::filesystem::path> files() const { return files_; }
  void add(const std::filesystem::path& file);
  void remove(const std::filesystem::path& file);
  void clear() { files_.clear(); }

 private:
  std::vector<std::filesystem::path> files_;
};

}  // namespace reachable
