#include "engine/Engine.h"

#include "engine/AllocationSites.h"
#include "engine/Builtins.h"
#include "engine/Compiler.h"
#include "engine/Conversions.h"
#include "engine/EventLoop.h"
#include "engine/Interpreter.h"
#include "engine/KnownAbsent.h"
#include "engine/NoSideEffectsToString.h"
#include "engine/ObjectOps.h"
#include "engine/StepStream.h"
#include "text/Utf16.h"

namespace reachable {

Engine::Engine(EngineOptions options, ConsoleSink& console)
    : options_(options),
      console_(console),
      heap_(options.heap),
      atoms_(heap_),
      interpreter_(std::make_unique<Interpreter>(*this)),
      eventLoop_(std::make_unique<EventLoop>(*this)) {
  createIntrinsics();
  installBuiltins(*this);
  knownAbsent_ = std::make_unique<KnownAbsent>(*this);
  if (options_.trackAllocationSites) {
    sites_ = std::make_unique<AllocationSites>(*interpreter_);
    heap_.setObserver(sites_.get());
  }
}

Engine::~Engine() = default;

void Engine::keepCompiled(std::unique_ptr<CompiledProgram> program) { compiledAtRunTime_.push_back(std::move(program)); }

std::optional<SourcePosition> Engine::allocationSite(const HeapCell& cell) const {
  return sites_ ? sites_->position(cell.site) : std::nullopt;
}

void Engine::createIntrinsics() {
  auto object = [&](CellId proto, CellKind kind = CellKind::Object) { return heap_.make<JSObject>(kind, proto).id; };
  CellId objectPrototype = object(kNoCell);
  realm_[Intrinsic::ObjectPrototype] = objectPrototype;
  realm_[Intrinsic::FunctionPrototype] = heap_.make<JSFunction>(objectPrototype).id;
  for (auto i :
       {Intrinsic::StringPrototype, Intrinsic::NumberPrototype, Intrinsic::BooleanPrototype, Intrinsic::SymbolPrototype,
        Intrinsic::BigIntPrototype, Intrinsic::ErrorPrototype, Intrinsic::IteratorPrototype, Intrinsic::MapPrototype, Intrinsic::SetPrototype,
        Intrinsic::WeakMapPrototype, Intrinsic::WeakSetPrototype, Intrinsic::WeakRefPrototype,
        Intrinsic::FinalizationRegistryPrototype, Intrinsic::PromisePrototype, Intrinsic::TimeoutPrototype,
        Intrinsic::RegExpPrototype, Intrinsic::DatePrototype, Intrinsic::GlobalObject}) {
    realm_[i] = object(objectPrototype);
  }
  realm_[Intrinsic::AsyncFunctionPrototype] = object(realm_[Intrinsic::FunctionPrototype]);
  realm_[Intrinsic::GeneratorFunctionPrototype] = object(realm_[Intrinsic::FunctionPrototype]);
  realm_[Intrinsic::GeneratorPrototype] = object(realm_[Intrinsic::IteratorPrototype]);
  realm_[Intrinsic::AsyncIteratorPrototype] = object(objectPrototype);
  realm_[Intrinsic::AsyncGeneratorFunctionPrototype] = object(realm_[Intrinsic::FunctionPrototype]);
  realm_[Intrinsic::AsyncGeneratorPrototype] = object(realm_[Intrinsic::AsyncIteratorPrototype]);
  realm_[Intrinsic::ArrayPrototype] = object(objectPrototype, CellKind::Array);
  for (auto i : {Intrinsic::TypeErrorPrototype, Intrinsic::RangeErrorPrototype, Intrinsic::ReferenceErrorPrototype,
                 Intrinsic::SyntaxErrorPrototype, Intrinsic::EvalErrorPrototype, Intrinsic::URIErrorPrototype,
                 Intrinsic::AggregateErrorPrototype, Intrinsic::DOMExceptionPrototype}) {
    realm_[i] = object(realm_[Intrinsic::ErrorPrototype]);
  }
  for (auto i : {Intrinsic::ArrayIteratorPrototype, Intrinsic::MapIteratorPrototype, Intrinsic::SetIteratorPrototype,
                 Intrinsic::StringIteratorPrototype, Intrinsic::RegExpStringIteratorPrototype}) {
    realm_[i] = object(realm_[Intrinsic::IteratorPrototype]);
  }
  auto symbol = [&](std::string_view description) { return heap_.newSymbol(heap_.intern(description)); };
  auto& s = realm_.symbols;
  s.iterator = symbol("Symbol.iterator");
  s.asyncIterator = symbol("Symbol.asyncIterator");
  s.hasInstance = symbol("Symbol.hasInstance");
  s.toPrimitive = symbol("Symbol.toPrimitive");
  s.toStringTag = symbol("Symbol.toStringTag");
  s.isConcatSpreadable = symbol("Symbol.isConcatSpreadable");
  s.species = symbol("Symbol.species");
  s.unscopables = symbol("Symbol.unscopables");
  s.match = symbol("Symbol.match");
  s.matchAll = symbol("Symbol.matchAll");
  s.replace = symbol("Symbol.replace");
  s.search = symbol("Symbol.search");
  s.split = symbol("Symbol.split");
}

Value Engine::throwValue(Value thrown) {
  if (interpreter_) interpreter_->noteThrow();
  exception_ = thrown;
  hasException_ = true;
  return Value::exception();
}

Value Engine::throwError(ErrorType type, std::string_view message) { return throwValue(newError(type, message)); }

Value Engine::takePendingException() {
  hasException_ = false;
  Value v = exception_;
  exception_ = Value::undefined();
  return v;
}

Value Engine::newObject(CellId prototype) {
  return Value::object(heap_.make<JSObject>(CellKind::Object, prototype).id);
}

Value Engine::newArray(std::vector<Value> elements) {
  auto& array = heap_.make<JSObject>(CellKind::Array, intrinsic(Intrinsic::ArrayPrototype));
  array.elements = std::move(elements);
  heap_.reaccount(array);
  return Value::object(array.id);
}

Value Engine::newString(std::string_view utf8) { return heap_.newString(fromUtf8(utf8)); }

// V8 gives an error its `stack` first and formats it on first read, so that a name
// set in a subclass's constructor shows ("ValidationError: bad"); the placeholder
// value is replaced by ObjectOps when the property is first read.
Value Engine::newError(ErrorType type, std::string_view message) {
  auto& error = heap_.make<ErrorObject>(intrinsic(Realm::prototypeOf(type)));
  if (interpreter_) error.madeAt = interpreter_->errorPosition().value_or(error.madeAt);
  error.properties.add(heap_.emptyShape(), atoms_.stack, Value::uninitialized(), kWritable | kConfigurable);
  error.properties.add(heap_.emptyShape(), atoms_.message, newString(message), kWritable | kConfigurable);
  heap_.reaccount(error);
  return Value::object(error.id);
}

Value Engine::newNativeFunction(NativeFunction fn, std::string_view name, std::uint32_t length, CellId prototype) {
  auto& function = heap_.make<JSFunction>(prototype == kNoCell ? intrinsic(Intrinsic::FunctionPrototype) : prototype);
  function.native = fn;
  function.properties.add(heap_.emptyShape(), atoms_.length, Value::number(length), kConfigurable);
  function.properties.add(heap_.emptyShape(), atoms_.name, heap_.intern(name), kConfigurable);
  heap_.reaccount(function);
  return Value::object(function.id);
}

Value Engine::indexAtom(std::uint32_t index) {
  if (index < indexAtoms_.size()) return indexAtoms_[index];
  Value atom = heap_.intern(std::to_string(index));
  if (index < 1024) {
    while (indexAtoms_.size() < index) indexAtoms_.push_back(heap_.intern(std::to_string(indexAtoms_.size())));
    indexAtoms_.push_back(atom);
  }
  return atom;
}

std::optional<Value> Engine::existingIndexAtom(std::uint32_t index) const {
  if (index < indexAtoms_.size()) return indexAtoms_[index];
  return heap_.internedIndexName(index);
}

Value Engine::call(Value function, Value thisValue, std::span<const Value> args) {
  return interpreter_->call(function, thisValue, args);
}

Value Engine::construct(Value function, std::span<const Value> args, Value newTarget) {
  return interpreter_->construct(function, args, newTarget);
}

bool Engine::isConstructor(Value v) const {
  if (!isCallable(v)) return false;
  if (heap_.get(v.asCell()).kind == CellKind::Proxy) return heap_.as<ProxyObject>(v).constructor;
  const auto& fn = heap_.as<JSFunction>(v);
  if (fn.native) return fn.isConstructor;
  return fn.code->isConstructor() && !fn.code->isAsync;
}

CollectionResult Engine::collectGarbage(CollectionReason reason, CollectionRecord* record) {
  Collector collector(heap_, *this);
  if ((stepStream_ || sites_) && !record) record = &watchedCollection_;
  if (stepStream_) stepStream_->collectionStarting();
  CollectionResult result = collector.collect(reason, record);
  if (stepStream_) stepStream_->collection(*record);
  if (sites_) sites_->noteCleared(heap_, *record);
  eventLoop_->enqueueCleanup(result.cleanupTasks);
  return result;
}

void Engine::collectQuietly() {
  // Whoever watches cells die (a recording, a trace, a scenario's narration waiting for
  // an object to be collected) would see them go where no full collection took them.
  if (stepStream_ || sites_ || heap_.writeLog().on()) {
    heap_.postponeQuietCollection();
    return;
  }
  Collector(heap_, *this).collectQuietly();
}

void Engine::forEachRoot(RootVisitor& visitor) const {
  visitor.visitRoot({RootKind::Global, 0, 0}, Value::object(realm_[Intrinsic::GlobalObject]));
  for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(Intrinsic::Count); ++i) {
    if (realm_.intrinsics[i] != kNoCell)
      visitor.visitRoot({RootKind::Intrinsic, 0, i}, Value::object(realm_.intrinsics[i]));
  }
  const auto& s = realm_.symbols;
  std::uint32_t n = 0;
  for (Value symbol : {s.iterator, s.asyncIterator, s.hasInstance, s.toPrimitive, s.toStringTag, s.isConcatSpreadable,
                       s.species, s.unscopables, s.match, s.matchAll, s.replace, s.search, s.split}) {
    visitor.visitRoot({RootKind::Intrinsic, 1, n++}, symbol);
  }
  if (hasException_) visitor.visitRoot({RootKind::Intrinsic, 2, 0}, exception_);
  interpreter_->forEachRoot(visitor);
  eventLoop_->forEachRoot(visitor);
}

void Engine::forEachWeaklyHeld(RootVisitor& visitor) const { eventLoop_->forEachWeaklyHeld(visitor); }

std::string Engine::describeRoot(RootRef ref) const {
  if (ref.kind == RootKind::Global) return "globalThis";
  if (ref.kind == RootKind::Frame) return interpreter_->describeFrameRoot(ref);
  return std::string(rootKindName(ref.kind));
}

// V8 names an object in messages by its constructor: "#<Object>", "#<Point>";
// arrays and functions by their [object …] tag or source.
std::string Engine::describeForMessage(Value v) {
  // A proxy is named by its target, as V8 names it (a revoked one's is null).
  while (v.isObject() && heap_.get(v.asCell()).kind == CellKind::Proxy) v = heap_.as<ProxyObject>(v).target;
  if (!v.isObject()) return toDisplayString(*this, v);
  const auto& cell = heap_.get(v.asCell());
  if (cell.kind == CellKind::Array) return "[object Array]";
  if (cell.kind == CellKind::Function) {
    const auto& fn = heap_.as<JSFunction>(v);
    if (fn.code) return "function " + fn.code->name;
    return "function";
  }
  // As V8 writes it, by data properties only: a message runs none of the program's code.
  return noSideEffectsToString(*this, v);
}

}  // namespace reachable
