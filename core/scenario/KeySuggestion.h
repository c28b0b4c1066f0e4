#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace reachable {

// The known key closest to a misspelt one, if it is within two edits (insert,
// delete, substitute, or swap two neighbours: "titel" is one edit from "title").
std::optional<std::string_view> suggestKey(std::string_view unknown, std::span<const std::string_view> known);

}  // namespace reachable
