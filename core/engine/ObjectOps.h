#pragma once

#include <optional>
#include <vector>

#include "engine/Engine.h"
#include "engine/PropertyKey.h"
#include "heap/JSObject.h"

namespace reachable {

// A complete or partial property descriptor (ECMA-262 §6.2.6): the fields a
// defineProperty call gave, and what getOwnPropertyDescriptor reports.
struct PropertyDescriptor {
  std::optional<Value> value;
  std::optional<Value> getter;
  std::optional<Value> setter;
  std::optional<bool> writable;
  std::optional<bool> enumerable;
  std::optional<bool> configurable;

  bool isAccessor() const { return getter.has_value() || setter.has_value(); }
  bool isData() const { return value.has_value() || writable.has_value(); }
  static PropertyDescriptor data(Value v, std::uint8_t attributes);
};

// The object internal methods of ECMA-262 §10.1 for ordinary objects, with the
// exotic parts this engine has (Array's `length` and index keys, string indices),
// and the one place where a Proxy's go to its handler (ProxyObjects.h).
// On a throw they return Value::exception(), false or nothing, the error pending in
// the engine: a caller that gets nothing (or no keys) checks hasPendingException().
namespace ops {

// An interned string key is an index key when it is a canonical array index ("7").
PropertyKey keyFromAtom(Value atom);
// ToPropertyKey(value); nullopt when it threw.
std::optional<PropertyKey> toPropertyKey(Engine& engine, Value value);
// The key as a JavaScript value: a string (indices too) or a symbol.
Value keyToValue(Engine& engine, const PropertyKey& key);
// The same key as a value handed to JavaScript (a proxy's trap, a JSON replacer): an
// index is its name, interned only if some property already made it, so that a loop
// over four billion indices does not keep four billion names for ever.
Value keyToValueUninterned(Engine& engine, const PropertyKey& key);

std::optional<PropertyDescriptor> getOwnProperty(Engine& engine, CellId object, const PropertyKey& key);
bool defineOwnProperty(Engine& engine, CellId object, const PropertyKey& key, const PropertyDescriptor& desc,
                       bool throwOnFailure);
// CreateDataProperty: an enumerable, writable, configurable data property.
bool createDataProperty(Engine& engine, CellId object, const PropertyKey& key, Value value);
bool hasProperty(Engine& engine, CellId object, const PropertyKey& key);
bool hasOwnProperty(Engine& engine, CellId object, const PropertyKey& key);
// [[Get]] on any value (primitives read their prototype's properties); throws on
// null and undefined with V8's "Cannot read properties of null (reading 'x')".
Value get(Engine& engine, Value base, const PropertyKey& key);
Value getFromObject(Engine& engine, CellId object, const PropertyKey& key, Value receiver);
// PutValue's [[Set]] on any value: in strict code a failure throws V8's TypeError, in
// sloppy code it is ignored (a null or undefined base throws in both). False only
// when it threw.
bool set(Engine& engine, Value base, const PropertyKey& key, Value value, bool strict = true);
// [[Set]] with a receiver; false when it failed, thrown unless !throwOnFailure
// (Reflect.set's plain false: hasPendingException() tells a refusal from a throw).
bool setOnObject(Engine& engine, CellId object, const PropertyKey& key, Value value, Value receiver,
                 bool throwOnFailure = true);
// [[Delete]] in strict mode.
bool deleteProperty(Engine& engine, CellId object, const PropertyKey& key);
// The delete operator's [[Delete]]: nothing when it threw; in sloppy code false when
// the property stays, where strict code throws.
std::optional<bool> deleteProperty(Engine& engine, CellId object, const PropertyKey& key, bool strict);
// [[OwnPropertyKeys]]: indices ascending, then strings, then symbols, each in
// insertion order.
std::vector<PropertyKey> ownPropertyKeys(Engine& engine, CellId object);
// [[PreventExtensions]]: false when a proxy refused, nothing when it threw.
std::optional<bool> preventExtensions(Engine& engine, CellId object);
std::optional<bool> isExtensible(Engine& engine, CellId object);
// [[GetPrototypeOf]]: the prototype, null, or Value::exception().
Value getPrototypeOf(Engine& engine, CellId object);
// [[SetPrototypeOf]] (OrdinarySetPrototypeOf for ordinary objects), with why it refused.
enum class ProtoResult { Done, NotExtensible, Cyclic, Refused, Threw };
ProtoResult setPrototypeOf(Engine& engine, CellId object, Value proto);
// [[Delete]] without strict mode's throw: false when the property stays.
std::optional<bool> tryDelete(Engine& engine, CellId object, const PropertyKey& key);
// IsArray: true for an array and a proxy of one; nothing when a revoked proxy threw.
std::optional<bool> isArray(Engine& engine, Value v);
// IsCompatiblePropertyDescriptor (ValidateAndApplyPropertyDescriptor without an object).
bool isCompatibleDescriptor(Engine& engine, bool extensible, const PropertyDescriptor& desc,
                            const std::optional<PropertyDescriptor>& current);
// ToPropertyDescriptor, with V8's messages; nothing when it threw.
std::optional<PropertyDescriptor> toPropertyDescriptor(Engine& engine, Value v);
// FromPropertyDescriptor: a new object with the descriptor's fields.
Value fromPropertyDescriptor(Engine& engine, const PropertyDescriptor& d);
// The key as V8's messages quote it.
std::string keyForMessage(Engine& engine, const PropertyKey& key);

// The prototype of any value (primitives: their wrapper's prototype), or kNoCell.
CellId prototypeOf(Engine& engine, Value v);
// Whether an array's index is stored in its elements (rather than absent, or among
// its named properties with attributes of its own).
bool inElements(const JSObject& o, const PropertyKey& key);
// The longest an array can be: 2^32 - 1.
constexpr double kMaxArrayLength = 4294967295.0;
// Array length assignment, with V8's RangeError for an invalid length.
bool setArrayLength(Engine& engine, JSObject& array, Value length, bool throwOnFailure);
// For a loop over indices that skips the absent ones, as V8 walks dictionary elements
// rather than the length: the first index from `from` up to `end` (or from `from` down
// to -1) that the object or its prototypes may have. A sparse array's or array-like's
// gap is stepped over at once where every object on the chain keeps its indices
// plainly (no proxy, String wrapper or arguments) and none holds one in the gap;
// otherwise `from` itself. The properties looked through are added to `work`.
double nextPossibleIndex(Engine& engine, CellId object, double from, double end, std::uint64_t& work);
double previousPossibleIndex(Engine& engine, CellId object, double from, std::uint64_t& work);

}  // namespace ops
}  // namespace reachable
