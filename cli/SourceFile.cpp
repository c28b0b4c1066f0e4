#include "SourceFile.h"

#include "text/SourceFileRead.h"

namespace reachable::cli {

std::optional<std::string> readSourceFile(const std::string& path, std::string& error) {
  auto bytes = readSourceFileBytes(path, error);
  if (!bytes) error = path + ": error: " + error;
  return bytes;
}

}  // namespace reachable::cli
