#pragma once

#include "scenario/JsonValue.h"

#include <string>
#include <string_view>
#include <variant>

namespace reachable {

struct JsonSyntaxError {
  TextPlace place;
  std::string message;
};

// No scenario needs more; the limit keeps a hostile file from exhausting the stack.
inline constexpr int kMaxJsonDepth = 64;

// Reads one JSON document (RFC 8259) from valid UTF-8 text. Stops at the first
// syntax error, which names what was expected and where.
std::variant<JsonValue, JsonSyntaxError> readJson(std::string_view text);

}  // namespace reachable
