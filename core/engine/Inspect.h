#pragma once

#include <string>

#include "engine/Engine.h"

namespace reachable {

// Node 20's util.inspect with console.log's options: how a value prints.
std::string inspect(Engine& engine, Value value);
// console.log's formatting of its arguments (util.formatWithOptions): format
// specifiers when the first argument is a string, then the rest inspected, joined by
// spaces; strings print bare at the top level.
std::string formatLogArguments(Engine& engine, std::span<const Value> args);

}  // namespace reachable
