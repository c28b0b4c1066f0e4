// Generators: a generator's frame is parked in the heap between its turns (as an
// awaiting async function's is), held only by its generator object, and each
// next(), throw() or return() puts it back on the stack for one more turn.
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/Iteration.h"
#include "engine/ObjectOps.h"

namespace reachable {

// Resumes the frame parked at `depth` by throwing `value` where it waits: its handlers
// may catch it and run on, or it leaves the frame.
Value Interpreter::throwInto(std::size_t depth, Value value) {
  engine_.throwValue(value);
  Value result;
  switch (unwind(depth, result)) {
    case Unwound::Caught: return run(depth);
    case Unwound::Returned: return result;
    case Unwound::Uncaught: return Value::exception();
  }
  return Value::exception();
}

namespace {

// What a generator that cannot run (finished, or never started and now abandoned)
// answers: return(v) gives v as done, throw(e) throws e, next() gives done.
Value answerFinished(Engine& engine, Interpreter::ResumeMode mode, Value value) {
  switch (mode) {
    case Interpreter::ResumeMode::Next: return iteratorResult(engine, Value::undefined(), true);
    case Interpreter::ResumeMode::Return: return iteratorResult(engine, value, true);
    case Interpreter::ResumeMode::Throw: return engine.throwValue(value);
  }
  return Value::undefined();
}

}  // namespace

void Interpreter::parkGenerator(const Frame& frame, const Value* top, GeneratorState state) {
  Heap& heap = engine_.heap();
  Value parked = Value::object(park(frame, top).id);
  auto& generator = heap.as<GeneratorObject>(frame.generator);
  heap.noteWrite(generator);
  generator.frame = parked;
  generator.state = state;
}

Value Interpreter::resumeGenerator(CellId id, ResumeMode mode, Value value) {
  Heap& heap = engine_.heap();
  auto& generator = heap.as<GeneratorObject>(id);
  const GeneratorState state = generator.state;
  if (state == GeneratorState::Executing) {
    return engine_.throwError(ErrorType::TypeError, "Generator is already running");
  }
  if (state == GeneratorState::Completed || (state == GeneratorState::SuspendedStart && mode != ResumeMode::Next)) {
    heap.noteWrite(generator);
    generator.state = GeneratorState::Completed;
    generator.frame = Value::undefined();
    return answerFinished(engine_, mode, value);
  }
  if (nativeDepth_ >= kMaxNativeDepth)
    return engine_.throwError(ErrorType::RangeError, "Maximum call stack size exceeded");
  // Every turn counts: an endless generator drained by a loop meets the budget.
  if (!countStep()) return Value::exception();
  auto& parked = heap.as<AsyncFrame>(generator.frame);
  if (!checkStackRoom(parked.values.size() + 1)) return Value::exception();
  std::size_t depth = frames_.size();
  unpark(parked);
  frames_.back().generator = Value::object(id);
  heap.noteWrite(generator);
  generator.state = GeneratorState::Executing;
  generator.frame = Value::undefined();
  ++nativeDepth_;
  Value result = continueGenerator(depth, mode, value, state == GeneratorState::SuspendedYield);
  --nativeDepth_;
  // Still running as far as its object knows: it returned or threw.
  if (generator.state == GeneratorState::Executing) {
    heap.noteWrite(generator);
    generator.state = GeneratorState::Completed;
  }
  return result;
}

Value Interpreter::continueGenerator(std::size_t depth, ResumeMode mode, Value value, bool started) {
  Frame& frame = frames_.back();
  const std::uint32_t* code = frame.code->code.data();
  // Parked in yield*: the delegate takes what came, at the instruction that calls it.
  const auto at = static_cast<Op>(code[frame.pc]);
  if (at == Op::YieldStar || at == Op::AsyncDelegateCall) {
    sp_[-2] = value;
    sp_[-1] = Value::number(static_cast<double>(mode));
    return run(depth);
  }
  switch (mode) {
    case ResumeMode::Next:
      if (started) *sp_++ = value;
      return run(depth);
    case ResumeMode::Throw: return throwInto(depth, value);
    case ResumeMode::Return:
      // As if the yield were `return value`: the stack cut back to the statement's,
      // then the compiled return (loops closed, finally blocks run).
      sp_ = frame.base + frame.code->localCount + code[frame.pc - 2];
      *sp_++ = value;
      frame.pc = code[frame.pc - 1];
      return run(depth);
  }
  return Value::exception();
}

Value Interpreter::callDelegate(const Value* record, bool& absent) {
  const Value iterator = record[0];
  const Value received = record[2];
  const auto mode = static_cast<ResumeMode>(static_cast<int>(record[3].asNumber()));
  Value method = record[1];
  absent = false;
  if (mode != ResumeMode::Next) {
    const Atoms& atoms = engine_.atoms();
    method =
        ops::get(engine_, iterator, PropertyKey::fromAtom(mode == ResumeMode::Throw ? atoms.throw_ : atoms.return_));
    if (method.isException()) return method;
    absent = method.isNullish();
    if (absent) return Value::undefined();
  }
  return engine_.call(method, iterator, {&received, 1});
}

Interpreter::Delegation Interpreter::delegateOutcome(Value result, ResumeMode mode, bool async, Value& out) {
  if (!result.isObject()) {
    engine_.throwError(ErrorType::TypeError,
                       "Iterator result " + toDisplayString(engine_, result) + " is not an object");
    return Delegation::Threw;
  }
  Pin pin(*this, result);
  Value done = ops::get(engine_, result, PropertyKey::fromAtom(engine_.atoms().done));
  if (done.isException()) return Delegation::Threw;
  const bool finished = toBoolean(engine_, done);
  // A sync generator hands on the delegate's result object itself.
  if (!finished && !async) {
    out = result;
    return Delegation::Yielded;
  }
  out = ops::get(engine_, result, PropertyKey::fromAtom(engine_.atoms().value));
  if (out.isException()) return Delegation::Threw;
  if (!finished) return Delegation::Yielded;
  return mode == ResumeMode::Return ? Delegation::Returned : Delegation::Done;
}

Interpreter::Delegation Interpreter::delegateYield(Value& out) {
  Value* record = sp_ - 4;
  const auto mode = static_cast<ResumeMode>(static_cast<int>(record[3].asNumber()));
  bool absent = false;
  Value result = callDelegate(record, absent);
  if (result.isException()) return Delegation::Threw;
  if (absent) {
    if (mode == ResumeMode::Return) {
      out = record[2];
      return Delegation::Returned;
    }
    // The delegate cannot take the throw: it is closed, and the protocol broken.
    if (!reachable::iteratorClose(engine_, IteratorRecord{record[0], record[1]})) return Delegation::Threw;
    engine_.throwError(ErrorType::TypeError, "The iterator does not provide a 'throw' method.");
    return Delegation::Threw;
  }
  return delegateOutcome(result, mode, false, out);
}

}  // namespace reachable
