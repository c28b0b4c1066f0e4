// Promise and queueMicrotask.
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/EngineMade.h"
#include "engine/EventLoop.h"
#include "engine/Interpreter.h"
#include "engine/Iteration.h"
#include "engine/ObjectOps.h"
#include "engine/Promises.h"
#include "engine/Try.h"

namespace reachable {

namespace {

bool requirePromise(NativeCall& call, std::string_view method) {
  if (promises::isPromise(call.engine, call.thisValue)) return true;
  call.engine.throwError(ErrorType::TypeError, "Method Promise.prototype." + std::string(method) +
                                                   " called on incompatible receiver " +
                                                   call.engine.describeForMessage(call.thisValue));
  return false;
}

Value promiseConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  if (!call.isConstruct())
    return engine.throwError(ErrorType::TypeError, "Promise constructor cannot be invoked without 'new'");
  Value executor = call.arg(0);
  if (!engine.isCallable(executor)) {
    return engine.throwError(ErrorType::TypeError,
                             "Promise resolver " + toDisplayString(engine, executor) + " is not a function");
  }
  Value promise = promises::newPromise(engine);
  Interpreter::Pin pin(engine.interpreter(), promise);
  if (call.newTarget != call.callee) {  // a subclass's instance has the subclass's prototype
    Value prototype = TRY(ops::get(engine, call.newTarget, PropertyKey::fromAtom(engine.atoms().prototype)));
    if (prototype.isObject()) engine.heap().as<JSObject>(promise).proto = prototype.asCell();
  }
  auto [resolve, reject] = promises::resolvingFunctions(engine, promise.asCell());
  Interpreter::Pin pinResolve(engine.interpreter(), resolve);
  Interpreter::Pin pinReject(engine.interpreter(), reject);
  Value args[] = {resolve, reject};
  if (engine.call(executor, Value::undefined(), args).isException()) {
    if (engine.interpreter().termination()) return Value::exception();
    Value reason[] = {engine.takePendingException()};
    engine.call(reject, Value::undefined(), reason);
  }
  return promise;
}

Value intrinsicPromiseConstructor(Engine& engine) {
  return ops::get(engine, Value::object(engine.intrinsic(Intrinsic::PromisePrototype)),
                  PropertyKey::fromAtom(engine.atoms().constructor));
}

// The executor handed to a subclass's constructor: the engine settles what the
// constructor made itself, so the resolving functions are not needed.
Value ignoreResolvingFunctions(NativeCall&) { return Value::undefined(); }

// NewPromiseCapability(C) as a program can observe it: a new pending promise made by
// `constructor`, Promise itself or a subclass (which calls super with the executor).
Value newPromiseFrom(Engine& engine, Value constructor) {
  Value intrinsic = TRY(intrinsicPromiseConstructor(engine));
  if (constructor == intrinsic) return promises::newPromise(engine);
  if (!engine.isConstructor(constructor)) {
    return engine.throwError(ErrorType::TypeError, engine.describeForMessage(constructor) + " is not a constructor");
  }
  Value executor = engine.newNativeFunction(ignoreResolvingFunctions, "", 2);
  Interpreter::Pin pinExecutor(engine.interpreter(), executor);
  Value made = TRY(engine.construct(constructor, std::span(&executor, 1), constructor));
  if (!promises::isPromise(engine, made)) {
    return engine.throwError(ErrorType::TypeError, "Promise resolve or reject function is not callable");
  }
  return made;
}

// SpeciesConstructor(promise, %Promise%): the class whose promise `then` returns.
Value promiseSpeciesConstructor(Engine& engine, Value promise) {
  Value constructor = TRY(ops::get(engine, promise, PropertyKey::fromAtom(engine.atoms().constructor)));
  if (constructor.isUndefined()) return intrinsicPromiseConstructor(engine);
  if (!constructor.isObject()) return engine.throwError(ErrorType::TypeError, "The .constructor property is not an object");
  Value species = TRY(ops::get(engine, constructor, PropertyKey::fromAtom(engine.realm().symbols.species)));
  if (species.isNullish()) return intrinsicPromiseConstructor(engine);
  if (!engine.isConstructor(species)) {
    return engine.throwError(ErrorType::TypeError, "object.constructor[Symbol.species] is not a constructor");
  }
  return species;
}

// The statics take their class from `this`, which must be an object.
Value requireObjectReceiver(NativeCall& call, std::string_view method) {
  if (call.thisValue.isObject()) return call.thisValue;
  return call.engine.throwError(ErrorType::TypeError, std::string(method) + " called on non-object");
}

Value promiseThen(NativeCall& call) {
  if (!requirePromise(call, "then")) return Value::exception();
  Value constructor = TRY(promiseSpeciesConstructor(call.engine, call.thisValue));
  Interpreter::Pin pinConstructor(call.engine.interpreter(), constructor);
  Value derived = TRY(newPromiseFrom(call.engine, constructor));
  promises::then(call.engine, call.thisValue.asCell(), call.arg(0), call.arg(1), derived);
  return derived;
}

Value promiseCatch(NativeCall& call) {
  Engine& engine = call.engine;
  Value thenMethod = TRY(ops::get(engine, call.thisValue, PropertyKey::fromAtom(engine.atoms().then)));
  Value args[] = {Value::undefined(), call.arg(0)};
  return engine.call(thenMethod, call.thisValue, args);
}

// finally's handlers: call onFinally, then pass the original value or reason on
// after the promise onFinally returned settles (hostSlots: onFinally, rejected?).
Value passThrough(NativeCall& call) {
  const auto& slots = call.engine.heap().as<JSFunction>(call.callee).hostSlots;
  if (slots[1].asBoolean()) return call.engine.throwValue(slots[0]);
  return slots[0];
}

Value finallyHandler(NativeCall& call) {
  Engine& engine = call.engine;
  const auto& slots = engine.heap().as<JSFunction>(call.callee).hostSlots;
  Value onFinally = slots[0];
  bool rejected = slots[1].asBoolean();
  Value value = call.arg(0);
  Value result = TRY(engine.call(onFinally, Value::undefined(), {}));
  Interpreter::Pin pin(engine.interpreter(), result);
  Value promise = TRY(promises::promiseResolve(engine, result));
  if (promise != result) markEngineMade(engine, promise);
  Interpreter::Pin pinPromise(engine.interpreter(), promise);
  Value pass = engine.newNativeFunction(passThrough, "", 0);
  markEngineMade(engine, pass);
  engine.heap().as<JSFunction>(pass).hostSlots = {value, Value::boolean(rejected)};
  Interpreter::Pin pinPass(engine.interpreter(), pass);
  Value derived = promises::newPromise(engine);
  markEngineMade(engine, derived);
  promises::then(engine, promise.asCell(), pass, Value::undefined(), derived);
  return derived;
}

Value promiseFinally(NativeCall& call) {
  Engine& engine = call.engine;
  if (!requirePromise(call, "finally")) return Value::exception();
  Value onFinally = call.arg(0);
  Value handlers[2] = {onFinally, onFinally};
  if (engine.isCallable(onFinally)) {
    for (int i = 0; i < 2; ++i) {
      handlers[i] = engine.newNativeFunction(finallyHandler, "", 1);
      markEngineMade(engine, handlers[i]);
      engine.heap().as<JSFunction>(handlers[i]).hostSlots = {onFinally, Value::boolean(i == 1)};
    }
  }
  Interpreter::Pin pinFulfilled(engine.interpreter(), handlers[0]);
  Interpreter::Pin pinRejected(engine.interpreter(), handlers[1]);
  Value derived = promises::newPromise(engine);
  promises::then(engine, call.thisValue.asCell(), handlers[0], handlers[1], derived);
  return derived;
}

// PromiseResolve(C, x): x itself when it is already a promise of class C.
Value promiseResolveStatic(NativeCall& call) {
  Engine& engine = call.engine;
  Value constructor = TRY(requireObjectReceiver(call, "PromiseResolve"));
  Value value = call.arg(0);
  if (constructor == TRY(intrinsicPromiseConstructor(engine))) return promises::promiseResolve(engine, value);
  if (promises::isPromise(engine, value)) {
    Value valueConstructor = TRY(ops::get(engine, value, PropertyKey::fromAtom(engine.atoms().constructor)));
    if (valueConstructor == constructor) return value;
  }
  Value promise = TRY(newPromiseFrom(engine, constructor));
  Interpreter::Pin pin(engine.interpreter(), promise);
  promises::resolve(engine, promise.asCell(), value);
  return promise;
}

Value promiseRejectStatic(NativeCall& call) {
  Value constructor = TRY(requireObjectReceiver(call, "PromiseReject"));
  Value promise = TRY(newPromiseFrom(call.engine, constructor));
  promises::reject(call.engine, promise.asCell(), call.arg(0));
  return promise;
}

// Promise.all, allSettled, any and race share one shape: each element is resolved
// to a promise and given handlers; an element handler (hostSlots: the result array,
// the index, the combined promise, the remaining-count record) fills its slot.
enum class Combinator { All, AllSettled, Any, Race };

Value settledRecord(Engine& engine, bool fulfilled, Value value) {
  Value record = engine.newObject();
  ops::createDataProperty(engine, record.asCell(), PropertyKey::fromAtom(engine.intern("status")),
                          engine.intern(fulfilled ? "fulfilled" : "rejected"));
  ops::createDataProperty(engine, record.asCell(), PropertyKey::fromAtom(engine.intern(fulfilled ? "value" : "reason")),
                          value);
  return record;
}

// Every element settled: all and allSettled fulfil with the values; any rejects
// with an AggregateError of the reasons.
void settleCombined(Engine& engine, Combinator combinator, Value combined, Value values) {
  if (combinator == Combinator::Any) {
    Value error = engine.newError(ErrorType::AggregateError, "All promises were rejected");
    defineValue(engine, error.asCell(), "errors", values);
    promises::reject(engine, combined.asCell(), error);
  } else {
    promises::resolve(engine, combined.asCell(), values);
  }
}

template <Combinator kCombinator, bool kFulfilled>
Value elementHandler(NativeCall& call) {
  Engine& engine = call.engine;
  auto& fn = engine.heap().as<JSFunction>(call.callee);
  if (fn.hostSlots[4].asBoolean()) return Value::undefined();  // each element settles once
  engine.heap().noteWrite(fn);
  fn.hostSlots[4] = Value::boolean(true);
  Value values = fn.hostSlots[0];
  auto index = static_cast<std::uint32_t>(fn.hostSlots[1].asNumber());
  Value combined = fn.hostSlots[2];
  auto& remaining = engine.heap().as<JSObject>(fn.hostSlots[3]);
  Value item = call.arg(0);
  if (kCombinator == Combinator::AllSettled) item = settledRecord(engine, kFulfilled, item);
  engine.heap().noteWrite(engine.heap().as<JSObject>(values));
  engine.heap().noteWrite(remaining);
  engine.heap().as<JSObject>(values).elements[index] = item;
  double left = remaining.elements[0].asNumber() - 1;
  remaining.elements[0] = Value::number(left);
  if (left == 0) settleCombined(engine, kCombinator, combined, values);
  return Value::undefined();
}

constexpr std::string_view combinatorName(Combinator combinator) {
  switch (combinator) {
    case Combinator::All: return "Promise.all";
    case Combinator::AllSettled: return "Promise.allSettled";
    case Combinator::Any: return "Promise.any";
    case Combinator::Race: return "Promise.race";
  }
  return "Promise";
}

template <Combinator kCombinator>
Value promiseCombinator(NativeCall& call) {
  Engine& engine = call.engine;
  Interpreter& interpreter = engine.interpreter();
  Value constructor = TRY(requireObjectReceiver(call, combinatorName(kCombinator)));
  Value combined = TRY(newPromiseFrom(engine, constructor));
  Interpreter::Pin pinCombined(interpreter, combined);
  Value values = engine.newArray();
  Interpreter::Pin pinValues(interpreter, values);
  Value remaining = engine.newObject(kNoCell);
  markEngineMade(engine, remaining);
  engine.heap().as<JSObject>(remaining).elements.push_back(Value::number(1));
  Interpreter::Pin pinRemaining(interpreter, remaining);
  auto fail = [&] {
    if (interpreter.termination()) return Value::exception();
    promises::reject(engine, combined.asCell(), engine.takePendingException());
    return combined;
  };
  auto record = getIterator(engine, call.arg(0));
  if (!record) return fail();
  Interpreter::Pin pinIterator(interpreter, record->iterator);
  Interpreter::Pin pinNext(interpreter, record->next);
  std::uint32_t index = 0;
  while (auto item = iteratorStep(engine, *record)) {
    Value promise = promises::promiseResolve(engine, *item);
    if (promise.isException()) return fail();
    if (promise != *item) markEngineMade(engine, promise);
    Interpreter::Pin pinPromise(interpreter, promise);
    auto& list = engine.heap().as<JSObject>(values);
    engine.heap().noteElementsFrom(list, static_cast<std::uint32_t>(list.elements.size()));
    list.elements.push_back(Value::undefined());
    engine.heap().reaccount(list);
    auto& count = engine.heap().as<JSObject>(remaining);
    engine.heap().noteWrite(count);
    count.elements[0] = Value::number(count.elements[0].asNumber() + 1);
    Value onFulfilled, onRejected;
    auto makeHandler = [&](NativeFunction fn) {
      Value h = engine.newNativeFunction(fn, "", 1);
      markEngineMade(engine, h);
      engine.heap().as<JSFunction>(h).hostSlots = {values, Value::number(index), combined, remaining,
                                                   Value::boolean(false)};
      return h;
    };
    if constexpr (kCombinator == Combinator::Race) {
      auto [resolve, reject] = promises::resolvingFunctions(engine, combined.asCell());
      onFulfilled = resolve;
      onRejected = reject;
    } else if constexpr (kCombinator == Combinator::Any) {
      auto [resolve, reject] = promises::resolvingFunctions(engine, combined.asCell());
      onFulfilled = resolve;
      onRejected = makeHandler(elementHandler<Combinator::Any, false>);
    } else {
      onFulfilled = makeHandler(elementHandler<kCombinator, true>);
      onRejected = kCombinator == Combinator::AllSettled
                       ? makeHandler(elementHandler<kCombinator, false>)
                       : promises::resolvingFunctions(engine, combined.asCell()).second;
    }
    Interpreter::Pin pinFulfilled(interpreter, onFulfilled);
    Interpreter::Pin pinRejected(interpreter, onRejected);
    Value thenMethod = ops::get(engine, promise, PropertyKey::fromAtom(engine.atoms().then));
    if (thenMethod.isException()) return fail();
    Value args[] = {onFulfilled, onRejected};
    if (callForEngine(engine, thenMethod, promise, args).isException()) return fail();
    ++index;
  }
  if (engine.hasPendingException()) return fail();
  auto& count = engine.heap().as<JSObject>(remaining);
  engine.heap().noteWrite(count);
  double left = count.elements[0].asNumber() - 1;
  count.elements[0] = Value::number(left);
  if (left == 0 && kCombinator != Combinator::Race) settleCombined(engine, kCombinator, combined, values);
  return combined;
}

// --- Microtasks and timers ---

Value queueMicrotask(NativeCall& call) {
  Engine& engine = call.engine;
  Value callback = call.arg(0);
  if (!engine.isCallable(callback)) {
    return engine.throwError(ErrorType::TypeError, "The \"callback\" argument must be of type function. Received " +
                                                       toDisplayString(engine, callback));
  }
  engine.eventLoop().enqueueMicrotask({Job::Kind::Callback, callback, Value(), Value(), false});
  return Value::undefined();
}

}  // namespace

std::string_view helperFunctionName(const JSFunction& fn) {
  if (fn.native == elementHandler<Combinator::All, true>) return "Promise.all element";
  if (fn.native == elementHandler<Combinator::AllSettled, true> ||
      fn.native == elementHandler<Combinator::AllSettled, false>)
    return "Promise.allSettled element";
  if (fn.native == elementHandler<Combinator::Any, false>) return "Promise.any element";
  if (fn.native == finallyHandler) return "finally handler";
  if (fn.native == passThrough) return "finally result";
  if (isProxyRevoker(fn)) return "revoke";
  return promises::resolvingFunctionName(fn);
}

void installPromiseBuiltins(Engine& engine) {
  CellId prototype = engine.intrinsic(Intrinsic::PromisePrototype);
  Value promise = defineConstructor(engine, "Promise", promiseConstructor, 1, prototype);
  defineMethod(engine, prototype, "then", promiseThen, 2);
  defineMethod(engine, prototype, "catch", promiseCatch, 1);
  defineMethod(engine, prototype, "finally", promiseFinally, 1);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("Promise"), kConfigurable), false);
  CellId p = promise.asCell();
  defineSpeciesGetter(engine, promise);
  defineMethod(engine, p, "resolve", promiseResolveStatic, 1);
  defineMethod(engine, p, "reject", promiseRejectStatic, 1);
  defineMethod(engine, p, "all", promiseCombinator<Combinator::All>, 1);
  defineMethod(engine, p, "allSettled", promiseCombinator<Combinator::AllSettled>, 1);
  defineMethod(engine, p, "any", promiseCombinator<Combinator::Any>, 1);
  defineMethod(engine, p, "race", promiseCombinator<Combinator::Race>, 1);
  CellId global = engine.intrinsic(Intrinsic::GlobalObject);
  defineMethod(engine, global, "queueMicrotask", queueMicrotask, 1);
}

}  // namespace reachable
