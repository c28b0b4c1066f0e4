#include "engine/TimeoutObject.h"

#include "engine/EngineMade.h"

namespace reachable {

Value newTimeout(Engine& engine, Timer& timer) {
  const CellId prototype = engine.intrinsic(Intrinsic::TimeoutPrototype);
  Value timeout = engine.newObject(prototype);
  // Node's bookkeeping for the timer, which the view already shows as the timer itself
  // (its callback and arguments among the event loop's roots).
  markEngineMade(engine, timeout);
  auto& object = engine.heap().as<JSObject>(timeout);
  std::vector<Value> state = {Value::object(prototype),      Value::number(timer.id),
                              Value::number(timer.delay),    Value::boolean(timer.repeat),
                              Value::boolean(timer.refed),   timer.callback};
  state.insert(state.end(), timer.arguments.begin(), timer.arguments.end());
  object.elements = std::move(state);
  engine.heap().reaccount(object);
  timer.timeout = engine.heap().weakHandle(timeout.asCell());
  return timeout;
}

Value timeoutOf(Engine& engine, Timer& timer) {
  if (const HeapCell* cell = engine.heap().resolve(timer.timeout)) return Value::object(cell->id);
  return newTimeout(engine, timer);
}

JSObject* timeoutState(Engine& engine, Value v) {
  if (!v.isObject()) return nullptr;
  auto& object = engine.heap().as<JSObject>(v);
  const CellId prototype = engine.intrinsic(Intrinsic::TimeoutPrototype);
  if (object.kind != CellKind::Object || object.elements.size() < kTimeoutArguments ||
      object.elements[kTimeoutBrand] != Value::object(prototype)) {
    return nullptr;
  }
  return &object;
}

}  // namespace reachable
