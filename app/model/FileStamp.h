#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

namespace reachable {

// What changes when a file is saved: its modification time and its size. Comparing
// stamps is how the program notices an author saving the open file (polling is
// portable and costs one stat a second).
struct FileStamp {
  std::filesystem::file_time_type modified;
  std::uintmax_t size = 0;

  friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

// Nothing when the file cannot be read (an editor may briefly remove it while saving).
std::optional<FileStamp> stampOf(const std::filesystem::path& file);

}  // namespace reachable
