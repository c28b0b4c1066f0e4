#include "engine/Promises.h"

#include "engine/Conversions.h"
#include "engine/EngineMade.h"
#include "engine/EventLoop.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"

namespace reachable::promises {

namespace {

PromiseObject& promiseAt(Engine& engine, CellId id) { return engine.heap().as<PromiseObject>(id); }

void triggerReactions(Engine& engine, const std::vector<PromiseReaction>& reactions, Value argument, bool rejected) {
  for (const auto& r : reactions) {
    engine.eventLoop().enqueueMicrotask(
        {Job::Kind::Reaction, rejected ? r.onRejected : r.onFulfilled, argument, r.derived, rejected});
  }
}

void settle(Engine& engine, CellId promise, Value value, PromiseState state) {
  auto& p = promiseAt(engine, promise);
  if (p.state != PromiseState::Pending) return;
  engine.heap().noteWrite(p);
  auto reactions = std::move(p.reactions);
  p.reactions.clear();
  p.state = state;
  p.result = value;
  engine.heap().reaccount(p);
  bool rejected = state == PromiseState::Rejected;
  if (rejected && !p.handled) engine.eventLoop().noteRejected(Value::object(promise), engine.interpreter().rejectionPosition());
  triggerReactions(engine, reactions, value, rejected);
}

// The resolve and reject functions handed to an executor: hostSlots are the promise
// and a record whose only element says whether either has run.
template <bool kReject>
Value resolvingFunction(NativeCall& call) {
  Engine& engine = call.engine;
  const auto& slots = engine.heap().as<JSFunction>(call.callee).hostSlots;
  auto& record = engine.heap().as<JSObject>(slots[1]);
  if (record.elements[0].asBoolean()) return Value::undefined();
  engine.heap().noteWrite(record);
  record.elements[0] = Value::boolean(true);
  if (kReject) {
    reject(engine, slots[0].asCell(), call.arg(0));
  } else {
    resolve(engine, slots[0].asCell(), call.arg(0));
  }
  return Value::undefined();
}

}  // namespace

Value newPromise(Engine& engine) {
  return Value::object(engine.heap().make<PromiseObject>(engine.intrinsic(Intrinsic::PromisePrototype)).id);
}

bool isPromise(Engine& engine, Value v) {
  return v.isObject() && engine.heap().get(v.asCell()).kind == CellKind::Promise;
}

void fulfill(Engine& engine, CellId promise, Value value) { settle(engine, promise, value, PromiseState::Fulfilled); }

void reject(Engine& engine, CellId promise, Value reason) { settle(engine, promise, reason, PromiseState::Rejected); }

void resolve(Engine& engine, CellId promise, Value resolution) {
  if (resolution == Value::object(promise)) {
    reject(engine, promise, engine.newError(ErrorType::TypeError, "Chaining cycle detected for promise #<Promise>"));
    return;
  }
  if (!resolution.isObject()) return fulfill(engine, promise, resolution);
  Interpreter::Pin pin(engine.interpreter(), resolution);
  Value thenMethod = ops::get(engine, resolution, PropertyKey::fromAtom(engine.atoms().then));
  if (thenMethod.isException()) {
    reject(engine, promise, engine.takePendingException());
    return;
  }
  if (!engine.isCallable(thenMethod)) return fulfill(engine, promise, resolution);
  // A thenable is followed one job later (NewPromiseResolveThenableJob), which is
  // why resolving with a promise costs V8 two extra ticks.
  engine.eventLoop().enqueueMicrotask({Job::Kind::ResolveThenable, thenMethod, resolution, Value::object(promise)});
}

void then(Engine& engine, CellId promise, Value onFulfilled, Value onRejected, Value derived) {
  auto& p = promiseAt(engine, promise);
  engine.heap().noteWrite(p);
  Value fulfilled = engine.isCallable(onFulfilled) ? onFulfilled : Value::undefined();
  Value rejected = engine.isCallable(onRejected) ? onRejected : Value::undefined();
  if (p.state == PromiseState::Pending) {
    p.reactions.push_back({fulfilled, rejected, derived});
    engine.heap().reaccount(p);
  } else {
    bool isRejected = p.state == PromiseState::Rejected;
    if (isRejected && !p.handled) engine.eventLoop().noteHandled(Value::object(promise));
    engine.eventLoop().enqueueMicrotask(
        {Job::Kind::Reaction, isRejected ? rejected : fulfilled, p.result, derived, isRejected});
  }
  p.handled = true;
}

Value promiseResolve(Engine& engine, Value value) {
  if (isPromise(engine, value)) {
    Value constructor = TRY(ops::get(engine, value, PropertyKey::fromAtom(engine.atoms().constructor)));
    Value promiseConstructor = ops::get(engine, Value::object(engine.intrinsic(Intrinsic::PromisePrototype)),
                                        PropertyKey::fromAtom(engine.atoms().constructor));
    if (constructor == promiseConstructor) return value;
  }
  Value promise = newPromise(engine);
  Interpreter::Pin pin(engine.interpreter(), promise);
  resolve(engine, promise.asCell(), value);
  return promise;
}

std::pair<Value, Value> resolvingFunctions(Engine& engine, CellId promise) {
  Value record = engine.newObject(kNoCell);
  markEngineMade(engine, record);
  engine.heap().as<JSObject>(record).elements.push_back(Value::boolean(false));
  Interpreter::Pin pin(engine.interpreter(), record);
  Value resolveFn = engine.newNativeFunction(resolvingFunction<false>, "", 1);
  markEngineMade(engine, resolveFn);
  engine.heap().as<JSFunction>(resolveFn).hostSlots = {Value::object(promise), record};
  Interpreter::Pin pinResolve(engine.interpreter(), resolveFn);
  Value rejectFn = engine.newNativeFunction(resolvingFunction<true>, "", 1);
  markEngineMade(engine, rejectFn);
  engine.heap().as<JSFunction>(rejectFn).hostSlots = {Value::object(promise), record};
  return {resolveFn, rejectFn};
}

std::string_view resolvingFunctionName(const JSFunction& fn) {
  if (fn.native == resolvingFunction<false>) return "resolve";
  if (fn.native == resolvingFunction<true>) return "reject";
  return {};
}

}  // namespace reachable::promises
