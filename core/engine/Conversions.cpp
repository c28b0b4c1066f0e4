#include "engine/Conversions.h"

#include <cmath>

#include "engine/BigInts.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "format/NumberToString.h"
#include "format/StringToNumber.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

Value callMethodIfCallable(Engine& engine, Value object, Value name, bool& called) {
  Value method = TRY(ops::get(engine, object, PropertyKey::fromAtom(name)));
  called = engine.isCallable(method);
  if (!called) return Value::undefined();
  return engine.call(method, object, {});
}

}  // namespace

Value ordinaryToPrimitive(Engine& engine, Value object, PreferredType hint) {
  Value first = hint == PreferredType::String ? engine.atoms().toString : engine.atoms().valueOf;
  Value second = hint == PreferredType::String ? engine.atoms().valueOf : engine.atoms().toString;
  for (Value name : {first, second}) {
    bool called = false;
    Value result = TRY(callMethodIfCallable(engine, object, name, called));
    if (called && !result.isObject()) return result;
  }
  return engine.throwError(ErrorType::TypeError, "Cannot convert object to primitive value");
}

Value toPrimitive(Engine& engine, Value v, PreferredType hint) {
  if (!v.isObject()) return v;
  Value exotic = TRY(ops::get(engine, v, PropertyKey::fromAtom(engine.realm().symbols.toPrimitive)));
  if (!exotic.isNullish()) {
    if (!engine.isCallable(exotic))
      return engine.throwError(ErrorType::TypeError, "Symbol.toPrimitive is not a function");
    std::string_view hintName = hint == PreferredType::String   ? "string"
                                : hint == PreferredType::Number ? "number"
                                                                : "default";
    Value args[] = {engine.intern(hintName)};
    Value result = engine.call(exotic, v, args);
    if (result.isException() || !result.isObject()) return result;
    return engine.throwError(ErrorType::TypeError, "Cannot convert object to primitive value");
  }
  return ordinaryToPrimitive(engine, v, hint == PreferredType::Default ? PreferredType::Number : hint);
}

bool toBoolean(Engine& engine, Value v) {
  if (v.isBoolean()) return v.asBoolean();
  if (v.isNumber()) {
    double d = v.asNumber();
    return d != 0 && !std::isnan(d);
  }
  if (v.isString()) return !engine.heap().text(v).empty();
  if (v.isBigInt()) return bigintValue(engine, v) != 0;
  return !v.isNullish();
}

double toNumber(Engine& engine, Value v) {
  if (v.isNumber()) return v.asNumber();
  if (v.isUndefined()) return std::nan("");
  if (v.isNull()) return 0;
  if (v.isBoolean()) return v.asBoolean() ? 1 : 0;
  if (v.isString()) return stringToNumber(engine.heap().text(v));
  if (v.isSymbol() || v.isBigInt()) {
    engine.throwError(ErrorType::TypeError,
                      v.isSymbol() ? "Cannot convert a Symbol value to a number" : "Cannot convert a BigInt value to a number");
    return std::nan("");
  }
  Value primitive = toPrimitive(engine, v, PreferredType::Number);
  if (primitive.isException()) return std::nan("");
  return toNumber(engine, primitive);
}

Value toNumeric(Engine& engine, Value v) {
  if (v.isNumber() || v.isBigInt()) return v;
  Value primitive = TRY(toPrimitive(engine, v, PreferredType::Number));
  if (primitive.isBigInt()) return primitive;
  double d = toNumber(engine, primitive);
  if (engine.hasPendingException()) return Value::exception();
  return Value::number(d);
}

Value toString(Engine& engine, Value v) {
  const Atoms& atoms = engine.atoms();
  if (v.isString()) return v;
  if (v.isNumber()) return engine.newString(numberToString(v.asNumber()));
  if (v.isBigInt()) return engine.newString(bigintToString(bigintValue(engine, v)));
  if (v.isUndefined()) return atoms.undefined;
  if (v.isNull()) return atoms.null_;
  if (v.isBoolean()) return v.asBoolean() ? atoms.true_ : atoms.false_;
  if (v.isSymbol()) return engine.throwError(ErrorType::TypeError, "Cannot convert a Symbol value to a string");
  Value primitive = TRY(toPrimitive(engine, v, PreferredType::String));
  return toString(engine, primitive);
}

Value toObject(Engine& engine, Value v) {
  if (v.isObject()) return v;
  if (v.isNullish()) return engine.throwError(ErrorType::TypeError, "Cannot convert undefined or null to object");
  return Value::object(engine.heap().make<PrimitiveWrapperObject>(ops::prototypeOf(engine, v), v).id);
}

double toIntegerOrInfinity(Engine& engine, Value v) {
  double d = toNumber(engine, v);
  if (std::isnan(d)) return 0;
  if (std::isinf(d)) return d;
  return std::trunc(d) + 0.0;
}

std::optional<Value> primitiveValue(Engine& engine, Value v) {
  if (!v.isObject()) return v;
  if (engine.heap().get(v.asCell()).kind != CellKind::PrimitiveWrapper) return std::nullopt;
  return engine.heap().as<PrimitiveWrapperObject>(v).primitive;
}

std::string_view typeofName(Engine& engine, Value v) {
  if (v.isNumber()) return "number";
  if (v.isString()) return "string";
  if (v.isBoolean()) return "boolean";
  if (v.isUndefined()) return "undefined";
  if (v.isSymbol()) return "symbol";
  if (v.isBigInt()) return "bigint";
  if (v.isNull()) return "object";
  return engine.isCallable(v) ? "function" : "object";
}

bool sameValue(Engine& engine, Value a, Value b) {
  if (a.isString() && b.isString()) return engine.heap().text(a) == engine.heap().text(b);
  if (a.isBigInt() && b.isBigInt()) return bigintValue(engine, a) == bigintValue(engine, b);
  return a == b;
}

bool sameValueZero(Engine& engine, Value a, Value b) {
  if (a.isNumber() && b.isNumber())
    return a.asNumber() == b.asNumber() || (std::isnan(a.asNumber()) && std::isnan(b.asNumber()));
  return sameValue(engine, a, b);
}

bool strictEquals(Engine& engine, Value a, Value b) {
  if (a.isNumber() && b.isNumber()) return a.asNumber() == b.asNumber();
  return sameValue(engine, a, b);
}

std::optional<bool> looseEquals(Engine& engine, Value a, Value b) {
  if (a.isNumber() && b.isNumber()) return a.asNumber() == b.asNumber();
  if ((a.isString() && b.isString()) || (a.isObject() && b.isObject()) || (a.isSymbol() && b.isSymbol()) ||
      (a.isBoolean() && b.isBoolean()) || (a.isBigInt() && b.isBigInt())) {
    return strictEquals(engine, a, b);
  }
  if (a.isNullish() || b.isNullish()) return a.isNullish() && b.isNullish();
  if (a.isBoolean()) return looseEquals(engine, Value::number(a.asBoolean() ? 1 : 0), b);
  if (b.isBoolean()) return looseEquals(engine, a, Value::number(b.asBoolean() ? 1 : 0));
  if (a.isNumber() && b.isString()) return a.asNumber() == toNumber(engine, b);
  if (a.isString() && b.isNumber()) return toNumber(engine, a) == b.asNumber();
  if (a.isBigInt() && b.isString()) return looseEquals(engine, b, a);
  if (a.isString() && b.isBigInt()) {
    auto n = stringToBigInt(engine.heap().text(a));
    return n && *n == bigintValue(engine, b);
  }
  if (a.isBigInt() && b.isNumber()) return compareBigIntToNumber(bigintValue(engine, a), b.asNumber()) == 0;
  if (a.isNumber() && b.isBigInt()) return compareBigIntToNumber(bigintValue(engine, b), a.asNumber()) == 0;
  if (a.isObject() && !b.isObject()) {
    Value primitive = toPrimitive(engine, a);
    if (primitive.isException()) return std::nullopt;
    return looseEquals(engine, primitive, b);
  }
  if (b.isObject() && !a.isObject()) {
    Value primitive = toPrimitive(engine, b);
    if (primitive.isException()) return std::nullopt;
    return looseEquals(engine, a, primitive);
  }
  return false;
}

std::string stringText(Engine& engine, Value string) { return toUtf8(engine.heap().text(string)); }

std::string toDisplayString(Engine& engine, Value v) {
  if (v.isString()) return stringText(engine, v);
  if (v.isNumber()) return numberToString(v.asNumber());
  if (v.isSymbol()) {
    Value description = engine.heap().as<SymbolCell>(v).description;
    return "Symbol(" + (description.isString() ? stringText(engine, description) : std::string()) + ")";
  }
  if (v.isObject()) return engine.describeForMessage(v);
  return stringText(engine, toString(engine, v));
}

std::string functionNameForKey(Engine& engine, Value key) {
  if (!key.isSymbol()) return stringText(engine, key);
  Value description = engine.heap().as<SymbolCell>(key).description;
  return description.isString() ? "[" + stringText(engine, description) + "]" : std::string();
}

}  // namespace reachable
