#pragma once

#include <span>
#include <string>

#include "engine/Engine.h"

namespace reachable {

// The util.inspect options that console.log and its format specifiers change.
struct InspectOptions {
  int depth = 2;            // deeper objects print as [Object], [Array], [ClassName]; -1: the value itself
  bool showHidden = false;  // %o: non-enumerable keys as [key], WeakMap/WeakSet entries
  int breakLength = 80;     // console.table's cells: never broken
  int maxArrayLength = 100;
};

// Node 20's util.inspect: how a value prints. Getters are never invoked; the only
// user code that can run is a Symbol.toStringTag getter, as in Node. When it throws,
// the error is left pending in the engine.
std::string inspect(Engine& engine, Value value, const InspectOptions& options = {});

// console.log's formatting of its arguments (util.formatWithOptions): format
// specifiers when the first argument is a string, then the rest inspected, joined by
// spaces; strings print bare at the top level. %s, %d, %i, %f and %j may run user
// code (toString, valueOf, toJSON); when it throws, the error is left pending.
std::string formatLogArguments(Engine& engine, std::span<const Value> args);

}  // namespace reachable
