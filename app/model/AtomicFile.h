#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace reachable {

// Writes `text` beside `file` and renames it over, so that a failed write or a crash
// never leaves half a file. Returns an error message, empty on success.
std::string writeFileAtomically(const std::filesystem::path& file, std::string_view text);

// The whole file, or nothing when it cannot be read.
std::optional<std::string> readWholeFile(const std::filesystem::path& file);

}  // namespace reachable
