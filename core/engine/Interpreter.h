#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "engine/Bytecode.h"
#include "engine/Compiler.h"
#include "engine/Engine.h"
#include "engine/FrameStack.h"
#include "heap/AsyncFrameCell.h"
#include "heap/GeneratorCell.h"

namespace reachable {

// Why a run stopped before its end: a limit, not a JavaScript error.
struct Termination {
  std::string message;
  SourcePosition position;
};

class Interpreter {
 public:
  explicit Interpreter(Engine& engine);

  // Runs a program's top level (a module's body, or a classic script with the
  // global object as `this`); Value::exception() when it threw.
  Value runModule(const CompiledProgram& program);
  Value call(Value function, Value thisValue, std::span<const Value> args);
  Value construct(Value function, std::span<const Value> args, Value newTarget);
  // Counts a step that is not a statement (a task, a microtask job) against the
  // budgets, collecting when the heap calls for it; false, with the run terminated
  // (located at `where`, else at the running statement), once one is spent.
  bool countStep(std::optional<SourcePosition> where = std::nullopt);
  // Counts one turn of a built-in's loop (a string split, an iterator drained into an
  // array, a list read from an array-like) against the step budget. It never
  // collects (the values a built-in holds in C++ are not roots): the heap's own
  // allocation limit bounds the memory such a loop makes (HeapLimitReached).
  // `weight`: how many steps the work is worth (a gc() counts the cells it traced).
  bool countIteration(std::uint64_t weight = 1, std::optional<SourcePosition> where = std::nullopt);
  // Ends the run with a limit's located message (no handler can catch it); false.
  bool terminate(std::string message, std::optional<SourcePosition> where = std::nullopt);
  // Continues an async function parked at an await, with the awaited promise's value
  // (or, when it was rejected, by throwing its reason at the await).
  void resumeAsync(CellId parked, Value value, bool rejected);
  // How a generator is resumed: by next(v), throw(e) or return(v).
  enum class ResumeMode : std::uint8_t { Next, Throw, Return };
  // GeneratorResume and GeneratorResumeAbrupt: runs the generator to its next yield
  // or its end; the { value, done } it gives, or Value::exception().
  Value resumeGenerator(CellId generator, ResumeMode mode, Value value);
  // AsyncGeneratorEnqueue and what follows it (next, throw and return of an async
  // generator): the promise of the request's { value, done }.
  Value enqueueAsyncGeneratorRequest(Value generator, ResumeMode mode, Value value);
  // The awaited value of a return() on a finished async generator, or on one parked
  // in yield*, has settled.
  void finishAsyncGeneratorReturn(CellId generator, Value value, bool rejected);

  // Where the running program is: the innermost frame's current statement.
  std::optional<SourcePosition> currentPosition() const;
  // Where an object made now comes from: the expression of the innermost frame's
  // current instruction, else its statement; nothing outside JavaScript.
  std::optional<SourcePosition> allocationPosition() const;
  // Where V8 places an error raised now: at the expression of the innermost frame's
  // current instruction (FunctionCode::errorPositions), else at its statement.
  std::optional<SourcePosition> errorPosition() const;
  // A throw starts now: its position is kept for when nothing catches it.
  void noteThrow() {
    if (auto position = errorPosition()) throwPosition_ = *position;
  }
  // Where the last throw happened.
  SourcePosition throwPosition() const { return throwPosition_; }
  // Where a promise rejected now is reported when its reason is no error: the throw
  // that rejects an async function's promise, else the call rejecting it (reject(5)).
  SourcePosition rejectionPosition() const {
    return rejectingThrow_ ? throwPosition_ : errorPosition().value_or(SourcePosition{});
  }
  const std::optional<Termination>& termination() const { return termination_; }
  // Where the module last awaited (top-level await), for the unsettled warning.
  SourcePosition moduleAwaitPosition() const { return moduleAwaitPosition_; }
  std::uint64_t steps() const { return steps_; }

  void forEachRoot(RootVisitor& visitor) const;
  // What the timeline reads at a step boundary: the frames, outermost first, their
  // values, and the roots that belong to no frame.
  const FrameStack& frames() const { return frames_; }
  // While on, each frame logs the locals it writes (Frame::localsWritten), for the
  // timeline to read; the timeline empties the log of each frame it reads.
  void logLocalWrites(bool on) { logLocalWrites_ = on; }
  void forgetLocalWrites(std::size_t index) {
    frames_[index].localsWritten.clear();
    frames_[index].tooManyLocalsWritten = false;
  }
  static constexpr std::size_t kLoggedLocalWrites = 32;
  void forEachHostRoot(RootVisitor& visitor) const;

  // Where a value sits in its frame. Slots of the stack are numbered from the frame's
  // base; what a frame holds for the engine from kEngineSlots on, so that it is never
  // taken for a local.
  enum class FramePart : std::uint8_t { Local, Operand, Engine };
  static constexpr std::uint32_t kEngineSlots = 1u << 20;
  // Every value frame `index` holds, each a root: `visit(FramePart, slot, Value)` for
  // its locals, its operands, then the callee, `this`, new.target, an async call's
  // promise, a generator's object, its context and the arguments past its parameters. The collector's roots
  // and the timeline's scopes both read a frame through this.
  template <class Visit>
  void forEachValue(std::size_t index, Visit&& visit) const {
    const Frame& frame = frames_[index];
    const Value* locals = std::min<const Value*>(frame.base + frame.code->localCount, frameTop(index));
    for (const Value* v = frame.base; v < locals; ++v) visit(FramePart::Local, static_cast<std::uint32_t>(v - frame.base), *v);
    forEachTemporary(index, visit);
  }
  // The values of frame `index` other than its locals: forEachValue's operands and
  // engine values.
  template <class Visit>
  void forEachTemporary(std::size_t index, Visit&& visit) const {
    const Frame& frame = frames_[index];
    const Value* top = frameTop(index);
    std::uint32_t slot = frame.code->localCount;
    for (const Value* v = frame.base + slot; v < top; ++v, ++slot) visit(FramePart::Operand, slot, *v);
    slot = kEngineSlots;
    for (Value v : {frame.callee, frame.thisValue, frame.newTarget, frame.asyncPromise, frame.generator}) {
      visit(FramePart::Engine, slot++, v);
    }
    if (frame.context != kNoCell) visit(FramePart::Engine, slot++, Value::object(frame.context));
    for (Value v : frame.extraArguments) visit(FramePart::Engine, slot++, v);
  }
  std::string describeFrameRoot(RootRef ref) const;

  // One level of a built-in that recurses on the C++ stack (flat over nested arrays):
  // it takes a level of the JavaScript call depth, so that the same limit, and V8's
  // RangeError, ends a descent through a 100,000-deep array as it ends recursion.
  class BuiltinRecursion {
   public:
    explicit BuiltinRecursion(Interpreter& interpreter) : interpreter_(interpreter) { ++interpreter.builtinDepth_; }
    ~BuiltinRecursion() { --interpreter_.builtinDepth_; }
    BuiltinRecursion(const BuiltinRecursion&) = delete;
    BuiltinRecursion& operator=(const BuiltinRecursion&) = delete;
    // False, with the RangeError thrown, once the depth is past the limit.
    bool allowed();

   private:
    Interpreter& interpreter_;
  };

  // Values a built-in holds while it calls back into JavaScript: they are roots
  // until the guard goes.
  // A function of code compiled from a string (new Function): global code, with no
  // enclosing context.
  CellId makeGlobalClosure(const FunctionCode& code) { return makeClosure(code, kNoCell, false); }
  // A direct eval's code, closed over its caller's scopes.
  CellId makeEvalClosure(const FunctionCode& code, CellId context) { return makeClosure(code, context, false); }

  class Pin {
   public:
    Pin(Interpreter& interpreter, Value v) : interpreter_(interpreter) { interpreter.pinned_.push_back(v); }
    ~Pin() { interpreter_.pinned_.pop_back(); }
    Pin(const Pin&) = delete;
    Pin& operator=(const Pin&) = delete;

   private:
    Interpreter& interpreter_;
  };

 private:
  const Value* frameTop(std::size_t index) const { return index + 1 < frames_.size() ? frames_[index + 1].base : sp_; }
  void noteLocalWrite(Frame& frame, std::uint32_t slot) {
    if (!logLocalWrites_) [[likely]] return;
    if (frame.localsWritten.size() < kLoggedLocalWrites) {
      frame.localsWritten.push_back(slot);
    } else {
      frame.tooManyLocalsWritten = true;
    }
  }
  // Built-ins calling back into JavaScript (and generators resumed by next()) recurse
  // on the C++ stack; bound it.
  static constexpr std::uint32_t kMaxNativeDepth = 400;
  struct Handler {
    std::size_t frame;
    std::size_t pc;
    Value* sp;
    CellId context;
  };

  Value run(std::size_t entryDepth);
  bool pushFrame(Value callee, const JSFunction& fn, Value thisValue, Value* args, std::uint32_t argc, Value newTarget,
                 Value* resultSlot);
  enum class Unwound { Caught, Returned, Uncaught };
  Unwound unwind(std::size_t entryDepth, Value& result);
  Value throwInto(std::size_t depth, Value value);
  bool popFrame(Value result);
  bool suspend(Frame& frame);
  Value newGenerator(const JSFunction& fn);
  // Moves a frame's values below `top` and its try handlers into a new parked frame.
  AsyncFrame& park(const Frame& frame, const Value* top);
  // Puts a parked frame back on the stack as an entry frame, leaving the cell empty.
  void unpark(AsyncFrame& parked);
  // Parks a generator's frame (values below `top`) in its generator object.
  void parkGenerator(const Frame& frame, const Value* top, GeneratorState state);
  // Runs a resumed generator's frame from its yield, as `mode` asks.
  Value continueGenerator(std::size_t depth, ResumeMode mode, Value value, bool started);
  // One turn of `yield*` on [iterator next received mode]: what the delegate said.
  enum class Delegation { Threw, Yielded, Done, Returned };
  Delegation delegateYield(Value& out);
  // Calls the delegate's next, throw or return (as the record's mode says) with what
  // was received; `absent` (and undefined) when it has no such throw or return.
  Value callDelegate(const Value* record, bool& absent);
  // Reads a delegate's result: Yielded with `out` the value to hand on (an async
  // generator's) or the result itself (a sync one's), else its final value.
  Delegation delegateOutcome(Value result, ResumeMode mode, bool async, Value& out);
  // An async generator's turn has ended with `result` (a yield's { value, done }, a
  // return's, or Value::exception()): its requests settle, and it runs on while
  // more wait at a yield.
  void settleAsyncGeneratorTurn(CellId generator, Value result);
  // Removes the oldest request, fulfilling its promise with `value` or rejecting it.
  void completeAsyncGeneratorStep(CellId generator, Value value, bool rejected);
  // A finished async generator answers the requests still queued.
  void drainAsyncGeneratorQueue(CellId generator);
  void awaitAsyncGeneratorReturn(CellId generator);
  // Awaits a return() request's value: finishAsyncGeneratorReturn runs once it
  // settles. False, with the error pending, when it cannot be made a promise.
  bool awaitReturnValue(CellId generator, Value value);
  // Resumes an async generator parked at a yield with a request.
  Value resumeAsyncGenerator(CellId generator, ResumeMode mode, Value value);
  // Whether the generator is parked in a yield*, between two calls of its delegate.
  bool parkedInDelegation(CellId generator) const;
  // Continues a frame just unparked after an await, as resumeAsync does.
  Value continueAfterAwait(std::size_t depth, Value value, bool rejected);
  // GetIterator(iterable, async) on the stack: a `for await`'s (`iterableText` names the
  // iterable in V8's TypeError) or, `delegated`, a yield*'s.
  bool getAsyncIterator(std::u16string_view iterableText, bool delegated);
  bool asyncIteratorStep(bool& done);
  bool asyncIteratorReturn(bool& absent);
  bool callOnStack(std::uint32_t argc);
  bool directEvalOnStack(std::uint32_t argc, CellId context, const DirectEvalSite& site);
  bool constructOnStack(std::uint32_t argc, PropertyCache& prototypeCache);
  bool getIterator(std::u16string_view iterableText);
  bool iteratorStep(Value* record, bool& done);
  bool iteratorClose();
  bool spreadArguments(std::uint32_t& argc, bool hasThis = true);
  bool superCall(std::uint32_t argc);
  std::string notSuperConstructor(Value parent, Value function);
  bool defineMethod(std::uint32_t kind);
  bool copyDataProperties(Value target, Value source, Value excludedKeys);
  bool makeClass(const FunctionCode& constructor, CellId context, bool hasSuper);
  Value createArguments(const Frame& frame);
  Value forInKeys(Value object);
  Value templateObject(const FunctionCode& code, std::uint32_t site);
  bool forInNext();
  std::optional<bool> forInVisits(Value object, const PropertyKey& key);
  Value finishReturn(Frame& frame, Value result);
  void noteModuleFinished();
  bool checkBudgets(std::optional<SourcePosition> where = std::nullopt);
  bool checkStackRoom(std::size_t values);
  bool executeStep(Frame& frame);
  CellId makeClosure(const FunctionCode& code, CellId context, bool isMethod);
  bool runFieldInitializer(Value constructor, Value thisValue);

  Engine& engine_;
  // The shapes every closure goes through (its `length`, its `name`, a constructor's
  // `prototype`) and its prototype object's (`constructor`), taken once.
  struct ClosureShapes {
    Shape* length;
    Shape* named;
    Shape* withPrototype;
    Shape* prototype;
  } closureShapes_;
  // The value stack, its pages untouched until used: calloc's memory, not an array
  // constructed value by value (8 MiB written at every start), which the OS maps
  // page by page as the stack first reaches it.
  struct StackRelease {
    void operator()(Value* values) const { std::free(values); }
  };
  std::unique_ptr<Value[], StackRelease> stack_;
  Value* sp_;
  Value* stackEnd_;
  FrameStack frames_;
  std::vector<Handler> handlers_;
  std::vector<Value> pinned_;
  // One strings array per tagged template site, made on its first evaluation.
  std::map<std::pair<const FunctionCode*, std::uint32_t>, Value> templateObjects_;
  std::uint64_t steps_ = 0;
  std::uint64_t nextFrameSerial_ = 1;
  bool logLocalWrites_ = false;
  std::optional<Termination> termination_;
  SourcePosition throwPosition_;
  bool rejectingThrow_ = false;  // an async function's promise is being rejected by its throw
  SourcePosition moduleAwaitPosition_;
  std::uint32_t nativeDepth_ = 0;
  std::uint32_t builtinDepth_ = 0;  // levels of BuiltinRecursion
};

}  // namespace reachable
