#include "engine/Builtins.h"

#include <algorithm>
#include <cmath>

#include "engine/Conversions.h"
#include "engine/Eval.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "engine/StructuredClone.h"
#include "format/NumberToString.h"

namespace reachable {

void installBuiltins(Engine& engine) {
  installObjectBuiltins(engine);
  installFunctionBuiltins(engine);
  installErrorBuiltins(engine);
  installGlobalBuiltins(engine);
  installConsoleBuiltins(engine);
  installPromiseBuiltins(engine);
  installTimerBuiltins(engine);
  installWeakBuiltins(engine);
  installArrayBuiltins(engine);
  installStringBuiltins(engine);
  installNumberBuiltins(engine);
  installMathBuiltins(engine);
  installSymbolBuiltins(engine);
  installBigIntBuiltins(engine);
  installReflectBuiltins(engine);
  installProxyBuiltins(engine);
  installJsonBuiltins(engine);
  installCollectionBuiltins(engine);
  installGeneratorBuiltins(engine);
  installAsyncGeneratorBuiltins(engine);
  installRegExpBuiltins(engine);
  installDateBuiltins(engine);
  installStructuredClone(engine);
  installEval(engine);
}

std::optional<int> toStringRadix(Engine& engine, Value argument) {
  if (argument.isUndefined()) return 10;
  const double radix = toIntegerOrInfinity(engine, argument);
  if (engine.hasPendingException()) return std::nullopt;
  if (radix < 2 || radix > 36) {
    engine.throwError(ErrorType::RangeError, "toString() radix argument must be between 2 and 36");
    return std::nullopt;
  }
  return static_cast<int>(radix);
}

PropertyKey indexKey(Engine& engine, double index) {
  if (index >= 0 && index < 4294967295.0) return PropertyKey::fromIndex(static_cast<std::uint32_t>(index));
  return PropertyKey::fromAtom(engine.intern(numberToString(index)));
}

std::optional<double> lengthOfArrayLike(Engine& engine, Value object) {
  if (object.isObject() && engine.heap().get(object.asCell()).kind == CellKind::Array) {
    return static_cast<double>(engine.heap().as<JSObject>(object).elements.length());
  }
  Value length = ops::get(engine, object, PropertyKey::fromAtom(engine.atoms().length));
  if (length.isException()) return std::nullopt;
  double n = toIntegerOrInfinity(engine, length);
  if (engine.hasPendingException()) return std::nullopt;
  return std::clamp(n, 0.0, 9007199254740991.0);
}

std::optional<std::vector<Value>> listFromArrayLike(Engine& engine, Value arrayLike) {
  // V8's FixedArray::kMaxLength: a longer list is refused before it is read.
  constexpr double kMaxListLength = 134217725;
  if (!arrayLike.isObject()) {
    engine.throwError(ErrorType::TypeError, "CreateListFromArrayLike called on non-object");
    return std::nullopt;
  }
  auto length = lengthOfArrayLike(engine, arrayLike);
  if (!length) return std::nullopt;
  if (*length > kMaxListLength) {
    engine.throwError(ErrorType::RangeError, "Invalid array length");
    return std::nullopt;
  }
  // Read into an array the collector sees: a getter may run a collection midway.
  Value holder = engine.newArray();
  Interpreter::Pin pin(engine.interpreter(), holder);
  auto& items = engine.heap().as<JSObject>(holder).elements;
  for (double i = 0; i < *length; ++i) {
    if (!engine.interpreter().countIteration()) return std::nullopt;
    Value item = ops::get(engine, arrayLike, indexKey(engine, i));
    if (item.isException()) return std::nullopt;
    items.push_back(item);
  }
  return std::vector<Value>(items.begin(), items.end());
}

Value iteratorResult(Engine& engine, Value value, bool done) {
  Value result = engine.newObject();
  ops::createDataProperty(engine, result.asCell(), PropertyKey::fromAtom(engine.atoms().value), value);
  ops::createDataProperty(engine, result.asCell(), PropertyKey::fromAtom(engine.atoms().done), Value::boolean(done));
  return result;
}

Value throwNotAFunction(Engine& engine, Value v) {
  return engine.throwError(ErrorType::TypeError, engine.describeForMessage(v) + " is not a function");
}

std::string typedDescription(Engine& engine, Value v) {
  std::string type(typeofName(engine, v));
  if (v.isNumber() || v.isBoolean()) return type + " " + toDisplayString(engine, v);
  if (v.isString()) return type + " \"" + toDisplayString(engine, v) + "\"";
  if (v.isNullish()) return toDisplayString(engine, v);
  return type;
}

std::optional<std::u16string> stringArgument(Engine& engine, Value v) {
  Value s = toString(engine, v);
  if (s.isException()) return std::nullopt;
  return engine.heap().text(s);
}

std::optional<double> relativeIndex(Engine& engine, Value argument, double length, double defaultValue) {
  if (argument.isUndefined()) return defaultValue;
  double relative = toIntegerOrInfinity(engine, argument);
  if (engine.hasPendingException()) return std::nullopt;
  if (relative < 0) return std::max(length + relative, 0.0);
  return std::min(relative, length);
}

Value newBuiltinIterator(Engine& engine, Intrinsic prototype, Value iterated, IteratorKind kind) {
  Value iterator = engine.newObject(engine.intrinsic(prototype));
  auto& object = engine.heap().as<JSObject>(iterator);
  object.elements = {iterated, Value::number(0), Value::number(static_cast<double>(kind))};
  engine.heap().reaccount(object);
  return iterator;
}

JSObject* builtinIteratorState(Engine& engine, Value v, IteratorKind first, IteratorKind last) {
  if (!v.isObject()) return nullptr;
  auto& object = engine.heap().as<JSObject>(v);
  if (object.kind != CellKind::Object || object.elements.size() != 3 || !object.elements[kIteratorKind].isNumber()) {
    return nullptr;
  }
  double kind = object.elements[kIteratorKind].asNumber();
  if (kind < static_cast<double>(first) || kind > static_cast<double>(last)) return nullptr;
  return &object;
}

Value defineMethod(Engine& engine, CellId target, Value key, std::string_view name, NativeFunction fn,
                   std::uint32_t length) {
  Value function = engine.newNativeFunction(fn, name, length);
  ops::defineOwnProperty(engine, target, PropertyKey::fromAtom(key),
                         PropertyDescriptor::data(function, kWritable | kConfigurable), false);
  return function;
}

Value defineMethod(Engine& engine, CellId target, std::string_view name, NativeFunction fn, std::uint32_t length) {
  return defineMethod(engine, target, engine.intern(name), name, fn, length);
}

void defineValue(Engine& engine, CellId target, std::string_view name, Value value, std::uint8_t attributes) {
  ops::defineOwnProperty(engine, target, PropertyKey::fromAtom(engine.intern(name)),
                         PropertyDescriptor::data(value, attributes), false);
}

void defineGetter(Engine& engine, CellId target, Value key, std::string_view name, NativeFunction fn) {
  PropertyDescriptor d;
  d.getter = engine.newNativeFunction(fn, "get " + std::string(name), 0);
  d.setter = Value::undefined();
  d.enumerable = false;
  d.configurable = true;
  ops::defineOwnProperty(engine, target, PropertyKey::fromAtom(key), d, false);
}

namespace {

Value speciesGetter(NativeCall& call) { return call.thisValue; }

}  // namespace

void defineSpeciesGetter(Engine& engine, Value constructor) {
  defineGetter(engine, constructor.asCell(), engine.realm().symbols.species, "[Symbol.species]", speciesGetter);
}

Value defineConstructor(Engine& engine, std::string_view name, NativeFunction fn, std::uint32_t length,
                        CellId prototype, bool global) {
  Value constructor = engine.newNativeFunction(fn, name, length);
  engine.heap().as<JSFunction>(constructor).isConstructor = true;
  ops::defineOwnProperty(engine, constructor.asCell(), PropertyKey::fromAtom(engine.atoms().prototype),
                         PropertyDescriptor::data(Value::object(prototype), 0), false);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(engine.atoms().constructor),
                         PropertyDescriptor::data(constructor, kWritable | kConfigurable), false);
  if (global) defineValue(engine, engine.intrinsic(Intrinsic::GlobalObject), name, constructor);
  return constructor;
}

}  // namespace reachable
