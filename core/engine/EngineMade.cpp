#include "engine/EngineMade.h"

#include "engine/Builtins.h"

namespace reachable {

namespace {

// A built-in makes its answer itself; a bound function passes on what its target,
// perhaps the program's, made.
bool isBuiltIn(const Engine& engine, Value function) {
  if (!engine.isCallable(function)) return false;
  const auto& fn = engine.heap().as<JSFunction>(function);
  return !fn.code && !isBoundFunction(fn);
}

}  // namespace

void markEngineMade(Engine& engine, Value v) {
  if (!v.isObject()) return;
  HeapCell& cell = engine.heap().get(v.asCell());
  if (cell.flags & HeapCell::kEngineMade) return;
  cell.flags |= HeapCell::kEngineMade;
  // A card recorded before the mark (the spread arguments of a call whose other
  // arguments ran statements) is recorded again with it.
  engine.heap().noteWrite(cell);
}

Value callForEngine(Engine& engine, Value function, Value thisValue, std::span<const Value> args) {
  const std::uint32_t firstNew = engine.heap().nextSerial();
  Value result = engine.call(function, thisValue, args);
  if (result.isObject() && isBuiltIn(engine, function) && engine.heap().get(result.asCell()).serial >= firstNew)
    markEngineMade(engine, result);
  return result;
}

}  // namespace reachable
