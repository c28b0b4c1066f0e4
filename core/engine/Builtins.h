#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/Engine.h"
#include "engine/PropertyKey.h"
#include "heap/FunctionCells.h"
#include "heap/JSObject.h"
#include "heap/RegExpCell.h"

namespace reachable {

// Creates the global object's properties and the built-in prototypes' methods.
void installBuiltins(Engine& engine);

// Each group of built-ins installs itself; installBuiltins calls them in order.
void installObjectBuiltins(Engine& engine);
void installFunctionBuiltins(Engine& engine);
void installErrorBuiltins(Engine& engine);
void installGlobalBuiltins(Engine& engine);
void installConsoleBuiltins(Engine& engine);
void installPromiseBuiltins(Engine& engine);
void installTimerBuiltins(Engine& engine);
void installWeakBuiltins(Engine& engine);
void installArrayBuiltins(Engine& engine);
void installStringBuiltins(Engine& engine);
void installNumberBuiltins(Engine& engine);
void installMathBuiltins(Engine& engine);
void installSymbolBuiltins(Engine& engine);
void installBigIntBuiltins(Engine& engine);
void installReflectBuiltins(Engine& engine);
void installJsonBuiltins(Engine& engine);
void installCollectionBuiltins(Engine& engine);
void installGeneratorBuiltins(Engine& engine);
void installAsyncGeneratorBuiltins(Engine& engine);
// How V8 names the receiver a generator method refuses: a generator of the other kind
// by its tag, anything else as messages do.
std::string describeGeneratorReceiver(Engine& engine, Value v);
void installProxyBuiltins(Engine& engine);
void installRegExpBuiltins(Engine& engine);

// A regex literal's object (the parser checked the pattern already).
Value newRegExpLiteral(Engine& engine, std::u16string_view source, std::u16string_view flags);
// RegExpCreate(pattern, flags): what String's match, matchAll and search make of an
// argument that is not a regex.
Value regExpCreate(Engine& engine, Value pattern, std::u16string_view flags);
// IsRegExp: Symbol.match says so, else a RegExp object; nullopt when it threw.
std::optional<bool> isRegExp(Engine& engine, Value v);
// How util.inspect and the heap view show a regex: /a+/gi.
std::u16string regExpDisplayText(const RegExpObject& regexp);
void installDateBuiltins(Engine& engine);

// Feeds the entries of `iterable` to a new Map, Set, WeakMap or WeakSet through its
// own `set` or `add` (pairs: entries are [key, value]), closing the iterator when
// something throws.
Value fillCollectionFrom(Engine& engine, Value collection, Value iterable, bool pairs);

// Appends an entry to a Map or Set (value unused) that has no entry for the key:
// for copies, whose keys are known to be distinct.
void appendCollectionEntry(Engine& engine, Value collection, Value key, Value value);

// The $262 host object and print(), for running test262 (reachable-cli run --test262-host).
void installTest262Host(Engine& engine);

// Helpers for defining built-ins the way ECMA-262 lays them out: methods are
// writable, configurable and not enumerable.
Value defineMethod(Engine& engine, CellId target, std::string_view name, NativeFunction fn, std::uint32_t length);
Value defineMethod(Engine& engine, CellId target, Value key, std::string_view name, NativeFunction fn,
                   std::uint32_t length);
void defineValue(Engine& engine, CellId target, std::string_view name, Value value,
                 std::uint8_t attributes = kWritable | kConfigurable);
void defineGetter(Engine& engine, CellId target, Value key, std::string_view name, NativeFunction fn);
// `get [Symbol.species]() { return this; }` on a constructor (Array, Map, Set,
// Promise), through which a subclass names itself as the class of derived results.
void defineSpeciesGetter(Engine& engine, Value constructor);
// A constructor with its prototype linked both ways, installed on the global object
// unless it is one JavaScript reaches only through a prototype (AsyncFunction).
Value defineConstructor(Engine& engine, std::string_view name, NativeFunction fn, std::uint32_t length,
                        CellId prototype, bool global = true);

// --- Shared by the groups ---

// Real milliseconds on a steady clock (performance.now and console.time add them to
// the virtual clock).
double steadyMilliseconds();

// The key of an integer index that may lie beyond 2^32 - 2 (array-likes' lengths go
// up to 2^53 - 1): an index key when it can be one, else the number's name.
PropertyKey indexKey(Engine& engine, double index);
// The radix argument of Number's and BigInt's toString: 10 when undefined, else an
// integer from 2 to 36 (a RangeError otherwise); nullopt when it threw.
std::optional<int> toStringRadix(Engine& engine, Value argument);
// LengthOfArrayLike; nullopt when a getter or conversion threw.
std::optional<double> lengthOfArrayLike(Engine& engine, Value object);
// CreateListFromArrayLike (apply's arguments): a TypeError for a primitive, V8's
// RangeError past the longest list it makes; nullopt with the error pending.
std::optional<std::vector<Value>> listFromArrayLike(Engine& engine, Value arrayLike);
// { value, done }, as iterators' `next` returns it.
Value iteratorResult(Engine& engine, Value value, bool done);
// Whether a function is the revoke function of a Proxy.revocable.
bool isProxyRevoker(const JSFunction& fn);
// Whether a function is one Function.prototype.bind made.
bool isBoundFunction(const JSFunction& fn);
// Whether a function is Object.prototype.toString, or Error.prototype.toString, as
// the engine made it (wherever a program has put it since).
bool isObjectPrototypeToString(const JSFunction& fn);
bool isErrorPrototypeToString(const JSFunction& fn);
// What one of the engine's nameless helper functions does, for a card's title:
// "resolve", "Promise.all element", "finally handler"; empty for any other function.
std::string_view helperFunctionName(const JSFunction& fn);
// V8's "x is not a function" TypeError for a callback argument.
Value throwNotAFunction(Engine& engine, Value v);
// How V8 names a value in the "is not iterable" and "is not a function" messages
// of some built-ins (Map, Set, Object.fromEntries): "number 1", "boolean true", "object".
std::string typedDescription(Engine& engine, Value v);
// ToString of an argument as its text; nullopt when the conversion threw.
std::optional<std::u16string> stringArgument(Engine& engine, Value v);
// A start or end argument made relative to `length` (slice, splice, fill, at):
// negative counts from the end, clamped to [0, length]; nullopt when it threw.
std::optional<double> relativeIndex(Engine& engine, Value argument, double length, double defaultValue);

// The built-in iterators (Array, Map, Set and String iterators) are plain objects
// whose hidden state is their `elements` vector, which property operations never
// read for a non-array: [iterated object, next position, kind]. The collector traces
// elements of every object, so the iterated object stays alive with its iterator.
enum class IteratorKind : std::uint8_t {
  ArrayKeys,
  ArrayValues,
  ArrayEntries,
  MapKeys,
  MapValues,
  MapEntries,
  SetValues,
  SetEntries,
  String,
  // RegExp String Iterators (matchAll): [matcher, the string, kind]; done once the
  // matcher is undefined.
  RegExpStringOnce,
  RegExpStringGlobal,
  RegExpStringGlobalUnicode,
};
Value newBuiltinIterator(Engine& engine, Intrinsic prototype, Value iterated, IteratorKind kind);
// The state of a built-in iterator whose kind lies in [first, last], or nullptr.
JSObject* builtinIteratorState(Engine& engine, Value v, IteratorKind first, IteratorKind last);
inline constexpr std::size_t kIteratorTarget = 0;
inline constexpr std::size_t kIteratorPosition = 1;
inline constexpr std::size_t kIteratorKind = 2;

}  // namespace reachable
