#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/Engine.h"

namespace reachable {

// GetSubstitution (ECMA-262 §22.1.3.19.1): `replacement` with its $ patterns ($$, $&,
// $`, $', $1…$99, $<name>) filled from a match of `matched` at `position` in `str`.
// `captures` are the match's groups (nullopt when unset); `namedCaptures` is the
// match's `groups`, undefined when it has none. nullopt when reading a group threw.
std::optional<std::u16string> getSubstitution(Engine& engine, const std::u16string& matched, const std::u16string& str,
                                              std::size_t position,
                                              const std::vector<std::optional<std::u16string>>& captures,
                                              Value namedCaptures, const std::u16string& replacement);

}  // namespace reachable
