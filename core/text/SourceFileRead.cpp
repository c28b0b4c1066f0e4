#include "text/SourceFileRead.h"

#include <cerrno>
#include <cstdio>
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <memory>

namespace reachable {

namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

std::string sizeInMebibytes(std::size_t bytes) {
  return bytes % (1u << 20) == 0 ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

}  // namespace

std::optional<std::string> readSourceFileBytes(const std::string& path, std::string& error, std::size_t maxBytes) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "is a directory";
    return std::nullopt;
  }
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    error = std::string("cannot read file: ") + std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes;
  char piece[64 * 1024];
  // One byte past the limit tells a file of exactly the limit from a larger one.
  while (bytes.size() <= maxBytes) {
    std::size_t wanted = std::min(sizeof piece, maxBytes + 1 - bytes.size());
    std::size_t got = std::fread(piece, 1, wanted, file.get());
    bytes.append(piece, got);
    if (got < wanted) break;
  }
  if (std::ferror(file.get())) {
    error = std::string("cannot read file: ") + std::strerror(errno);
    return std::nullopt;
  }
  if (bytes.size() > maxBytes) {
    error = "the file is larger than " + sizeInMebibytes(maxBytes) + ", the most a program or scenario may hold";
    return std::nullopt;
  }
  return bytes;
}

}  // namespace reachable
