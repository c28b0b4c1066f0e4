#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace reachable {

// One folder as the Open dialog lists it: its subfolders, then the files the program
// can open (.json scenarios, .js/.mjs programs), each group by name; hidden entries
// (a leading dot) left out.
class DirectoryListing {
 public:
  struct Entry {
    std::string name;
    bool isDirectory = false;
  };

  explicit DirectoryListing(const std::filesystem::path& directory);

  const std::filesystem::path& directory() const { return directory_; }
  std::span<const Entry> entries() const { return entries_; }
  // Empty unless the folder could not be read.
  const std::string& error() const { return error_; }

  static bool canOpen(const std::filesystem::path& file);

 private:
  std::filesystem::path directory_;
  std::vector<Entry> entries_;
  std::string error_;
};

}  // namespace reachable
