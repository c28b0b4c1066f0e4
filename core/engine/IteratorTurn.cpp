#include "engine/IteratorTurn.h"

namespace reachable {

IteratorTurnFunction builtinIteratorTurn(const Engine& engine, Value next) {
  if (!next.isObject()) return nullptr;
  const HeapCell& cell = engine.heap().get(next.asCell());
  if (cell.kind != CellKind::Function) return nullptr;
  NativeFunction native = static_cast<const JSFunction&>(cell).native;
  if (native == iteratorNext<arrayIteratorTurn>) return arrayIteratorTurn;
  if (native == iteratorNext<mapIteratorTurn>) return mapIteratorTurn;
  if (native == iteratorNext<setIteratorTurn>) return setIteratorTurn;
  if (native == iteratorNext<stringIteratorTurn>) return stringIteratorTurn;
  return nullptr;
}

}  // namespace reachable
