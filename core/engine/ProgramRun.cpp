#include "engine/ProgramRun.h"

#include "engine/Conversions.h"
#include "engine/EventLoop.h"
#include "engine/Inspect.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "heap/PromiseCell.h"

namespace reachable {

namespace {

RunOutcome failure(Engine& engine) {
  Interpreter& interpreter = engine.interpreter();
  if (const auto& stop = interpreter.termination()) {
    return {RunOutcome::Status::Terminated, Value(), stop->position, stop->message};
  }
  if (auto rejected = engine.eventLoop().unhandledRejection()) {
    const auto& promise = engine.heap().as<PromiseObject>(*rejected);
    return {RunOutcome::Status::Uncaught, promise.result, interpreter.throwPosition(), {}};
  }
  return {RunOutcome::Status::Uncaught, engine.takePendingException(), interpreter.throwPosition(), {}};
}

}  // namespace

RunOutcome runEventLoop(Engine& engine) { return engine.eventLoop().run() ? RunOutcome{} : failure(engine); }

RunOutcome runProgram(Engine& engine, const CompiledProgram& program) {
  engine.heap().startProgram();
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

std::string describeUncaught(Engine& engine, Value thrown) {
  if (thrown.isObject() && engine.heap().get(thrown.asCell()).kind == CellKind::Error) {
    Value stack = ops::get(engine, thrown, PropertyKey::fromAtom(engine.atoms().stack));
    if (stack.isString()) return stringText(engine, stack);
    engine.takePendingException();
  }
  return inspect(engine, thrown);
}

}  // namespace reachable
