// Async generators (ECMA-262 27.6): a sync generator's frame and yields, plus a queue
// of requests. next(), throw() and return() each queue a request and return its
// promise; the generator runs while requests wait, and parks at each `await` as an
// async function does (the awaited promise's reaction holds the parked frame, which
// holds the generator).
#include "engine/Builtins.h"
#include "engine/EngineMade.h"
#include "engine/Interpreter.h"
#include "engine/Promises.h"

namespace reachable {

namespace {

bool isAsyncGenerator(Engine& engine, Value v) {
  if (!v.isObject()) return false;
  const HeapCell& cell = engine.heap().get(v.asCell());
  return cell.kind == CellKind::Generator && static_cast<const GeneratorObject&>(cell).isAsync;
}

// The reaction to the awaited value of a return() (hostSlots: the generator).
template <bool kRejected>
Value asyncGeneratorReturnSettled(NativeCall& call) {
  const auto& slots = call.engine.heap().as<JSFunction>(call.callee).hostSlots;
  call.engine.interpreter().finishAsyncGeneratorReturn(slots[0].asCell(), call.arg(0), kRejected);
  return Value::undefined();
}

}  // namespace

Value Interpreter::enqueueAsyncGeneratorRequest(Value self, ResumeMode mode, Value value) {
  static constexpr std::string_view kNames[] = {"next", "throw", "return"};
  Heap& heap = engine_.heap();
  Value promise = promises::newPromise(engine_);
  Pin pin(*this, promise);
  if (!isAsyncGenerator(engine_, self)) {
    engine_.throwError(ErrorType::TypeError, "Method [AsyncGenerator].prototype." +
                                                  std::string(kNames[static_cast<int>(mode)]) +
                                                  " called on incompatible receiver " + describeGeneratorReceiver(engine_, self));
    promises::reject(engine_, promise.asCell(), engine_.takePendingException());
    return promise;
  }
  const CellId id = self.asCell();
  auto& generator = heap.as<GeneratorObject>(id);
  heap.noteWrite(generator);
  // A generator that never started cannot take a throw or a return: it is finished.
  if (generator.state == GeneratorState::SuspendedStart && mode != ResumeMode::Next) {
    generator.state = GeneratorState::Completed;
    generator.frame = Value::undefined();
  }
  if (generator.state == GeneratorState::Completed && mode != ResumeMode::Return) {
    if (mode == ResumeMode::Throw) {
      promises::reject(engine_, promise.asCell(), value);
    } else {
      promises::resolve(engine_, promise.asCell(), iteratorResult(engine_, Value::undefined(), true));
    }
    return promise;
  }
  generator.queue.push_back({static_cast<std::uint8_t>(mode), value, promise});
  heap.reaccount(generator);
  switch (generator.state) {
    case GeneratorState::Completed:
      generator.state = GeneratorState::AwaitingReturn;
      awaitAsyncGeneratorReturn(id);
      break;
    case GeneratorState::SuspendedStart:
    case GeneratorState::SuspendedYield:
      settleAsyncGeneratorTurn(id, resumeAsyncGenerator(id, mode, value));
      break;
    default: break;  // running, awaiting or draining: the request waits its turn
  }
  return promise;
}

void Interpreter::settleAsyncGeneratorTurn(CellId id, Value result) {
  Heap& heap = engine_.heap();
  for (;;) {
    if (termination_) return;
    auto& generator = heap.as<GeneratorObject>(id);
    heap.noteWrite(generator);
    if (result.isException()) {
      generator.state = GeneratorState::Completed;
      completeAsyncGeneratorStep(id, engine_.takePendingException(), true);
      drainAsyncGeneratorQueue(id);
      return;
    }
    if (generator.state == GeneratorState::Awaiting) return;
    // Still running as far as its object knows: it returned.
    if (generator.state == GeneratorState::Executing) generator.state = GeneratorState::Completed;
    Pin pin(*this, result);
    completeAsyncGeneratorStep(id, result, false);
    if (generator.state != GeneratorState::SuspendedYield) {
      drainAsyncGeneratorQueue(id);
      return;
    }
    // Requests made while it ran are answered at once, without parking in between.
    if (generator.queue.empty()) return;
    const GeneratorRequest next = generator.queue.front();
    result = resumeAsyncGenerator(id, static_cast<ResumeMode>(next.mode), next.value);
  }
}

// A return() reaching a generator parked in yield* has its value awaited before the
// delegate sees it, as V8's AsyncGeneratorReturn awaits it: the delegate's return()
// gets what the value settled to, its throw() the reason it was rejected with. (A
// plain yield awaits in its body instead, at its return path, in as many ticks.)
Value Interpreter::resumeAsyncGenerator(CellId id, ResumeMode mode, Value value) {
  if (mode != ResumeMode::Return || !parkedInDelegation(id)) return resumeGenerator(id, mode, value);
  if (!awaitReturnValue(id, value)) return resumeGenerator(id, ResumeMode::Throw, engine_.takePendingException());
  auto& generator = engine_.heap().as<GeneratorObject>(id);
  engine_.heap().noteWrite(generator);
  generator.state = GeneratorState::Awaiting;
  return Value::undefined();
}

bool Interpreter::parkedInDelegation(CellId id) const {
  const Heap& heap = engine_.heap();
  const auto& generator = heap.as<GeneratorObject>(id);
  if (generator.state != GeneratorState::SuspendedYield) return false;
  const auto& parked = heap.as<AsyncFrame>(generator.frame);
  return static_cast<Op>(parked.code->code[parked.pc]) == Op::AsyncDelegateCall;
}

void Interpreter::completeAsyncGeneratorStep(CellId id, Value value, bool rejected) {
  Heap& heap = engine_.heap();
  auto& generator = heap.as<GeneratorObject>(id);
  if (generator.queue.empty()) return;
  const GeneratorRequest request = generator.queue.front();
  heap.noteWrite(generator);
  generator.queue.pop_front();
  heap.reaccount(generator);
  Pin pinPromise(*this, request.promise);
  Pin pinValue(*this, value);
  if (rejected) {
    promises::reject(engine_, request.promise.asCell(), value);
  } else {
    promises::resolve(engine_, request.promise.asCell(), value);
  }
}

void Interpreter::drainAsyncGeneratorQueue(CellId id) {
  Heap& heap = engine_.heap();
  for (;;) {
    auto& generator = heap.as<GeneratorObject>(id);
    if (generator.queue.empty()) return;
    const GeneratorRequest& next = generator.queue.front();
    switch (static_cast<ResumeMode>(next.mode)) {
      case ResumeMode::Return:
        heap.noteWrite(generator);
        generator.state = GeneratorState::AwaitingReturn;
        awaitAsyncGeneratorReturn(id);
        return;
      case ResumeMode::Throw: completeAsyncGeneratorStep(id, next.value, true); break;
      case ResumeMode::Next:
        completeAsyncGeneratorStep(id, iteratorResult(engine_, Value::undefined(), true), false);
        break;
    }
  }
}

// AsyncGeneratorAwaitReturn: a finished generator's return(v) answers once v settles.
void Interpreter::awaitAsyncGeneratorReturn(CellId id) {
  Value value = engine_.heap().as<GeneratorObject>(id).queue.front().value;
  if (!awaitReturnValue(id, value)) finishAsyncGeneratorReturn(id, engine_.takePendingException(), true);
}

bool Interpreter::awaitReturnValue(CellId id, Value value) {
  Heap& heap = engine_.heap();
  Value promise = promises::promiseResolve(engine_, value);
  if (promise.isException()) return false;
  if (promise != value) markEngineMade(engine_, promise);
  Pin pin(*this, promise);
  Value onFulfilled = engine_.newNativeFunction(asyncGeneratorReturnSettled<false>, "", 1);
  Pin pinFulfilled(*this, onFulfilled);
  Value onRejected = engine_.newNativeFunction(asyncGeneratorReturnSettled<true>, "", 1);
  for (Value handler : {onFulfilled, onRejected}) {
    markEngineMade(engine_, handler);
    heap.as<JSFunction>(handler).hostSlots = {Value::object(id)};
  }
  promises::then(engine_, promise.asCell(), onFulfilled, onRejected, Value::undefined());
  return true;
}

void Interpreter::finishAsyncGeneratorReturn(CellId id, Value value, bool rejected) {
  auto& generator = engine_.heap().as<GeneratorObject>(id);
  engine_.heap().noteWrite(generator);
  if (generator.state == GeneratorState::Awaiting) {
    // Parked in yield* (resumeAsyncGenerator): it takes the settled value now.
    generator.state = GeneratorState::SuspendedYield;
    settleAsyncGeneratorTurn(id, resumeGenerator(id, rejected ? ResumeMode::Throw : ResumeMode::Return, value));
    return;
  }
  generator.state = GeneratorState::Completed;
  Pin pin(*this, value);
  completeAsyncGeneratorStep(id, rejected ? value : iteratorResult(engine_, value, true), rejected);
  drainAsyncGeneratorQueue(id);
}

Value Interpreter::continueAfterAwait(std::size_t depth, Value value, bool rejected) {
  if (!rejected) {
    *sp_++ = value;
    return run(depth);
  }
  return throwInto(depth, value);
}

}  // namespace reachable
