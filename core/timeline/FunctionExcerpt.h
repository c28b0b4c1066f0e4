#pragma once

#include <string>
#include <string_view>

namespace reachable {

// What a card calls a function the program left nameless: the start of its source,
// short enough for a title. A short function shows whole (`() => ++n`); a longer one
// up to its body (`(resolve) => …`, `function (a, b) …`).
std::string functionExcerpt(std::string_view source);

}  // namespace reachable
