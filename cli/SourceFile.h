#pragma once

#include <optional>
#include <string>

namespace reachable::cli {

// Reads a program's text. On failure returns nothing and sets `error` to a
// complete diagnostic line naming the file ("FILE: error: ..." or, for bad
// UTF-8, "FILE:LINE:COL: error: invalid UTF-8").
std::optional<std::string> readSourceFile(const std::string& path, std::string& error);

}  // namespace reachable::cli
