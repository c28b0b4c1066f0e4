#pragma once

#include <optional>
#include <string>

namespace reachable::cli {

// Reads a file's bytes (whether they are UTF-8 is the lesson file's to check). On
// failure returns nothing and sets `error` to a complete diagnostic line naming
// the file ("FILE: error: ...").
std::optional<std::string> readSourceFile(const std::string& path, std::string& error);

}  // namespace reachable::cli
