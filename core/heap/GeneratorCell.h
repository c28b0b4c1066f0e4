#pragma once

#include <cstdint>
#include <deque>

#include "heap/JSObject.h"

namespace reachable {

// ECMA-262's [[GeneratorState]] and [[AsyncGeneratorState]]: not started, parked at
// a `yield`, running, done; an async generator also parks at an `await` (running,
// as far as its queue is concerned), awaits the value of a return() once done, and
// awaits it too, parked in yield*, before its delegate gets it (Awaiting).
enum class GeneratorState : std::uint8_t {
  SuspendedStart,
  SuspendedYield,
  Executing,
  Awaiting,
  AwaitingReturn,
  Completed
};

// An async generator's pending next(v), throw(v) or return(v): the mode is an
// Interpreter::ResumeMode, and the promise the call returned settles with its outcome.
struct GeneratorRequest {
  std::uint8_t mode = 0;
  Value value;
  Value promise;
};

// What a call of a generator function returns. While the generator is suspended its
// frame is parked in the heap (an AsyncFrame cell, as an awaiting async function's
// is), and this object is the only thing that holds it: an unfinished generator
// keeps its locals alive, and one the program drops lets them go. An async
// generator awaiting something is held by its parked frame instead, which the
// awaited promise's reaction holds.
struct GeneratorObject : JSObject {
  explicit GeneratorObject(CellId prototype) : JSObject(CellKind::Generator, prototype) {}
  GeneratorState state = GeneratorState::SuspendedStart;
  Value frame;  // the parked frame while suspended (or awaiting a return() in yield*); undefined while running or done
  bool isAsync = false;
  std::deque<GeneratorRequest> queue;  // an async generator's requests, oldest first
};

}  // namespace reachable
