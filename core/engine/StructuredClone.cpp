// structuredClone(value, options): the HTML structured clone as Node 20 does it with
// V8's ValueSerializer, done here in one pass, object to object, without the bytes
// in between.
#include "engine/StructuredClone.h"

#include <string>
#include <unordered_map>

#include "engine/Builtins.h"
#include "engine/Bytecode.h"
#include "engine/Conversions.h"
#include "engine/DOMException.h"
#include "engine/Interpreter.h"
#include "engine/NoSideEffectsToString.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "heap/CollectionCells.h"

namespace reachable {

namespace {

Value throwDataCloneError(Engine& engine, Value v) {
  return engine.throwValue(newDOMException(engine, noSideEffectsToString(engine, v) + " could not be cloned.",
                                           "DataCloneError"));
}

// The standard error kinds V8 keeps by name; any other name clones as Error.
ErrorType errorTypeNamed(Engine& engine, Value name) {
  if (!name.isString()) return ErrorType::Error;
  const std::string text = stringText(engine, name);
  for (auto type : {ErrorType::EvalError, ErrorType::RangeError, ErrorType::ReferenceError, ErrorType::SyntaxError,
                    ErrorType::TypeError, ErrorType::URIError}) {
    Value standard = ops::get(engine, Value::object(engine.intrinsic(Realm::prototypeOf(type))),
                              PropertyKey::fromAtom(engine.atoms().name));
    if (standard.isString() && stringText(engine, standard) == text) return type;
  }
  return ErrorType::Error;
}

class Cloner {
 public:
  explicit Cloner(Engine& engine)
      : engine_(engine), kept_(engine.newArray()), pin_(engine.interpreter(), kept_) {
    // The program never sees this list: the heap view leaves it out.
    engine.heap().get(kept_.asCell()).flags |= HeapCell::kEngineOwned;
  }

  Value clone(Value v) {
    if (v.isSymbol()) return throwDataCloneError(engine_, v);
    if (!v.isObject()) return v;
    if (auto it = copies_.find(v.asCell()); it != copies_.end()) return it->second;
    Interpreter::BuiltinRecursion level(engine_.interpreter());
    if (!level.allowed()) return Value::exception();
    return cloneObject(v);
  }

 private:
  Value cloneObject(Value v) {
    Heap& heap = engine_.heap();
    switch (heap.get(v.asCell()).kind) {
      case CellKind::Object:
        if (!isOrdinaryObject(v)) break;
        return copyProperties(v, remember(v, engine_.newObject()));
      case CellKind::Array: return cloneArray(v);
      case CellKind::Map:
      case CellKind::Set: return cloneCollection(v);
      case CellKind::Error: return cloneError(v);
      case CellKind::Date: {
        double time = heap.as<DateObject>(v).timeValue;
        return remember(v, Value::object(heap.make<DateObject>(engine_.intrinsic(Intrinsic::DatePrototype), time).id));
      }
      case CellKind::RegExp: return cloneRegExp(v);
      case CellKind::PrimitiveWrapper: return cloneWrapper(v);
      default: break;
    }
    return throwDataCloneError(engine_, v);
  }

  // V8 clones plain objects only: not the global object, an arguments object or a
  // built-in iterator, which here are objects with hidden state.
  bool isOrdinaryObject(Value v) {
    if (v.asCell() == engine_.intrinsic(Intrinsic::GlobalObject)) return false;
    if (engine_.heap().as<JSObject>(v).isArguments) return false;
    return !builtinIteratorState(engine_, v, IteratorKind::ArrayKeys, IteratorKind::RegExpStringGlobalUnicode);
  }

  // Cycles and shared references: an object met again is its first copy. Both are
  // kept alive while copying, since getters run and allocation collects.
  Value remember(Value original, Value copy) {
    copies_.emplace(original.asCell(), copy);
    auto& kept = engine_.heap().as<JSObject>(kept_);
    engine_.heap().noteElementsFrom(kept, static_cast<std::uint32_t>(kept.elements.size()));
    kept.elements.push_back(original);
    kept.elements.push_back(copy);
    engine_.heap().reaccount(kept);
    return copy;
  }

  // Own enumerable string-keyed properties, read with Get (getters run), written as
  // data properties. A property a getter deleted on the way is left out, as in V8.
  Value copyProperties(Value original, Value copy) {
    auto keys = ops::ownPropertyKeys(engine_, original.asCell());
    if (engine_.hasPendingException()) return Value::exception();
    for (const auto& key : keys) {
      if (!key.isIndex && key.atom.isSymbol()) continue;
      auto own = ops::getOwnProperty(engine_, original.asCell(), key);
      if (engine_.hasPendingException()) return Value::exception();
      if (!own || !own->enumerable.value_or(false)) continue;
      Value value = TRY(ops::get(engine_, original, key));
      Value cloned = TRY(clone(value));
      if (!ops::createDataProperty(engine_, copy.asCell(), key, cloned)) return Value::exception();
    }
    return copy;
  }

  // The length comes first, so holes stay holes; indices and named properties follow.
  Value cloneArray(Value original) {
    Value copy = remember(original, engine_.newArray());
    Value length = TRY(ops::get(engine_, original, PropertyKey::fromAtom(engine_.atoms().length)));
    if (!ops::set(engine_, copy, PropertyKey::fromAtom(engine_.atoms().length), length)) return Value::exception();
    return copyProperties(original, copy);
  }

  // The entries as they are when the copy starts; keys and values are cloned too.
  Value cloneCollection(Value original) {
    Heap& heap = engine_.heap();
    const bool isMap = heap.get(original.asCell()).kind == CellKind::Map;
    auto entries = isMap ? heap.as<MapObject>(original).table.entries() : heap.as<SetObject>(original).table.entries();
    Value copy = Value::object(isMap ? heap.make<MapObject>(engine_.intrinsic(Intrinsic::MapPrototype)).id
                                     : heap.make<SetObject>(engine_.intrinsic(Intrinsic::SetPrototype)).id);
    remember(original, copy);
    for (const auto& entry : entries) {
      if (!entry.live()) continue;
      keepAlive(entry);
      Value key = TRY(clone(entry.key));
      Value value = isMap ? TRY(clone(entry.value)) : Value::undefined();
      appendCollectionEntry(engine_, copy, key, value);
    }
    return copy;
  }

  // A snapshot's entries may have left the original (a getter deleted them) and must
  // outlive the copying of the entries before them.
  void keepAlive(const OrderedTable::Entry& entry) {
    auto& kept = engine_.heap().as<JSObject>(kept_);
    engine_.heap().noteElementsFrom(kept, static_cast<std::uint32_t>(kept.elements.size()));
    kept.elements.push_back(entry.key);
    kept.elements.push_back(entry.value);
    engine_.heap().reaccount(kept);
  }

  // V8 keeps an error's kind (by name), its own data `message`, its `stack` and,
  // since V8 11, its `cause`; other properties and the prototype are lost.
  Value cloneError(Value original) {
    Value name = TRY(ops::get(engine_, original, PropertyKey::fromAtom(engine_.atoms().name)));
    auto message = ops::getOwnProperty(engine_, original.asCell(), PropertyKey::fromAtom(engine_.atoms().message));
    if (engine_.hasPendingException()) return Value::exception();
    const bool hasMessage = message && message->value;
    std::string text = hasMessage ? stringText(engine_, TRY(toString(engine_, *message->value))) : std::string();
    Value copy = remember(original, engine_.newError(errorTypeNamed(engine_, name), text));
    if (!hasMessage) ops::deleteProperty(engine_, copy.asCell(), PropertyKey::fromAtom(engine_.atoms().message));
    Value stack = TRY(ops::get(engine_, original, PropertyKey::fromAtom(engine_.atoms().stack)));
    if (stack.isString()) {
      defineValue(engine_, copy.asCell(), "stack", stack);
    } else {
      ops::deleteProperty(engine_, copy.asCell(), PropertyKey::fromAtom(engine_.atoms().stack));
    }
    auto cause = ops::getOwnProperty(engine_, original.asCell(), PropertyKey::fromAtom(engine_.atoms().cause));
    if (engine_.hasPendingException()) return Value::exception();
    if (cause && cause->value) defineValue(engine_, copy.asCell(), "cause", TRY(clone(*cause->value)));
    return copy;
  }

  // Same pattern and flags, lastIndex back to 0.
  Value cloneRegExp(Value original) {
    Heap& heap = engine_.heap();
    auto& copy = heap.make<RegExpObject>(engine_.intrinsic(Intrinsic::RegExpPrototype));
    const auto& from = heap.as<RegExpObject>(original);
    copy.source = from.source;
    copy.flags = from.flags;
    copy.code = from.code;
    ops::defineOwnProperty(engine_, copy.id, PropertyKey::fromAtom(engine_.intern("lastIndex")),
                           PropertyDescriptor::data(Value::number(0), kWritable), false);
    return remember(original, Value::object(copy.id));
  }

  // new Boolean, Number, String and Object(bigint) clone; a Symbol wrapper does not.
  Value cloneWrapper(Value original) {
    Value primitive = engine_.heap().as<PrimitiveWrapperObject>(original).primitive;
    Intrinsic prototype = primitive.isBoolean()  ? Intrinsic::BooleanPrototype
                          : primitive.isNumber() ? Intrinsic::NumberPrototype
                          : primitive.isString() ? Intrinsic::StringPrototype
                          : primitive.isBigInt() ? Intrinsic::BigIntPrototype
                                                 : Intrinsic::SymbolPrototype;
    if (prototype == Intrinsic::SymbolPrototype) return throwDataCloneError(engine_, original);
    auto& copy = engine_.heap().make<PrimitiveWrapperObject>(engine_.intrinsic(prototype), primitive);
    return remember(original, Value::object(copy.id));
  }

  Engine& engine_;
  Value kept_;  // originals and copies, as elements, for the pin to keep alive
  Interpreter::Pin pin_;
  std::unordered_map<CellId, Value> copies_;
};

// Node's TypeErrors carry the code that names them.
Value throwNodeTypeError(Engine& engine, std::string_view message, std::string_view code) {
  Value error = engine.newError(ErrorType::TypeError, message);
  ops::createDataProperty(engine, error.asCell(), PropertyKey::fromAtom(engine.intern("code")), engine.intern(code));
  return engine.throwValue(error);
}

// Node's options check: an object or nothing, and a `transfer` list which, with
// nothing transferable here, must be empty (any array stands for an iterable).
bool checkOptions(Engine& engine, Value options) {
  if (options.isNullish()) return true;
  if (!options.isObject()) {
    throwNodeTypeError(engine, "The options argument must be either an object or undefined", "ERR_INVALID_ARG_TYPE");
    return false;
  }
  Value transfer = ops::get(engine, options, PropertyKey::fromAtom(engine.intern("transfer")));
  if (transfer.isException()) return false;
  if (transfer.isUndefined()) return true;
  if (!transfer.isObject() || engine.heap().get(transfer.asCell()).kind != CellKind::Array) {
    engine.throwError(ErrorType::TypeError, "Optional transferList argument must be an iterable");
    return false;
  }
  if (engine.heap().as<JSObject>(transfer).elements.size() == 0) return true;
  throwNodeTypeError(engine, "Found invalid object in transferList", "ERR_INVALID_TRANSFER_OBJECT");
  return false;
}

Value structuredClone(NativeCall& call) {
  Engine& engine = call.engine;
  if (call.args.empty()) return throwNodeTypeError(engine, "The value argument must be specified", "ERR_MISSING_ARGS");
  if (!checkOptions(engine, call.arg(1))) return Value::exception();
  return Cloner(engine).clone(call.arg(0));
}

}  // namespace

void installStructuredClone(Engine& engine) {
  installDOMException(engine);
  defineMethod(engine, engine.intrinsic(Intrinsic::GlobalObject), "structuredClone", structuredClone, 0);
}

}  // namespace reachable
