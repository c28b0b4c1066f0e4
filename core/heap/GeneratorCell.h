#pragma once

#include <cstdint>

#include "heap/JSObject.h"

namespace reachable {

// ECMA-262's [[GeneratorState]]: not started, parked at a `yield`, running, or done.
enum class GeneratorState : std::uint8_t { SuspendedStart, SuspendedYield, Executing, Completed };

// What a call of a generator function returns. While the generator is suspended its
// frame is parked in the heap (an AsyncFrame cell, as an awaiting async function's
// is), and this object is the only thing that holds it: an unfinished generator
// keeps its locals alive, and one the program drops lets them go.
struct GeneratorObject : JSObject {
  explicit GeneratorObject(CellId prototype) : JSObject(CellKind::Generator, prototype) {}
  GeneratorState state = GeneratorState::SuspendedStart;
  Value frame;  // the parked frame while suspended; undefined while running or done
};

}  // namespace reachable
