#pragma once

#include "engine/Builtins.h"
#include "engine/Engine.h"
#include "engine/Interpreter.h"

namespace reachable {

// One turn of a built-in iterator (Array, Map, Set, String): what its `next` computes,
// without the { value, done } object `next` wraps it in. for…of, spread and
// destructuring take the turn straight from the iterator when `next` is the
// built-in's own, as V8 does: that object would never reach the program.
struct IteratorTurn {
  Value value;  // Value::exception() when the turn threw
  bool done = false;
};
using IteratorTurnFunction = IteratorTurn (*)(Engine& engine, Value iterator);

IteratorTurn arrayIteratorTurn(Engine& engine, Value iterator);
IteratorTurn mapIteratorTurn(Engine& engine, Value iterator);
IteratorTurn setIteratorTurn(Engine& engine, Value iterator);
IteratorTurn stringIteratorTurn(Engine& engine, Value iterator);

// A built-in iterator's `next` method, made from its turn.
template <IteratorTurnFunction kTurn>
Value iteratorNext(NativeCall& call) {
  IteratorTurn turn = kTurn(call.engine, call.thisValue);
  if (turn.value.isException()) return turn.value;
  Interpreter::Pin pin(call.engine.interpreter(), turn.value);
  return iteratorResult(call.engine, turn.value, turn.done);
}

// The turn behind `next` when it is one of the built-in iterators' own methods,
// else nullptr.
IteratorTurnFunction builtinIteratorTurn(const Engine& engine, Value next);

}  // namespace reachable
