#pragma once

#include <string_view>

#include "engine/Engine.h"

namespace reachable {

// Creates the global object's properties and the built-in prototypes' methods.
void installBuiltins(Engine& engine);

// Each group of built-ins installs itself; installBuiltins calls them in order.
void installObjectBuiltins(Engine& engine);
void installFunctionBuiltins(Engine& engine);
void installErrorBuiltins(Engine& engine);
void installGlobalBuiltins(Engine& engine);
void installConsoleBuiltins(Engine& engine);

// Helpers for defining built-ins the way ECMA-262 lays them out: methods are
// writable, configurable and not enumerable.
Value defineMethod(Engine& engine, CellId target, std::string_view name, NativeFunction fn, std::uint32_t length);
Value defineMethod(Engine& engine, CellId target, Value key, std::string_view name, NativeFunction fn,
                   std::uint32_t length);
void defineValue(Engine& engine, CellId target, std::string_view name, Value value,
                 std::uint8_t attributes = kWritable | kConfigurable);
void defineGetter(Engine& engine, CellId target, Value key, std::string_view name, NativeFunction fn);
// A constructor with its prototype linked both ways, installed on the global object.
Value defineConstructor(Engine& engine, std::string_view name, NativeFunction fn, std::uint32_t length,
                        CellId prototype);

}  // namespace reachable
