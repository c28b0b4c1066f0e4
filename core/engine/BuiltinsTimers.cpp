// setTimeout, setInterval, clearTimeout, clearInterval and the Timeout objects they
// return, as Node has them (lib/internal/timers.js, lib/timers.js).
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/EventLoop.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "engine/TimeoutObject.h"

namespace reachable {

namespace {

template <bool kRepeat>
Value setTimer(NativeCall& call) {
  Engine& engine = call.engine;
  Value callback = call.arg(0);
  if (!engine.isCallable(callback)) {
    return engine.throwError(ErrorType::TypeError, "The \"callback\" argument must be of type function. Received " +
                                                       toDisplayString(engine, callback));
  }
  double delay = call.args.size() > 1 ? toNumber(engine, call.args[1]) : 0;
  if (engine.hasPendingException()) return Value::exception();
  std::vector<Value> arguments(call.args.size() > 2 ? call.args.begin() + 2 : call.args.end(), call.args.end());
  Timer& timer = engine.eventLoop().addTimer(callback, std::move(arguments), delay, kRepeat);
  return newTimeout(engine, timer);
}

void writeSlot(Engine& engine, JSObject& timeout, TimeoutSlot slot, Value value) {
  engine.heap().noteWrite(timeout);
  timeout.elements[slot] = value;
}

std::uint32_t timerIdOf(const JSObject& timeout) {
  return static_cast<std::uint32_t>(timeout.elements[kTimeoutId].asNumber());
}

// As Node's unenroll: the timer stops, and the Timeout lets its callback go.
void clearTimeoutObject(Engine& engine, JSObject& timeout) {
  engine.eventLoop().clearTimer(timerIdOf(timeout));
  writeSlot(engine, timeout, kTimeoutDelay, Value::number(-1));
  writeSlot(engine, timeout, kTimeoutCallback, Value::undefined());
}

// clearTimeout and clearInterval take a Timeout, or the number (or its string) a
// Timeout converted to; anything else is ignored.
Value clearTimer(NativeCall& call) {
  Engine& engine = call.engine;
  Value given = call.arg(0);
  if (JSObject* timeout = timeoutState(engine, given)) {
    clearTimeoutObject(engine, *timeout);
    return Value::undefined();
  }
  if (!given.isNumber() && !given.isString()) return Value::undefined();
  const double id = toNumber(engine, given);
  if (engine.hasPendingException()) return Value::exception();
  if (!(id >= 1 && id <= 4294967295.0)) return Value::undefined();
  Timer* timer = engine.eventLoop().findTimer(static_cast<std::uint32_t>(id));
  if (!timer || !timer->knownAsNumber) return Value::undefined();
  if (const HeapCell* cell = engine.heap().resolve(timer->timeout)) {
    clearTimeoutObject(engine, engine.heap().as<JSObject>(Value::object(cell->id)));
  } else {
    engine.eventLoop().clearTimer(timer->id);
  }
  return Value::undefined();
}

template <bool kRefed>
Value timeoutSetRef(NativeCall& call) {
  JSObject* timeout = timeoutState(call.engine, call.thisValue);
  if (!timeout) return call.thisValue;
  writeSlot(call.engine, *timeout, kTimeoutRefed, Value::boolean(kRefed));
  if (Timer* timer = call.engine.eventLoop().findTimer(timerIdOf(*timeout))) timer->refed = kRefed;
  return call.thisValue;
}

Value timeoutHasRef(NativeCall& call) {
  JSObject* timeout = timeoutState(call.engine, call.thisValue);
  return Value::boolean(timeout && timeout->elements[kTimeoutRefed] == Value::boolean(true));
}

// Starts the delay again from now; a timer that has fired is scheduled again, one
// that was cleared stays cleared.
Value timeoutRefresh(NativeCall& call) {
  Engine& engine = call.engine;
  JSObject* timeout = timeoutState(engine, call.thisValue);
  if (!timeout || timeout->elements[kTimeoutDelay].asNumber() < 0) return call.thisValue;
  EventLoop& loop = engine.eventLoop();
  if (Timer* waiting = loop.findTimer(timerIdOf(*timeout))) {
    loop.restartTimer(*waiting);
    return call.thisValue;
  }
  const auto& state = timeout->elements;
  std::vector<Value> arguments;
  for (std::size_t i = kTimeoutArguments; i < state.size(); ++i) arguments.push_back(state[i]);
  Timer& timer = loop.restoreTimer(timerIdOf(*timeout), state[kTimeoutCallback], std::move(arguments),
                                   state[kTimeoutDelay].asNumber(), state[kTimeoutRepeat] == Value::boolean(true));
  timer.refed = state[kTimeoutRefed] == Value::boolean(true);
  timer.timeout = engine.heap().weakHandle(call.thisValue.asCell());
  return call.thisValue;
}

Value timeoutClose(NativeCall& call) {
  if (JSObject* timeout = timeoutState(call.engine, call.thisValue)) clearTimeoutObject(call.engine, *timeout);
  return call.thisValue;
}

// The timer's id, which clearTimeout then accepts in place of the Timeout. (Node's
// number is the timer's async id, which depends on everything else the process did
// before: programs that compare with Node do not print it.)
Value timeoutToPrimitive(NativeCall& call) {
  JSObject* timeout = timeoutState(call.engine, call.thisValue);
  if (!timeout) return Value::undefined();
  if (Timer* timer = call.engine.eventLoop().findTimer(timerIdOf(*timeout))) timer->knownAsNumber = true;
  return timeout->elements[kTimeoutId];
}

void defineEnumerableMethod(Engine& engine, CellId prototype, Value key, std::string_view name, NativeFunction fn) {
  Value method = engine.newNativeFunction(fn, name, 0);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(key),
                         PropertyDescriptor::data(method, kWritable | kEnumerable | kConfigurable), false);
}

Value timeoutConstructor(NativeCall& call) {
  return call.engine.throwError(ErrorType::TypeError, "Illegal constructor");
}

}  // namespace

void installTimerBuiltins(Engine& engine) {
  CellId global = engine.intrinsic(Intrinsic::GlobalObject);
  defineMethod(engine, global, "setTimeout", setTimer<false>, 2);
  defineMethod(engine, global, "setInterval", setTimer<true>, 2);
  defineMethod(engine, global, "clearTimeout", clearTimer, 1);
  defineMethod(engine, global, "clearInterval", clearTimer, 1);

  // Timeout is not a global in Node; programs meet it through its instances.
  CellId prototype = engine.intrinsic(Intrinsic::TimeoutPrototype);
  defineConstructor(engine, "Timeout", timeoutConstructor, 5, prototype, false);
  defineMethod(engine, prototype, "refresh", timeoutRefresh, 0);
  defineMethod(engine, prototype, "unref", timeoutSetRef<false>, 0);
  defineMethod(engine, prototype, "ref", timeoutSetRef<true>, 0);
  defineMethod(engine, prototype, "hasRef", timeoutHasRef, 0);
  // Node assigns these two to the prototype, so they are enumerable.
  defineEnumerableMethod(engine, prototype, engine.intern("close"), "close", timeoutClose);
  defineEnumerableMethod(engine, prototype, engine.realm().symbols.toPrimitive, "[Symbol.toPrimitive]",
                         timeoutToPrimitive);
}

}  // namespace reachable
