#pragma once

#include <string>

#include "engine/Engine.h"

namespace reachable {

// The abstract operations of ECMA-262 §7.1 and §7.2. Those that can run user code
// (valueOf, toString, getters) return Value::exception() — or, for a double, any
// number with the error pending in the engine — when that code throws.

enum class PreferredType : std::uint8_t { Default, Number, String };

Value toPrimitive(Engine& engine, Value v, PreferredType hint = PreferredType::Default);
// OrdinaryToPrimitive: valueOf then toString (hint Number), or the other way round
// (hint String), as Date.prototype[Symbol.toPrimitive] asks.
Value ordinaryToPrimitive(Engine& engine, Value object, PreferredType hint);
bool toBoolean(Engine& engine, Value v);
double toNumber(Engine& engine, Value v);
// ToNumeric: a number or a BigInt.
Value toNumeric(Engine& engine, Value v);
// ToString: a string value.
Value toString(Engine& engine, Value v);
// ToObject: an object (primitives get a wrapper), or a TypeError for null/undefined.
Value toObject(Engine& engine, Value v);
double toIntegerOrInfinity(Engine& engine, Value v);
// A primitive, or the primitive inside a wrapper object (thisNumberValue and its
// siblings); nullopt for any other object.
std::optional<Value> primitiveValue(Engine& engine, Value v);

// `typeof v`.
std::string_view typeofName(Engine& engine, Value v);
bool sameValue(Engine& engine, Value a, Value b);
bool sameValueZero(Engine& engine, Value a, Value b);
bool strictEquals(Engine& engine, Value a, Value b);
// `a == b`; nullopt when a conversion threw.
std::optional<bool> looseEquals(Engine& engine, Value a, Value b);

// The text of a string value, in UTF-8.
std::string stringText(Engine& engine, Value string);
// A value as V8 shows it inside an error message: strings as they are, symbols as
// Symbol(desc), objects as #<Object>, numbers by Number::toString.
std::string toDisplayString(Engine& engine, Value v);

// The name a function gets from a property key (SetFunctionName): the string, or
// "[description]" for a symbol.
std::string functionNameForKey(Engine& engine, Value key);

}  // namespace reachable
