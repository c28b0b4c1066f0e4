#include "FileStamp.h"

namespace reachable {

std::optional<FileStamp> stampOf(const std::filesystem::path& file) {
  std::error_code error;
  const auto modified = std::filesystem::last_write_time(file, error);
  if (error) return std::nullopt;
  const auto size = std::filesystem::file_size(file, error);
  if (error) return std::nullopt;
  return FileStamp{modified, size};
}

}  // namespace reachable
