#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace reachable {

// The most a program or scenario file may hold. Far above any lesson, far below
// what would exhaust memory: a larger file (or an endless device) is refused,
// never read whole.
inline constexpr std::size_t kMaxSourceFileBytes = std::size_t{16} << 20;

// Reads a source file in bounded pieces. On failure returns nothing and sets
// `error` to what went wrong, without the file's name ("is a directory", "larger
// than 16 MiB, ...", the system's reason).
std::optional<std::string> readSourceFileBytes(const std::string& path, std::string& error,
                                               std::size_t maxBytes = kMaxSourceFileBytes);

}  // namespace reachable
