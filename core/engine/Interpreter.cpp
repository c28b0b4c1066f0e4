#include "engine/Interpreter.h"

#include <cmath>

#include "engine/Conversions.h"
#include "engine/EngineMade.h"
#include "engine/ObjectOps.h"
#include "engine/Operators.h"
#include "engine/Promises.h"
#include "engine/ProxyObjects.h"
#include "engine/StepStream.h"
#include "engine/Try.h"
#include "heap/AsyncFrameCell.h"
#include "heap/HeapBudget.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

// The value stack's size. Allocated once, so that pointers into it stay valid while
// built-ins call back into JavaScript; a program that needs more gets the
// RangeError that V8 gives for a deep recursion.
constexpr std::size_t kStackValues = 1u << 20;
// Room left above a new frame's locals for its operand stack.
constexpr std::size_t kOperandRoom = 4096;
// A built-in recursing by itself (BuiltinRecursion) takes a few hundred bytes of C++
// stack a level, whatever --max-call-depth allows JavaScript's own frames.
constexpr std::uint32_t kMaxBuiltinDepth = 10'000;

}  // namespace

Interpreter::Interpreter(Engine& engine)
    : engine_(engine),
      stack_(static_cast<Value*>(std::calloc(kStackValues, sizeof(Value)))),
      sp_(stack_.get()),
      stackEnd_(stack_.get() + kStackValues) {
  if (!stack_) throw std::bad_alloc();
  const Atoms& atoms = engine.atoms();
  Shape& empty = engine.heap().emptyShape();
  closureShapes_.length = empty.withProperty(atoms.length, kConfigurable);
  closureShapes_.named = closureShapes_.length->withProperty(atoms.name, kConfigurable);
  closureShapes_.withPrototype = closureShapes_.named->withProperty(atoms.prototype, kWritable);
  closureShapes_.prototype = empty.withProperty(atoms.constructor, kWritable | kConfigurable);
}

std::optional<SourcePosition> Interpreter::currentPosition() const {
  for (std::size_t i = frames_.size(); i-- > 0;) {
    const Frame& frame = frames_[i];
    if (!frame.code->statements.empty()) return frame.code->statements[frame.statement].start;
  }
  return std::nullopt;
}

std::optional<SourcePosition> Interpreter::errorPosition() const {
  for (std::size_t i = frames_.size(); i-- > 0;) {
    const Frame& frame = frames_[i];
    // Code made from a string has no places of its own: its errors are the caller's,
    // at the call that ran it, as the first frame of V8's stack in the file shows.
    if (frame.code->placedAtCaller) continue;
    if (auto position = frame.code->errorPositionBefore(frame.pc)) return position;
    if (!frame.code->statements.empty()) return frame.code->statements[frame.statement].start;
  }
  return std::nullopt;
}

std::optional<SourcePosition> Interpreter::allocationPosition() const {
  if (frames_.empty()) return std::nullopt;
  const Frame& frame = frames_.back();
  if (auto site = frame.code->allocationSiteEndingAt(frame.pc)) return site;
  return currentPosition();
}

bool Interpreter::BuiltinRecursion::allowed() {
  const std::uint32_t depth = interpreter_.builtinDepth_;
  if (depth <= kMaxBuiltinDepth && interpreter_.frames_.size() + depth <= interpreter_.engine_.options().maxCallDepth) {
    return true;
  }
  interpreter_.engine_.throwError(ErrorType::RangeError, "Maximum call stack size exceeded");
  return false;
}

bool Interpreter::checkStackRoom(std::size_t values) {
  if (sp_ + values + kOperandRoom <= stackEnd_ && frames_.size() + builtinDepth_ < engine_.options().maxCallDepth) {
    return true;
  }
  engine_.throwError(ErrorType::RangeError, "Maximum call stack size exceeded");
  return false;
}

// The [[Prototype]] of a function of this kind: %Function.prototype%,
// %AsyncFunction.prototype% or %GeneratorFunction.prototype%.
static Intrinsic functionPrototypeOf(const FunctionCode& code) {
  if (code.isAsyncGenerator()) return Intrinsic::AsyncGeneratorFunctionPrototype;
  if (code.isGenerator) return Intrinsic::GeneratorFunctionPrototype;
  return code.isAsync ? Intrinsic::AsyncFunctionPrototype : Intrinsic::FunctionPrototype;
}

static Intrinsic generatorPrototypeOf(const FunctionCode& code) {
  return code.isAsync ? Intrinsic::AsyncGeneratorPrototype : Intrinsic::GeneratorPrototype;
}

CellId Interpreter::makeClosure(const FunctionCode& code, CellId context, bool isMethod) {
  Heap& heap = engine_.heap();
  CellId proto = engine_.intrinsic(functionPrototypeOf(code));
  auto& fn = heap.make<JSFunction>(proto, &code, context);
  const Atoms& atoms = engine_.atoms();
  fn.properties.addWithShape(closureShapes_.length, Value::number(code.paramCount));
  fn.properties.addWithShape(closureShapes_.named, code.nameValue.isString() ? code.nameValue : atoms.empty);
  bool ordinaryConstructor = code.kind == FunctionCode::Kind::Normal && !code.isAsync && !code.isGenerator && !isMethod;
  if (ordinaryConstructor) {
    Value prototype = engine_.newObject();
    auto& protoObject = heap.as<JSObject>(prototype);
    protoObject.properties.addWithShape(closureShapes_.prototype, Value::object(fn.id));
    heap.reaccount(protoObject);
    fn.properties.addWithShape(closureShapes_.withPrototype, prototype);
  }
  if (code.isGenerator) {
    // Each generator function has its own prototype for its generators, without a
    // `constructor`.
    Value prototype = engine_.newObject(engine_.intrinsic(generatorPrototypeOf(code)));
    fn.properties.addWithShape(closureShapes_.withPrototype, prototype);
  }
  heap.reaccount(fn);
  return fn.id;
}

// OrdinaryCreateFromConstructor(fn, %GeneratorPrototype%): made when the call
// begins, so that its allocation site is the call.
Value Interpreter::newGenerator(const JSFunction& fn) {
  Heap& heap = engine_.heap();
  auto index = fn.properties.find(engine_.atoms().prototype);
  Value prototype = index < 0 ? Value::undefined() : fn.properties.value(static_cast<std::uint32_t>(index));
  CellId proto = prototype.isObject() ? prototype.asCell() : engine_.intrinsic(generatorPrototypeOf(*fn.code));
  auto& generator = heap.make<GeneratorObject>(proto);
  generator.isAsync = fn.code->isAsync;
  heap.reaccount(generator);
  return Value::object(generator.id);
}

// A null result slot marks an entry frame, whose result returns to C++.
bool Interpreter::pushFrame(Value callee, const JSFunction& fn, Value thisValue, Value* args, std::uint32_t argc,
                            Value newTarget, Value* resultSlot) {
  const FunctionCode& code = *fn.code;
  if (!checkStackRoom(code.localCount)) return false;
  // What the call allocates is made before the frame goes on, so that its allocation
  // site is the caller's call.
  Value generator = code.isGenerator ? newGenerator(fn) : Value::undefined();
  Value asyncPromise;
  // An async generator has no promise of its own: each request has one.
  if (code.isAsync && !code.isGenerator) {
    asyncPromise = promises::newPromise(engine_);
    if (code.kind == FunctionCode::Kind::Module)
      engine_.heap().get(asyncPromise.asCell()).flags |= HeapCell::kEngineOwned;
  }
  // Sloppy code's `this` (OrdinaryCallBindThis): a missing one is the global object, a
  // primitive its wrapper. Arrows have none of their own.
  if (!code.strict && code.kind != FunctionCode::Kind::Arrow && newTarget.isUndefined()) {
    thisValue = thisValue.isNullish() ? Value::object(engine_.intrinsic(Intrinsic::GlobalObject))
                                      : toObject(engine_, thisValue);
  }
  CellId context = fn.context;
  if (code.functionContext >= 0) {
    const auto& layout = code.contexts[static_cast<std::size_t>(code.functionContext)];
    context = engine_.heap().make<Context>(context, layout.names.size(), &layout.names).id;
  }
  // Every field set, in place: a frame is large, and a call the commonest thing a run does.
  Frame& frame = frames_.pushReused();
  frame.code = &code;
  frame.pc = 0;
  frame.statement = 0;
  frame.base = args;
  frame.callee = callee;
  frame.thisValue = thisValue;
  frame.newTarget = newTarget;
  frame.context = context;
  frame.entry = resultSlot == nullptr;
  frame.resultSlot = resultSlot;
  frame.construct = !newTarget.isUndefined();
  frame.handlerBase = handlers_.size();
  frame.asyncPromise = asyncPromise;
  frame.generator = generator;
  frame.serial = nextFrameSerial_++;
  frame.argumentCount = argc;
  frame.extraArguments.clear();
  if (argc > code.formalCount) frame.extraArguments.assign(args + code.formalCount, args + argc);
  // Every local past the parameters starts undefined, extra arguments' slots included
  // (they were copied to extraArguments above).
  for (std::uint32_t i = std::min(argc, code.formalCount); i < code.localCount; ++i) args[i] = Value::undefined();
  sp_ = args + code.localCount;
  return true;
}

Value Interpreter::runModule(const CompiledProgram& program) {
  CellId fn = makeClosure(*program.module, kNoCell, false);
  engine_.heap().get(fn).flags |= HeapCell::kEngineOwned;
  Value self = program.isScript ? Value::object(engine_.intrinsic(Intrinsic::GlobalObject)) : Value::undefined();
  return call(Value::object(fn), self, {});
}

Value Interpreter::call(Value function, Value thisValue, std::span<const Value> args) {
  if (!engine_.isCallable(function)) {
    return engine_.throwError(ErrorType::TypeError, engine_.describeForMessage(function) + " is not a function");
  }
  // Checked before anything is pushed: a frame pushed and then abandoned would stay
  // above the frames of the runs that unwind this error, each of which would then pop
  // its neighbour's frame instead of its own, and the ones left would be roots for ever.
  if (nativeDepth_ >= kMaxNativeDepth)
    return engine_.throwError(ErrorType::RangeError, "Maximum call stack size exceeded");
  if (engine_.heap().get(function.asCell()).kind == CellKind::Proxy) {
    return proxy::call(engine_, function.asCell(), thisValue, args);
  }
  auto& fn = engine_.heap().as<JSFunction>(function);
  if (fn.native) {
    ++nativeDepth_;
    NativeCall call{engine_, function, thisValue, args, Value::undefined()};
    Value result = fn.native(call);
    --nativeDepth_;
    return result;
  }
  if (fn.code->isClassConstructor()) {
    return engine_.throwError(ErrorType::TypeError,
                              "Class constructor " + fn.code->name + " cannot be invoked without 'new'");
  }
  // A built-in calling back into JavaScript (a callback, a proxy's trap, a getter)
  // counts a step, placed at the function: a body with no statement counts none itself.
  if (!countIteration(1, fn.code->range.start) || !checkStackRoom(args.size() + 2)) return Value::exception();
  Value* at = sp_;
  for (Value a : args) *sp_++ = a;
  std::size_t depth = frames_.size();
  if (!pushFrame(function, fn, thisValue, at, static_cast<std::uint32_t>(args.size()), Value::undefined(), nullptr)) {
    sp_ = at;
    return Value::exception();
  }
  ++nativeDepth_;
  Value result = run(depth);
  --nativeDepth_;
  return result;
}

bool Interpreter::runFieldInitializer(Value constructor, Value thisValue) {
  const auto& fn = engine_.heap().as<JSFunction>(constructor);
  if (fn.hostSlots.empty()) return true;
  return !call(fn.hostSlots[0], thisValue, {}).isException();
}

Value Interpreter::construct(Value function, std::span<const Value> args, Value newTarget) {
  if (!engine_.isConstructor(function)) {
    return engine_.throwError(ErrorType::TypeError, engine_.describeForMessage(function) + " is not a constructor");
  }
  if (engine_.heap().get(function.asCell()).kind == CellKind::Proxy) {
    return proxy::construct(engine_, function.asCell(), args, newTarget);
  }
  auto& fn = engine_.heap().as<JSFunction>(function);
  if (fn.native) {
    NativeCall call{engine_, function, Value::undefined(), args, newTarget};
    return fn.native(call);
  }
  Value thisValue = Value::uninitialized();
  if (fn.code->kind != FunctionCode::Kind::DerivedConstructor) {
    Value prototype = TRY(ops::get(engine_, newTarget, PropertyKey::fromAtom(engine_.atoms().prototype)));
    thisValue =
        engine_.newObject(prototype.isObject() ? prototype.asCell() : engine_.intrinsic(Intrinsic::ObjectPrototype));
    Pin pin(*this, thisValue);
    if (!runFieldInitializer(function, thisValue)) return Value::exception();
  }
  if (!checkStackRoom(args.size() + 2)) return Value::exception();
  Value* at = sp_;
  for (Value a : args) *sp_++ = a;
  std::size_t depth = frames_.size();
  if (!pushFrame(function, fn, thisValue, at, static_cast<std::uint32_t>(args.size()), newTarget, nullptr)) {
    sp_ = at;
    return Value::exception();
  }
  ++nativeDepth_;
  Value result = run(depth);
  --nativeDepth_;
  return result;
}

// What a frame's return gives its caller: a constructor returns its object unless
// the body returned another object.
Value Interpreter::finishReturn(Frame& frame, Value result) {
  if (!frame.construct || result.isObject()) return result;
  if (frame.code->kind == FunctionCode::Kind::DerivedConstructor) {
    return engine_.throwError(ErrorType::TypeError, "Derived constructors may only return object or undefined");
  }
  return frame.thisValue;
}

void Interpreter::noteModuleFinished() {
  if (StepStream* steps = engine_.stepStream()) steps->moduleFinished();
}

bool Interpreter::terminate(std::string message, std::optional<SourcePosition> where) {
  auto position = where ? where : currentPosition();
  termination_ = Termination{std::move(message), position.value_or(SourcePosition{})};
  engine_.throwValue(Value::undefined());
  return false;
}

// Unwinds a throw to the nearest handler. An async function's frame catches
// everything that reaches it: its promise is rejected and the frame returns that
// promise, as if normally.
Interpreter::Unwound Interpreter::unwind(std::size_t entryDepth, Value& result) {
  if (termination_) {
    // A limit ends the run: no handler may catch it.
    while (frames_.size() > entryDepth) {
      sp_ = frames_.back().base;
      handlers_.resize(frames_.back().handlerBase);
      frames_.pop_back();
    }
    return Unwound::Uncaught;
  }
  while (frames_.size() > entryDepth) {
    Frame& frame = frames_.back();
    if (handlers_.size() > frame.handlerBase) {
      Handler h = handlers_.back();
      handlers_.pop_back();
      sp_ = h.sp;
      frame.context = h.context;
      frame.pc = h.pc;
      *sp_++ = engine_.takePendingException();
      return Unwound::Caught;
    }
    if (!frame.asyncPromise.isUndefined()) {
      rejectingThrow_ = true;
      promises::reject(engine_, frame.asyncPromise.asCell(), engine_.takePendingException());
      rejectingThrow_ = false;
      result = frame.asyncPromise;
      return popFrame(result) ? Unwound::Returned : Unwound::Caught;
    }
    bool entry = frame.entry;
    sp_ = entry ? frame.base : frame.resultSlot;
    frames_.pop_back();
    if (entry) return Unwound::Uncaught;
  }
  return Unwound::Uncaught;
}

// Pops the innermost frame, handing `result` to its caller; true when the frame was
// entered from C++ (the result then returns to it).
bool Interpreter::popFrame(Value result) {
  // The stack is about to empty: the step that ran last shows its frame still there.
  if (frames_.size() == 1) {
    if (StepStream* steps = engine_.stepStream()) steps->flush();
  }
  Frame& frame = frames_.back();
  handlers_.resize(frame.handlerBase);
  bool entry = frame.entry;
  Value* slot = entry ? frame.base : frame.resultSlot;
  frames_.pop_back();
  sp_ = slot;
  if (!entry) *sp_++ = result;
  return entry;
}

// `await value`: the frame moves into the heap, to be resumed by a reaction of the
// promise it awaits; the caller gets the async function's promise.
bool Interpreter::suspend(Frame& frame) {
  Heap& heap = engine_.heap();
  if (frame.code->kind == FunctionCode::Kind::Module)
    moduleAwaitPosition_ = frame.code->statements[frame.statement].start;
  auto& parked = park(frame, sp_ - 1);
  Value parkedValue = Value::object(parked.id);
  Pin pin(*this, parkedValue);
  parked.promise = frame.asyncPromise;
  parked.generator = frame.generator;
  if (!frame.generator.isUndefined()) {
    auto& generator = heap.as<GeneratorObject>(frame.generator);
    heap.noteWrite(generator);
    generator.state = GeneratorState::Awaiting;
  }
  heap.reaccount(parked);
  Value promise = promises::promiseResolve(engine_, sp_[-1]);
  if (promise.isException()) return false;
  // `await 1` wraps the value in a promise of the engine's.
  if (promise != sp_[-1]) markEngineMade(engine_, promise);
  promises::then(engine_, promise.asCell(), Value::undefined(), Value::undefined(), parkedValue);
  return true;
}

AsyncFrame& Interpreter::park(const Frame& frame, const Value* top) {
  auto& parked = engine_.heap().make<AsyncFrame>();
  parked.code = frame.code;
  parked.pc = static_cast<std::uint32_t>(frame.pc);
  parked.statement = frame.statement;
  parked.values.assign(static_cast<const Value*>(frame.base), top);
  parked.callee = frame.callee;
  parked.thisValue = frame.thisValue;
  parked.newTarget = frame.newTarget;
  parked.context = frame.context;
  parked.extraArguments = frame.extraArguments;
  for (std::size_t i = frame.handlerBase; i < handlers_.size(); ++i) {
    parked.handlers.push_back({static_cast<std::uint32_t>(handlers_[i].pc),
                               static_cast<std::uint32_t>(handlers_[i].sp - frame.base), handlers_[i].context});
  }
  engine_.heap().reaccount(parked);
  return parked;
}

void Interpreter::unpark(AsyncFrame& parked) {
  std::size_t depth = frames_.size();
  Frame frame;
  frame.code = parked.code;
  frame.pc = parked.pc;
  frame.statement = parked.statement;
  frame.base = sp_;
  frame.callee = parked.callee;
  frame.thisValue = parked.thisValue;
  frame.newTarget = parked.newTarget;
  frame.context = parked.context;
  frame.extraArguments = parked.extraArguments;
  frame.asyncPromise = parked.promise;
  frame.entry = true;
  frame.handlerBase = handlers_.size();
  for (const auto& h : parked.handlers) handlers_.push_back({depth, h.pc, sp_ + h.stackDepth, h.context});
  for (Value v : parked.values) *sp_++ = v;
  engine_.heap().noteWrite(parked);
  parked.resumed = true;
  parked.values.clear();
  parked.handlers.clear();
  parked.extraArguments.clear();
  parked.context = kNoCell;
  parked.callee = parked.thisValue = parked.newTarget = parked.promise = parked.generator = Value::undefined();
  engine_.heap().reaccount(parked);
  frame.serial = nextFrameSerial_++;
  frames_.pushReused() = std::move(frame);
}

void Interpreter::resumeAsync(CellId parkedId, Value value, bool rejected) {
  auto& parked = engine_.heap().as<AsyncFrame>(parkedId);
  if (!checkStackRoom(parked.values.size() + 1)) return;
  std::size_t depth = frames_.size();
  const Value generator = parked.generator;
  unpark(parked);
  ++nativeDepth_;
  if (!generator.isUndefined()) {
    frames_.back().generator = generator;
    auto& object = engine_.heap().as<GeneratorObject>(generator);
    engine_.heap().noteWrite(object);
    object.state = GeneratorState::Executing;
    Value result = continueAfterAwait(depth, value, rejected);
    --nativeDepth_;
    settleAsyncGeneratorTurn(generator.asCell(), result);
    return;
  }
  if (rejected) {
    engine_.throwValue(value);
    Value result;
    if (unwind(depth, result) == Unwound::Caught) run(depth);
  } else {
    *sp_++ = value;
    run(depth);
  }
  --nativeDepth_;
}

bool Interpreter::countStep(std::optional<SourcePosition> where) {
  ++steps_;
  return checkBudgets(where);
}

bool Interpreter::countIteration(std::uint64_t weight, std::optional<SourcePosition> where) {
  steps_ += weight;
  if (steps_ <= engine_.options().stepBudget) return true;
  return checkBudgets(where);
}

// The step budget, then the collection the heap's growth calls for and the heap
// budget after it. Every place that counts a step comes here, so that no kind of
// work (a statement, a loop's turn, a task, a microtask job) escapes a limit.
bool Interpreter::checkBudgets(std::optional<SourcePosition> where) {
  if (steps_ > engine_.options().stepBudget) {
    return terminate("the program ran more than " + std::to_string(engine_.options().stepBudget) +
                         " steps (an endless loop?)",
                     where);
  }
  if (engine_.heap().collectionDue()) {
    auto result = engine_.collectGarbage(CollectionReason::Automatic);
    if (result.overBudget) {
      return terminate(heapBudgetMessage(result.footprintAfter, engine_.options().heap.budgetBytes), where);
    }
  } else if (engine_.heap().quietCollectionDue()) {
    engine_.collectQuietly();
  }
  return true;
}

// The rarer work of a statement boundary: tracing, then the budgets. The run loop
// counts the step itself.
bool Interpreter::executeStep(Frame& frame) {
  if (StepStream* steps = engine_.stepStream()) {
    if (steps->collectionRequestedNow()) engine_.collectGarbage(CollectionReason::Requested);
    steps->statement(frame.code->statements[frame.statement]);
    if (steps->full()) {
      return terminate("the recording reached its limit of " + std::to_string(steps->stepCap()) +
                       " steps (an endless loop? reachable-cli run records nothing and goes on)");
    }
    if (steps->cancelled()) return terminate("the recording was cancelled");
  }
  return checkBudgets();
}

}  // namespace reachable

namespace reachable {

// Each frame's values are roots: its locals (named for the GUI), its operand stack,
// its callee, `this`, new.target, an async function's promise, its context and the
// extra arguments. Group = frame index.
void Interpreter::forEachRoot(RootVisitor& visitor) const {
  for (std::uint32_t f = 0; f < frames_.size(); ++f) {
    forEachValue(f, [&](FramePart, std::uint32_t slot, Value v) { visitor.visitRoot({RootKind::Frame, f, slot}, v); });
  }
  forEachHostRoot(visitor);
}

// Values below the first frame (arguments an entry call pushed), pinned ones, tagged
// template objects and the contexts try handlers restore.
void Interpreter::forEachHostRoot(RootVisitor& visitor) const {
  const Value* first = frames_.empty() ? sp_ : frames_.front().base;
  std::uint32_t slot = 0;
  for (const Value* v = stack_.get(); v < first; ++v) visitor.visitRoot({RootKind::Frame, 0xFFFF'FFFF, slot++}, *v);
  for (Value v : pinned_) visitor.visitRoot({RootKind::Frame, 0xFFFF'FFFF, slot++}, v);
  for (const auto& [site, strings] : templateObjects_) visitor.visitRoot({RootKind::Intrinsic, 3, slot++}, strings);
  for (const Handler& h : handlers_) {
    if (h.context != kNoCell) visitor.visitRoot({RootKind::Frame, 0xFFFF'FFFF, slot++}, Value::object(h.context));
  }
}

std::string Interpreter::describeFrameRoot(RootRef ref) const {
  if (ref.group >= frames_.size()) return "a built-in's value";
  const Frame& frame = frames_[ref.group];
  std::string function = frame.code->name.empty() ? "<module>" : frame.code->name;
  if (ref.slot < frame.code->localNames.size() && !frame.code->localNames[ref.slot].empty()) {
    return frame.code->kind == FunctionCode::Kind::Module ? frame.code->localNames[ref.slot]
                                                          : function + ": " + frame.code->localNames[ref.slot];
  }
  return "frame of " + function;
}

}  // namespace reachable
