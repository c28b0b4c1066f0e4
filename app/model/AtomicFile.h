#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace reachable {

// Writes `text` beside `file` and renames it over, so that a failed write or a crash
// never leaves half a file. Returns an error message, empty on success.
std::string writeFileAtomically(const std::filesystem::path& file, std::string_view text);

// The whole file, read in bounded pieces (at most kMaxSourceFileBytes: never an endless
// device), or nothing when it cannot be read; then `why`, when given, says why
// ("No such file or directory", "is a directory", "larger than 16 MiB …").
std::optional<std::string> readWholeFile(const std::filesystem::path& file, std::string* why = nullptr);

}  // namespace reachable
