#include "SourceFile.h"

#include "text/Utf8.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace reachable::cli {

std::optional<std::string> readSourceFile(const std::string& path, std::string& error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = path + ": error: is a directory";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": error: cannot read file: " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    error = path + ": error: cannot read file";
    return std::nullopt;
  }
  std::string source = std::move(text).str();
  if (const auto bad = utf8::findInvalid(source)) {
    error = path + ":" + std::to_string(bad->line) + ":" + std::to_string(bad->column) + ": error: invalid UTF-8";
    return std::nullopt;
  }
  return source;
}

}  // namespace reachable::cli
