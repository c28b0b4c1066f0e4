// %AsyncFromSyncIteratorPrototype%, for the one place a program meets it: the
// iterator `for await` takes from a sync iterable. The wrapper is the engine's own
// object; its next and return close over the sync iterator and its next method.
#include "engine/AsyncFromSyncIterator.h"

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/EngineMade.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "engine/Promises.h"

namespace reachable {

namespace {

// The fulfilment handler of a value's promise (hostSlots: done): { value, done }.
Value unwrapIteratorValue(NativeCall& call) {
  const auto& slots = call.engine.heap().as<JSFunction>(call.callee).hostSlots;
  return iteratorResult(call.engine, call.arg(0), slots[0].asBoolean());
}

// Rejects `promise` with the pending error; returns it.
Value rejectWithPending(Engine& engine, Value promise) {
  promises::reject(engine, promise.asCell(), engine.takePendingException());
  return promise;
}

// AsyncFromSyncIteratorContinuation: `promise` settles with { value, done } once the
// value itself has settled.
Value continuation(Engine& engine, Value result, Value promise) {
  Interpreter::Pin pin(engine.interpreter(), result);
  if (!result.isObject()) {
    engine.throwError(ErrorType::TypeError, "Iterator result " + toDisplayString(engine, result) + " is not an object");
    return rejectWithPending(engine, promise);
  }
  Value done = ops::get(engine, result, PropertyKey::fromAtom(engine.atoms().done));
  if (done.isException()) return rejectWithPending(engine, promise);
  Value value = ops::get(engine, result, PropertyKey::fromAtom(engine.atoms().value));
  if (value.isException()) return rejectWithPending(engine, promise);
  Value wrapper = promises::promiseResolve(engine, value);
  if (wrapper.isException()) return rejectWithPending(engine, promise);
  if (wrapper != value) markEngineMade(engine, wrapper);
  Interpreter::Pin pinWrapper(engine.interpreter(), wrapper);
  Value unwrap = engine.newNativeFunction(unwrapIteratorValue, "", 1);
  markEngineMade(engine, unwrap);
  engine.heap().as<JSFunction>(unwrap).hostSlots = {Value::boolean(toBoolean(engine, done))};
  promises::then(engine, wrapper.asCell(), unwrap, Value::undefined(), promise);
  return promise;
}

// next() and return() of the wrapper (hostSlots: the sync iterator and its next).
Value asyncFromSyncNext(NativeCall& call) {
  Engine& engine = call.engine;
  const auto slots = engine.heap().as<JSFunction>(call.callee).hostSlots;
  Value promise = promises::newPromise(engine);
  markEngineMade(engine, promise);
  Interpreter::Pin pin(engine.interpreter(), promise);
  Value result = callForEngine(engine, slots[1], slots[0], {});
  if (result.isException()) return rejectWithPending(engine, promise);
  return continuation(engine, result, promise);
}

Value asyncFromSyncReturn(NativeCall& call) {
  Engine& engine = call.engine;
  const auto slots = engine.heap().as<JSFunction>(call.callee).hostSlots;
  Value promise = promises::newPromise(engine);
  markEngineMade(engine, promise);
  Interpreter::Pin pin(engine.interpreter(), promise);
  Value method = ops::get(engine, slots[0], PropertyKey::fromAtom(engine.atoms().return_));
  if (method.isException()) return rejectWithPending(engine, promise);
  if (method.isNullish()) {
    promises::resolve(engine, promise.asCell(), iteratorResult(engine, Value::undefined(), true));
    return promise;
  }
  Value result = callForEngine(engine, method, slots[0], {});
  if (result.isException()) return rejectWithPending(engine, promise);
  return continuation(engine, result, promise);
}

IteratorRecord createAsyncFromSyncIterator(Engine& engine, const IteratorRecord& sync) {
  Interpreter& interpreter = engine.interpreter();
  Value wrapper = engine.newObject();
  markEngineMade(engine, wrapper);
  Interpreter::Pin pin(interpreter, wrapper);
  Value next = engine.newNativeFunction(asyncFromSyncNext, "next", 1);
  Interpreter::Pin pinNext(interpreter, next);
  Value close = engine.newNativeFunction(asyncFromSyncReturn, "return", 1);
  for (Value method : {next, close}) {
    markEngineMade(engine, method);
    engine.heap().as<JSFunction>(method).hostSlots = {sync.iterator, sync.next};
  }
  ops::defineOwnProperty(engine, wrapper.asCell(), PropertyKey::fromAtom(engine.atoms().return_),
                         PropertyDescriptor::data(close, kConfigurable | kWritable), false);
  return {wrapper, next};
}

}  // namespace

std::optional<IteratorRecord> getAsyncIterator(Engine& engine, Value iterable, std::u16string_view iterableText) {
  Value method = iterable.isNullish()
                     ? Value::undefined()
                     : ops::get(engine, iterable, PropertyKey::fromAtom(engine.realm().symbols.asyncIterator));
  if (method.isException()) return std::nullopt;
  if (method.isNullish()) {
    auto sync = getSyncIteratorForAwait(engine, iterable, iterableText);
    if (!sync) return std::nullopt;
    return createAsyncFromSyncIterator(engine, *sync);
  }
  Value iterator = engine.call(method, iterable, {});
  if (iterator.isException()) return std::nullopt;
  if (!iterator.isObject()) {
    engine.throwError(ErrorType::TypeError, "Result of the Symbol.asyncIterator method is not an object");
    return std::nullopt;
  }
  Interpreter::Pin pin(engine.interpreter(), iterator);
  Value next = ops::get(engine, iterator, PropertyKey::fromAtom(engine.atoms().next));
  if (next.isException()) return std::nullopt;
  return IteratorRecord{iterator, next};
}

}  // namespace reachable
