#include "engine/ProgramRun.h"

#include <new>
#include <stdexcept>

#include "engine/Conversions.h"
#include "engine/EventLoop.h"
#include "engine/Inspect.h"
#include "engine/Interpreter.h"
#include "engine/NoSideEffectsToString.h"
#include "engine/ObjectOps.h"
#include "heap/HeapBudget.h"
#include "heap/PromiseCell.h"

namespace reachable {

namespace {

// Where an uncaught value is reported: an error where it was made, as V8's stack shows
// it; anything else where it was thrown.
SourcePosition uncaughtPosition(Engine& engine, Value thrown, const std::optional<EventLoop::Rejection>& rejected) {
  if (thrown.isObject() && engine.heap().get(thrown.asCell()).kind == CellKind::Error) {
    const SourcePosition madeAt = engine.heap().as<ErrorObject>(thrown).madeAt;
    if (madeAt.line != 0) return madeAt;
  }
  if (rejected && rejected->at.line != 0) return rejected->at;
  return engine.interpreter().throwPosition();
}

RunOutcome failure(Engine& engine) {
  if (const auto& stop = engine.interpreter().termination()) {
    return {RunOutcome::Status::Terminated, Value(), stop->position, stop->message};
  }
  const auto rejected = engine.eventLoop().unhandledRejection();
  const Value thrown =
      rejected ? engine.heap().as<PromiseObject>(rejected->promise).result : engine.takePendingException();
  return {RunOutcome::Status::Uncaught, thrown, uncaughtPosition(engine, thrown, rejected), {}, rejected.has_value()};
}

RunOutcome stoppedForMemory(Engine& engine, std::string message) {
  return {RunOutcome::Status::Terminated, Value(), engine.interpreter().currentPosition().value_or(SourcePosition{}),
          std::move(message)};
}

// Runs `work`, turning the heap's allocation limit, and an allocation the machine
// refused anywhere inside the engine (bad_alloc, or a container asked for more than
// it can hold), into a located stop: never an abort.
template <class Work>
RunOutcome withinMemory(Engine& engine, Work&& work) {
  const Heap& heap = engine.heap();
  try {
    return work();
  } catch (const HeapLimitReached&) {
    return stoppedForMemory(engine, allocationLimitMessage(heap.footprint(), heap.options().budgetBytes));
  } catch (const std::bad_alloc&) {
    return stoppedForMemory(engine, allocationFailedMessage(heap.footprint(), heap.options().budgetBytes));
  } catch (const std::length_error&) {
    return stoppedForMemory(engine, allocationFailedMessage(heap.footprint(), heap.options().budgetBytes));
  }
}

RunOutcome evaluate(Engine& engine, const CompiledProgram& program) {
  Value result = engine.interpreter().runModule(program);
  if (result.isException()) return failure(engine);
  Interpreter::Pin pin(engine.interpreter(), result);
  if (!engine.eventLoop().run()) return failure(engine);
  if (program.module->isAsync) {
    const auto& promise = engine.heap().as<PromiseObject>(result);
    if (promise.state == PromiseState::Pending) {
      return {RunOutcome::Status::UnsettledTopLevelAwait, Value(), engine.interpreter().moduleAwaitPosition(), {}};
    }
  }
  return {};
}

}  // namespace

RunOutcome runEventLoop(Engine& engine) {
  return withinMemory(engine, [&] { return engine.eventLoop().run() ? RunOutcome{} : failure(engine); });
}

RunOutcome runProgram(Engine& engine, const CompiledProgram& program) {
  engine.heap().startProgram();
  return withinMemory(engine, [&] { return evaluate(engine, program); });
}

std::string describeUncaught(Engine& engine, const RunOutcome& outcome) {
  const Value thrown = outcome.thrown;
  const bool isError = thrown.isObject() && engine.heap().get(thrown.asCell()).kind == CellKind::Error;
  if (outcome.rejected && !isError) {
    // Node's own error for it (lib/internal/process/promises.js), inspected.
    return "[UnhandledPromiseRejection: This error originated either by throwing inside of an async function "
           "without a catch block, or by rejecting a promise which was not handled with .catch(). The promise "
           "rejected with the reason \"" +
           noSideEffectsToString(engine, thrown) + "\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}";
  }
  if (isError) {
    Value stack = ops::get(engine, thrown, PropertyKey::fromAtom(engine.atoms().stack));
    if (stack.isString()) return stringText(engine, stack);
    engine.takePendingException();
  }
  return inspect(engine, thrown);
}

}  // namespace reachable
