#include "AtomicFile.h"

#include <cerrno>
#include <cstring>
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
  const auto fail = [why](std::string reason) -> std::optional<std::string> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  std::error_code error;
  if (std::filesystem::is_directory(file, error)) return fail("it is a folder");
  errno = 0;
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(errno ? std::strerror(errno) : "it cannot be opened");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return fail(errno ? std::strerror(errno) : "reading it failed");
  return std::move(text).str();
}

}  // namespace reachable
