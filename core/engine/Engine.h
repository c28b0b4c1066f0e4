#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/Atoms.h"
#include "engine/ConsoleState.h"
#include "engine/PropertyKey.h"
#include "engine/Realm.h"
#include "heap/Collector.h"
#include "heap/FunctionCells.h"
#include "heap/Heap.h"
#include "heap/ProxyObject.h"
#include "text/SourcePosition.h"

namespace reachable {

class AllocationSites;
class Engine;
class EventLoop;
class StepStream;
struct FunctionCode;
struct CompiledProgram;
class Interpreter;
class KnownAbsent;

struct EngineOptions {
  HeapOptions heap;
  std::uint64_t stepBudget = 50'000'000;  // steps (statements, loop turns, jobs, built-ins' iterations) before the run stops
  std::uint32_t maxCallDepth = 10'000;
  std::uint32_t maxStringLength = (1u << 29) - 24;  // V8's String::kMaxLength
  std::uint64_t randomSeed = 1;
  // Record where each object is allocated (HeapCell::site), for scenario labels,
  // event narration and recording; off, allocation pays nothing for it.
  bool trackAllocationSites = false;
};

// Where console output goes: standard output (log, info) or standard error
// (error, warn). The CLI writes it out; the timeline records it.
class ConsoleSink {
 public:
  enum class Stream : std::uint8_t { Out, Err };
  virtual void write(Stream stream, std::string_view line) = 0;

 protected:
  ~ConsoleSink() = default;
};

// What a built-in sees of its call.
struct NativeCall {
  Engine& engine;
  Value callee;
  Value thisValue;
  std::span<const Value> args;
  Value newTarget;  // undefined for a plain call

  Value arg(std::size_t i) const { return i < args.size() ? args[i] : Value::undefined(); }
  bool isConstruct() const { return !newTarget.isUndefined(); }
};

// A running JavaScript world: the heap, the built-ins, and the interpreter.
// Operations that can throw return Value::exception() (or false) with the thrown
// value pending in the engine, never a C++ exception.
class Engine final : public RootProvider {
 public:
  Engine(EngineOptions options, ConsoleSink& console);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  Heap& heap() { return heap_; }
  const Heap& heap() const { return heap_; }
  const Atoms& atoms() const { return atoms_; }
  const Realm& realm() const { return realm_; }
  Realm& realm() { return realm_; }
  CellId intrinsic(Intrinsic i) const { return realm_[i]; }
  const EngineOptions& options() const { return options_; }
  ConsoleSink& console() { return console_; }
  ConsoleState& consoleState() { return consoleState_; }
  Interpreter& interpreter() { return *interpreter_; }
  EventLoop& eventLoop() { return *eventLoop_; }
  // Recording of steps for `trace` and the timeline; null (the default) costs nothing.
  StepStream* stepStream() const { return stepStream_; }
  void setStepStream(StepStream* steps) { stepStream_ = steps; }
  // The built-ins' properties that Reachable lacks on purpose; null while it installs them.
  const KnownAbsent* knownAbsent() const { return knownAbsent_.get(); }
  // The table of allocation sites; null unless EngineOptions::trackAllocationSites.
  AllocationSites* allocationSites() const { return sites_.get(); }
  // Where the program allocated an object; nothing when unknown or not tracked.
  std::optional<SourcePosition> allocationSite(const HeapCell& cell) const;

  // --- Throwing ---
  Value throwValue(Value thrown);
  Value throwError(ErrorType type, std::string_view message);
  bool hasPendingException() const { return hasException_; }
  Value takePendingException();
  Value pendingException() const { return exception_; }

  // --- Making things ---
  Value newObject(CellId prototype);
  Value newObject() { return newObject(intrinsic(Intrinsic::ObjectPrototype)); }
  Value newArray(std::vector<Value> elements = {});
  Value newString(std::u16string text) { return heap_.newString(std::move(text)); }
  Value newString(std::string_view utf8);
  Value newError(ErrorType type, std::string_view message);
  // A built-in function object with its `length` and `name`.
  Value newNativeFunction(NativeFunction fn, std::string_view name, std::uint32_t length, CellId prototype = kNoCell);
  // The interned string of an array index ("12"), a number's canonical name.
  Value indexAtom(std::uint32_t index);
  // That string if some property name already made it, else nothing: a lookup needs
  // no new atom, since no object can have a property whose name was never interned
  // (reading obj[i] for a million i must not intern a million names).
  std::optional<Value> existingIndexAtom(std::uint32_t index) const;
  Value intern(std::string_view ascii) { return heap_.intern(ascii); }

  // --- Calling ---
  Value call(Value function, Value thisValue, std::span<const Value> args);
  Value construct(Value function, std::span<const Value> args, Value newTarget);
  // A function, or a proxy of one.
  bool isCallable(Value v) const {
    if (!v.isObject()) return false;
    const HeapCell& cell = heap_.get(v.asCell());
    return cell.kind == CellKind::Function ||
           (cell.kind == CellKind::Proxy && static_cast<const ProxyObject&>(cell).callable);
  }
  bool isConstructor(Value v) const;

  // --- Collecting ---
  // A full collection; registries with newly emptied cells get their cleanup tasks.
  CollectionResult collectGarbage(CollectionReason reason, CollectionRecord* record = nullptr);
  // Collector::collectQuietly, unless the run is being recorded or traced or its
  // allocation sites are watched (objects would leave unexplained): then only a full
  // collection frees memory.
  void collectQuietly();
  void forEachRoot(RootVisitor& visitor) const override;
  void forEachWeaklyHeld(RootVisitor& visitor) const override;
  std::string describeRoot(RootRef ref) const override;

  // Keeps code compiled at run time (new Function) for as long as the engine, since
  // its functions point into it and no one tracks when the last of them dies.
  void keepCompiled(std::unique_ptr<CompiledProgram> program);

  // What V8 calls an object in messages: "#<Object>", "[object Array]".
  std::string describeForMessage(Value v);

 private:
  void createIntrinsics();

  EngineOptions options_;
  ConsoleSink& console_;
  ConsoleState consoleState_;
  Heap heap_;
  Atoms atoms_;
  Realm realm_;
  std::unique_ptr<Interpreter> interpreter_;
  std::unique_ptr<EventLoop> eventLoop_;
  std::unique_ptr<AllocationSites> sites_;
  std::unique_ptr<KnownAbsent> knownAbsent_;
  std::vector<Value> indexAtoms_;
  std::vector<std::unique_ptr<CompiledProgram>> compiledAtRunTime_;
  StepStream* stepStream_ = nullptr;
  // The record a watched run's collections fill (a recording's, a trace's, the
  // allocation sites'): one for all of them, so that its lists keep their memory.
  CollectionRecord watchedCollection_;
  bool hasException_ = false;
  Value exception_;
};

}  // namespace reachable
