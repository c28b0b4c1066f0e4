#include "AtomicFile.h"

#include "text/SourceFileRead.h"

#include <fstream>
#include <sstream>

namespace reachable {

std::string writeFileAtomically(const std::filesystem::path& file, std::string_view text) {
  const auto partial = std::filesystem::path(file) += ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out.flush()) return "cannot write " + partial.string();
  }
  std::error_code error;
  std::filesystem::rename(partial, file, error);
  if (error) {
    const std::string message = "cannot write " + file.string() + ": " + error.message();
    std::filesystem::remove(partial, error);
    return message;
  }
  return "";
}

std::optional<std::string> readWholeFile(const std::filesystem::path& file, std::string* why) {
  std::string error;
  auto bytes = readSourceFileBytes(file.string(), error);
  if (!bytes && why) *why = std::move(error);
  return bytes;
}

}  // namespace reachable
