// %AsyncFromSyncIteratorPrototype%, for the two places a program meets it: the
// iterator `for await` takes from a sync iterable, and the one `yield*` in an async
// generator delegates to. The wrapper is the engine's own object, never handed to the
// program; its next, return and throw close over the sync iterator and its next method.
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

// The argument a wrapper's method was given, passed on only when there was one: `for
// await` calls next() with none, `yield*` with what the generator received.
std::span<const Value> passedOn(const NativeCall& call) {
  return call.args.first(std::min<std::size_t>(call.args.size(), 1));
}

// next(), return() and throw() of the wrapper (hostSlots: the sync iterator and its next).
Value asyncFromSyncNext(NativeCall& call) {
  Engine& engine = call.engine;
  const auto slots = engine.heap().as<JSFunction>(call.callee).hostSlots;
  Value promise = promises::newPromise(engine);
  markEngineMade(engine, promise);
  Interpreter::Pin pin(engine.interpreter(), promise);
  Value result = callForEngine(engine, slots[1], slots[0], passedOn(call));
  if (result.isException()) return rejectWithPending(engine, promise);
  return continuation(engine, result, promise);
}

// return(v) and throw(e) call the sync iterator's method of that name; without one,
// return(v) answers { value: v, done: true } and throw(e) rejects with e (V8 here
// does not yet close the sync iterator first, as ECMA-262 now does).
template <bool kThrow>
Value asyncFromSyncClose(NativeCall& call) {
  Engine& engine = call.engine;
  const auto slots = engine.heap().as<JSFunction>(call.callee).hostSlots;
  Value promise = promises::newPromise(engine);
  markEngineMade(engine, promise);
  Interpreter::Pin pin(engine.interpreter(), promise);
  const Atoms& atoms = engine.atoms();
  Value method = ops::get(engine, slots[0], PropertyKey::fromAtom(kThrow ? atoms.throw_ : atoms.return_));
  if (method.isException()) return rejectWithPending(engine, promise);
  if (method.isNullish()) {
    if (kThrow) {
      promises::reject(engine, promise.asCell(), call.arg(0));
    } else {
      promises::resolve(engine, promise.asCell(), iteratorResult(engine, call.arg(0), true));
    }
    return promise;
  }
  Value result = callForEngine(engine, method, slots[0], passedOn(call));
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
  Value close = engine.newNativeFunction(asyncFromSyncClose<false>, "return", 1);
  Interpreter::Pin pinClose(interpreter, close);
  Value throwMethod = engine.newNativeFunction(asyncFromSyncClose<true>, "throw", 1);
  Interpreter::Pin pinThrow(interpreter, throwMethod);
  for (Value method : {next, close, throwMethod}) {
    markEngineMade(engine, method);
    engine.heap().as<JSFunction>(method).hostSlots = {sync.iterator, sync.next};
  }
  const Atoms& atoms = engine.atoms();
  for (auto [atom, method] : {std::pair{atoms.return_, close}, std::pair{atoms.throw_, throwMethod}}) {
    ops::defineOwnProperty(engine, wrapper.asCell(), PropertyKey::fromAtom(atom),
                           PropertyDescriptor::data(method, kConfigurable | kWritable), false);
  }
  return {wrapper, next};
}

}  // namespace

namespace {

// The rest of GetIterator(iterable, async) once its @@asyncIterator method is known.
std::optional<IteratorRecord> callAsyncIteratorMethod(Engine& engine, Value iterable, Value method) {
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
  return callAsyncIteratorMethod(engine, iterable, method);
}

std::optional<IteratorRecord> getDelegateAsyncIterator(Engine& engine, Value iterable) {
  // Read even from null and undefined, which V8 reports as that read.
  Value method = ops::get(engine, iterable, PropertyKey::fromAtom(engine.realm().symbols.asyncIterator));
  if (method.isException()) return std::nullopt;
  if (method.isNullish()) {
    auto sync = getSyncIteratorForAsyncDelegate(engine, iterable);
    if (!sync) return std::nullopt;
    return createAsyncFromSyncIterator(engine, *sync);
  }
  if (!engine.isCallable(method)) {
    engine.throwError(ErrorType::TypeError, typedDescription(engine, method) + " is not a function");
    return std::nullopt;
  }
  return callAsyncIteratorMethod(engine, iterable, method);
}

}  // namespace reachable
