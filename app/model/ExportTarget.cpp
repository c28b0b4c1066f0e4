#include "ExportTarget.h"

#include <system_error>

namespace reachable {
namespace {

namespace fs = std::filesystem;

bool holdsLessons(const fs::path& folder) {
  std::error_code error;
  for (fs::directory_iterator entry(folder, error), end; !error && entry != end; entry.increment(error))
    if (entry->path().extension() == ".json") return true;
  return false;
}

bool sameFolder(const fs::path& a, const fs::path& b) {
  std::error_code error;
  return !b.empty() && fs::equivalent(a, b, error) && !error;
}

}  // namespace

bool acceptsPictures(const fs::path& folder, const fs::path& programFolder) {
  std::error_code error;
  return !folder.empty() && fs::is_directory(folder, error) && !sameFolder(folder, programFolder) &&
         !holdsLessons(folder);
}

fs::path exportFolder(const fs::path& last, const fs::path& home, const fs::path& programFolder) {
  for (const fs::path& folder : {last, home.empty() ? fs::path() : home / "Pictures", home})
    if (acceptsPictures(folder, programFolder)) return folder;
  std::error_code error;
  const fs::path temporary = fs::temp_directory_path(error);
  return error ? fs::path("/tmp") : temporary;
}

fs::path freshPicture(const fs::path& folder, const std::string& stem) {
  std::error_code error;
  fs::path file = folder / (stem + ".png");
  for (int n = 2; fs::exists(file, error) && n < 10'000; ++n) file = folder / (stem + "-" + std::to_string(n) + ".png");
  return file;
}

}  // namespace reachable
