// Array, Array.prototype and the Array Iterator (ECMA-262 §23.1).
//
// The methods are generic over array-likes, as the specification writes them: every
// element read goes through getAt/hasAt, which read a real array's `elements` directly
// and fall back to [[Get]]/[[HasProperty]] for holes and other objects. Since every
// read re-checks the bounds, a callback that grows or shrinks the array is harmless.
#include <algorithm>
#include <cmath>
#include <vector>

#include "engine/ArraySpecies.h"
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/Iteration.h"
#include "engine/IteratorTurn.h"
#include "engine/ObjectOps.h"
#include "engine/TimSort.h"
#include "engine/Try.h"
#include "format/Int32Conversion.h"
#include "format/NumberToString.h"

namespace reachable {

namespace {

constexpr double kMaxSafeLength = 9007199254740991.0;

bool isArrayObject(Engine& engine, Value v) {
  return v.isObject() && engine.heap().get(v.asCell()).kind == CellKind::Array;
}

JSObject& objectOf(Engine& engine, Value v) { return engine.heap().as<JSObject>(v); }

// An array whose elements are plain writable data, all in its vector, so that a method
// may edit the vector in place instead of going through [[Set]] and [[Delete]].
bool isSimpleArray(Engine& engine, Value v) {
  if (!isArrayObject(engine, v)) return false;
  const auto& array = objectOf(engine, v);
  return array.extensible && array.lengthWritable && array.elementAttributes == kDefaultAttributes &&
         !array.namedIndices && !array.elements.isSparse();
}

// Every access but a real array's own element counts against the step budget: a
// method over `{ length: 2 ** 32 - 1 }` reads four billion properties, and no
// statement of the program runs meanwhile to count them.
bool countAccess(Engine& engine) { return engine.interpreter().countIteration(); }

Value getAt(Engine& engine, Value object, double index) {
  if (isArrayObject(engine, object)) {
    const auto& elements = objectOf(engine, object).elements;
    if (index < static_cast<double>(elements.size())) {
      Value v = elements[static_cast<std::size_t>(index)];
      if (!v.isHole()) return v;
    }
  }
  if (!countAccess(engine)) return Value::exception();
  return ops::get(engine, object, indexKey(engine, index));
}

// HasProperty at an index: a boolean, or Value::exception() when a proxy's trap threw
// or the budget ended the run.
Value hasAt(Engine& engine, Value object, double index) {
  if (isArrayObject(engine, object)) {
    const auto& elements = objectOf(engine, object).elements;
    if (index < static_cast<double>(elements.size()) && !elements[static_cast<std::size_t>(index)].isHole()) {
      return Value::boolean(true);
    }
  }
  if (!countAccess(engine)) return Value::exception();
  const bool has = ops::hasProperty(engine, object.asCell(), indexKey(engine, index));
  return engine.hasPendingException() ? Value::exception() : Value::boolean(has);
}

// A loop that skips absent indices steps over a sparse array's or an array-like's gaps
// (ops::nextPossibleIndex): `a[1e9] = 1; a.indexOf(1)` looks at one element, not a
// billion. The next index that may be present, as a number, counting the properties
// looked through against the step budget; Value::exception() when that ran out.
Value nextPossibleIndex(Engine& engine, Value o, double k, double end) {
  if (!o.isObject()) return Value::number(k);
  std::uint64_t work = 0;
  const double next = ops::nextPossibleIndex(engine, o.asCell(), k, end, work);
  if (work > 0 && !engine.interpreter().countIteration(work)) return Value::exception();
  return Value::number(next);
}

// The same walking down: the last index from k down that may be present, or -1.
Value previousPossibleIndex(Engine& engine, Value o, double k) {
  if (!o.isObject()) return Value::number(k);
  std::uint64_t work = 0;
  const double previous = ops::previousPossibleIndex(engine, o.asCell(), k, work);
  if (work > 0 && !engine.interpreter().countIteration(work)) return Value::exception();
  return Value::number(previous);
}

bool setAt(Engine& engine, Value object, double index, Value value) {
  return countAccess(engine) && ops::set(engine, object, indexKey(engine, index), value);
}

bool deleteAt(Engine& engine, Value object, double index) {
  return countAccess(engine) && ops::deleteProperty(engine, object.asCell(), indexKey(engine, index));
}

bool setLength(Engine& engine, Value object, double length) {
  return ops::set(engine, object, PropertyKey::fromAtom(engine.atoms().length), Value::number(length));
}

// Appends to an array this built-in made and has not yet handed out.
void append(Engine& engine, Value array, Value v) {
  auto& object = objectOf(engine, array);
  engine.heap().noteElementsFrom(object, static_cast<std::uint32_t>(object.elements.size()));
  object.elements.push_back(v);
  if ((object.elements.size() & 15) == 0) engine.heap().reaccount(object);
}

// Puts v at index n of an array this built-in made: appended where it continues the
// vector, else as CreateDataProperty puts it (past a gap, perhaps a sparse index).
bool putAt(Engine& engine, Value array, double n, Value v) {
  if (n == static_cast<double>(objectOf(engine, array).elements.size())) {
    append(engine, array, v);
    return true;
  }
  return ops::createDataProperty(engine, array.asCell(), indexKey(engine, n), v);
}

Value finish(Engine& engine, Value array) {
  engine.heap().reaccount(objectOf(engine, array));
  return array;
}

// ToObject(this) with the method's own message for null and undefined.
Value thisObject(NativeCall& call, std::string_view method) {
  if (call.thisValue.isNullish()) {
    return call.engine.throwError(ErrorType::TypeError,
                                  "Array.prototype." + std::string(method) + " called on null or undefined");
  }
  return toObject(call.engine, call.thisValue);
}

// --- The constructor and its statics ---

Value arrayConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  Value result;
  if (call.args.size() == 1 && call.args[0].isNumber()) {
    double length = call.args[0].asNumber();
    if (static_cast<double>(toUint32(length)) != length) {
      return engine.throwError(ErrorType::RangeError, "Invalid array length");
    }
    // Through the length setter, which refuses a size past the heap budget before
    // allocating it.
    result = engine.newArray();
    Interpreter::Pin pin(engine.interpreter(), result);
    if (!ops::setArrayLength(engine, objectOf(engine, result), Value::number(length), true)) return Value::exception();
  } else {
    result = engine.newArray(std::vector<Value>(call.args.begin(), call.args.end()));
  }
  if (call.isConstruct() && call.newTarget != call.callee) {
    Interpreter::Pin pin(engine.interpreter(), result);
    Value prototype = TRY(ops::get(engine, call.newTarget, PropertyKey::fromAtom(engine.atoms().prototype)));
    if (prototype.isObject()) objectOf(engine, result).proto = prototype.asCell();
  }
  return result;
}

Value arrayIsArray(NativeCall& call) {
  auto isArray = ops::isArray(call.engine, call.arg(0));
  return isArray ? Value::boolean(*isArray) : Value::exception();
}

Value arrayOf(NativeCall& call) {
  Engine& engine = call.engine;
  Value constructor = TRY(arrayFactoryConstructor(engine, call.thisValue));
  Interpreter::Pin pinConstructor(engine.interpreter(), constructor);
  Value result = engine.newArray(std::vector<Value>(call.args.begin(), call.args.end()));
  const Value length = Value::number(static_cast<double>(call.args.size()));
  return moveIntoConstructed(engine, constructor, result, std::span(&length, 1), true, length.asNumber());
}

Value arrayFrom(NativeCall& call) {
  Engine& engine = call.engine;
  Value items = call.arg(0), mapFn = call.arg(1), thisArg = call.arg(2);
  if (!mapFn.isUndefined() && !engine.isCallable(mapFn)) return throwNotAFunction(engine, mapFn);
  if (items.isNullish()) {
    return engine.throwError(
        ErrorType::TypeError,
        toDisplayString(engine, items) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  Value constructor = TRY(arrayFactoryConstructor(engine, call.thisValue));
  Interpreter::Pin pinConstructor(engine.interpreter(), constructor);
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  auto mapped = [&](Value v, double k) -> Value {
    if (mapFn.isUndefined()) return v;
    Interpreter::Pin pin(engine.interpreter(), v);
    Value args[] = {v, Value::number(k)};
    return engine.call(mapFn, thisArg, args);
  };
  Value method = TRY(ops::get(engine, items, PropertyKey::fromAtom(engine.realm().symbols.iterator)));
  if (!method.isNullish()) {
    auto record = getIterator(engine, items);
    if (!record) return Value::exception();
    Interpreter::Pin pinIterator(engine.interpreter(), record->iterator);
    Interpreter::Pin pinNext(engine.interpreter(), record->next);
    double k = 0;
    while (auto value = iteratorStep(engine, *record)) {
      Value v = mapped(*value, k++);
      if (v.isException()) {
        return closeAfterThrow(engine, *record);
      }
      append(engine, result, v);
    }
    if (engine.hasPendingException()) return Value::exception();
    return moveIntoConstructed(engine, constructor, finish(engine, result), {}, true, k);
  }
  Value arrayLike = toObject(engine, items);
  Interpreter::Pin pinSource(engine.interpreter(), arrayLike);
  auto length = lengthOfArrayLike(engine, arrayLike);
  if (!length) return Value::exception();
  // Array.from makes its array as `new Array(length)` would.
  if (*length > ops::kMaxArrayLength) return engine.throwError(ErrorType::RangeError, "Invalid array length");
  for (double k = 0; k < *length; ++k) {
    if (!engine.interpreter().countIteration()) return Value::exception();
    Value v = TRY(getAt(engine, arrayLike, k));
    v = TRY(mapped(v, k));
    append(engine, result, v);
  }
  const Value made = Value::number(*length);
  return moveIntoConstructed(engine, constructor, finish(engine, result), std::span(&made, 1), true, *length);
}

// --- Adding and removing ---

Value arrayPush(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "push"));
  if (isSimpleArray(engine, o)) {
    auto& array = objectOf(engine, o);
    engine.heap().noteElementsFrom(array, static_cast<std::uint32_t>(array.elements.size()));
    array.elements.insert(array.elements.end(), call.args.begin(), call.args.end());
    engine.heap().reaccount(array);
    return Value::number(static_cast<double>(array.elements.size()));
  }
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  double n = *length;
  if (n + static_cast<double>(call.args.size()) > kMaxSafeLength) {
    return engine.throwError(ErrorType::TypeError, "Pushing " + std::to_string(call.args.size()) +
                                                       " elements on an array-like of length " +
                                                       std::to_string(static_cast<std::uint64_t>(n)) +
                                                       " is disallowed, as the total surpasses 2**53-1");
  }
  for (Value v : call.args) {
    if (!setAt(engine, o, n++, v)) return Value::exception();
  }
  if (!setLength(engine, o, n)) return Value::exception();
  return Value::number(n);
}

Value arrayPop(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "pop"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  if (*length == 0) {
    if (!setLength(engine, o, 0)) return Value::exception();
    return Value::undefined();
  }
  double index = *length - 1;
  Value element = TRY(getAt(engine, o, index));
  if (isSimpleArray(engine, o) && objectOf(engine, o).elements.size() == *length) {
    engine.heap().noteElementsFrom(objectOf(engine, o), static_cast<std::uint32_t>(index));
    objectOf(engine, o).elements.pop_back();
    return element;
  }
  Interpreter::Pin pinElement(engine.interpreter(), element);
  if (!deleteAt(engine, o, index) || !setLength(engine, o, index)) return Value::exception();
  return element;
}

Value arrayShift(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "shift"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  if (*length == 0) {
    if (!setLength(engine, o, 0)) return Value::exception();
    return Value::undefined();
  }
  Value first = TRY(getAt(engine, o, 0));
  if (isSimpleArray(engine, o) && objectOf(engine, o).elements.size() == *length) {
    engine.heap().noteSplice(objectOf(engine, o), {0, 1, 0});
    auto& elements = objectOf(engine, o).elements;
    elements.erase(elements.begin());
    return first;
  }
  Interpreter::Pin pinFirst(engine.interpreter(), first);
  for (double k = 1; k < *length; ++k) {
    if (TRY(hasAt(engine, o, k)).asBoolean()) {
      Value v = getAt(engine, o, k);
      if (v.isException() || !setAt(engine, o, k - 1, v)) return Value::exception();
    } else if (!deleteAt(engine, o, k - 1)) {
      return Value::exception();
    }
  }
  if (!deleteAt(engine, o, *length - 1) || !setLength(engine, o, *length - 1)) return Value::exception();
  return first;
}

Value arrayUnshift(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "unshift"));
  if (isSimpleArray(engine, o)) {
    auto& array = objectOf(engine, o);
    engine.heap().noteSplice(array, {0, 0, static_cast<std::uint32_t>(call.args.size())});
    array.elements.insert(array.elements.begin(), call.args.begin(), call.args.end());
    engine.heap().reaccount(array);
    return Value::number(static_cast<double>(array.elements.size()));
  }
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  auto count = static_cast<double>(call.args.size());
  if (count > 0) {
    for (double k = *length; k > 0; --k) {
      if (TRY(hasAt(engine, o, k - 1)).asBoolean()) {
        Value v = getAt(engine, o, k - 1);
        if (v.isException() || !setAt(engine, o, k + count - 1, v)) return Value::exception();
      } else if (!deleteAt(engine, o, k + count - 1)) {
        return Value::exception();
      }
    }
    for (std::size_t j = 0; j < call.args.size(); ++j) {
      if (!setAt(engine, o, static_cast<double>(j), call.args[j])) return Value::exception();
    }
  }
  if (!setLength(engine, o, *length + count)) return Value::exception();
  return Value::number(*length + count);
}

Value arraySlice(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "slice"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  auto start = relativeIndex(engine, call.arg(0), *length, 0);
  if (!start) return Value::exception();
  auto end = relativeIndex(engine, call.arg(1), *length, *length);
  if (!end) return Value::exception();
  Value species = TRY(arraySpeciesConstructor(engine, o));
  Interpreter::Pin pinSpecies(engine.interpreter(), species);
  const double count = std::max(*end - *start, 0.0);
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  for (double k = *start; (k = TRY(nextPossibleIndex(engine, o, k, *end)).asNumber()) < *end; ++k) {
    if (!TRY(hasAt(engine, o, k)).asBoolean()) continue;
    Value v = TRY(getAt(engine, o, k));
    if (!putAt(engine, result, k - *start, v)) return Value::exception();
  }
  if (!setLength(engine, result, count)) return Value::exception();
  const Value made = Value::number(count);
  return moveIntoConstructed(engine, species, finish(engine, result), std::span(&made, 1), true, count);
}

Value arraySplice(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "splice"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  auto start = relativeIndex(engine, call.arg(0), *length, 0);
  if (!start) return Value::exception();
  double deleteCount = 0;
  if (call.args.size() == 1) {
    deleteCount = *length - *start;
  } else if (call.args.size() > 1) {
    double d = toIntegerOrInfinity(engine, call.args[1]);
    if (engine.hasPendingException()) return Value::exception();
    deleteCount = std::clamp(d, 0.0, *length - *start);
  }
  auto items = call.args.size() > 2 ? call.args.subspan(2) : std::span<const Value>();
  auto itemCount = static_cast<double>(items.size());
  if (*length + itemCount - deleteCount > kMaxSafeLength) {
    return engine.throwError(ErrorType::TypeError, "Invalid array length");
  }
  Value species = TRY(arraySpeciesConstructor(engine, o));
  Interpreter::Pin pinSpecies(engine.interpreter(), species);
  const Value made = Value::number(deleteCount);
  Value removed = engine.newArray();
  Interpreter::Pin pinRemoved(engine.interpreter(), removed);
  if (isSimpleArray(engine, o) && objectOf(engine, o).elements.size() == *length) {
    engine.heap().noteSplice(objectOf(engine, o), {static_cast<std::uint32_t>(*start),
                                                   static_cast<std::uint32_t>(deleteCount),
                                                   static_cast<std::uint32_t>(items.size())});
    engine.heap().noteWrite(objectOf(engine, removed));
    auto& elements = objectOf(engine, o).elements;
    auto first = elements.begin() + static_cast<std::ptrdiff_t>(*start);
    auto last = first + static_cast<std::ptrdiff_t>(deleteCount);
    objectOf(engine, removed).elements.assign(first, last);
    first = elements.erase(first, last);
    elements.insert(first, items.begin(), items.end());
    engine.heap().reaccount(objectOf(engine, o));
    return moveIntoConstructed(engine, species, finish(engine, removed), std::span(&made, 1), true, deleteCount);
  }
  for (double k = 0; k < deleteCount; ++k) {
    if (!TRY(hasAt(engine, o, *start + k)).asBoolean()) {
      append(engine, removed, Value::hole());
      continue;
    }
    Value v = TRY(getAt(engine, o, *start + k));
    append(engine, removed, v);
  }
  removed = TRY(moveIntoConstructed(engine, species, finish(engine, removed), std::span(&made, 1), true, deleteCount));
  Interpreter::Pin pinMade(engine.interpreter(), removed);
  auto move = [&](double from, double to) {
    Value has = hasAt(engine, o, from);
    if (has.isException()) return false;
    if (!has.asBoolean()) return deleteAt(engine, o, to);
    Value v = getAt(engine, o, from);
    return !v.isException() && setAt(engine, o, to, v);
  };
  if (itemCount < deleteCount) {
    for (double k = *start; k < *length - deleteCount; ++k) {
      if (!move(k + deleteCount, k + itemCount)) return Value::exception();
    }
    for (double k = *length; k > *length - deleteCount + itemCount; --k) {
      if (!deleteAt(engine, o, k - 1)) return Value::exception();
    }
  } else if (itemCount > deleteCount) {
    for (double k = *length - deleteCount; k > *start; --k) {
      if (!move(k + deleteCount - 1, k + itemCount - 1)) return Value::exception();
    }
  }
  for (std::size_t j = 0; j < items.size(); ++j) {
    if (!setAt(engine, o, *start + static_cast<double>(j), items[j])) return Value::exception();
  }
  if (!setLength(engine, o, *length - deleteCount + itemCount)) return Value::exception();
  return removed;
}

std::optional<bool> isConcatSpreadable(Engine& engine, Value v) {
  if (!v.isObject()) return false;
  Value spreadable = ops::get(engine, v, PropertyKey::fromAtom(engine.realm().symbols.isConcatSpreadable));
  if (spreadable.isException()) return std::nullopt;
  if (!spreadable.isUndefined()) return toBoolean(engine, spreadable);
  return ops::isArray(engine, v);
}

Value arrayConcat(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "concat"));
  Interpreter::Pin pin(engine.interpreter(), o);
  Value species = TRY(arraySpeciesConstructor(engine, o));
  Interpreter::Pin pinSpecies(engine.interpreter(), species);
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  std::vector<Value> items{o};
  items.insert(items.end(), call.args.begin(), call.args.end());
  double n = 0;
  for (Value item : items) {
    auto spreadable = isConcatSpreadable(engine, item);
    if (!spreadable) return Value::exception();
    if (!*spreadable) {
      if (!putAt(engine, result, n++, item)) return Value::exception();
      continue;
    }
    auto length = lengthOfArrayLike(engine, item);
    if (!length) return Value::exception();
    if (n + *length > kMaxSafeLength) return engine.throwError(ErrorType::TypeError, "Invalid array length");
    for (double k = 0; (k = TRY(nextPossibleIndex(engine, item, k, *length)).asNumber()) < *length; ++k) {
      if (!TRY(hasAt(engine, item, k)).asBoolean()) continue;
      Value v = TRY(getAt(engine, item, k));
      if (!putAt(engine, result, n + k, v)) return Value::exception();
    }
    n += *length;
  }
  if (!setLength(engine, result, n)) return Value::exception();
  const Value none = Value::number(0);
  return moveIntoConstructed(engine, species, finish(engine, result), std::span(&none, 1), true, n);
}

// --- Reading ---

// The arrays being joined right now: V8 prints a cycle as the empty string.
std::vector<CellId>& joinStack() {
  static std::vector<CellId> stack;
  return stack;
}

// An element as join writes it; toLocaleString asks the element itself.
template <bool kLocale>
Value joinedElement(Engine& engine, Value v) {
  if (!kLocale) return toString(engine, v);
  Interpreter::Pin pin(engine.interpreter(), v);
  Value method = TRY(ops::get(engine, v, PropertyKey::fromAtom(engine.intern("toLocaleString"))));
  if (!engine.isCallable(method)) return throwNotAFunction(engine, method);
  Value localized = TRY(engine.call(method, v, {}));
  return toString(engine, localized);
}

// join, and toLocaleString, which joins with "," what each element's own
// toLocaleString returns.
template <bool kLocale>
Value arrayJoin(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, kLocale ? "toLocaleString" : "join"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  std::u16string separator = u",";
  if (!kLocale && !call.arg(0).isUndefined()) {
    Value s = TRY(toString(engine, call.arg(0)));
    separator = engine.heap().text(s);
  }
  auto& stack = joinStack();
  if (std::find(stack.begin(), stack.end(), o.asCell()) != stack.end()) return engine.atoms().empty;
  stack.push_back(o.asCell());
  std::u16string text;
  Value result = Value::undefined();
  for (double k = 0; k < *length; ++k) {
    if (!engine.interpreter().countIteration()) {
      result = Value::exception();
      break;
    }
    if (k > 0) text += separator;
    Value v = getAt(engine, o, k);
    if (!v.isException() && !v.isNullish()) v = joinedElement<kLocale>(engine, v);
    if (v.isException()) {
      result = v;
      break;
    }
    if (!v.isNullish()) text += engine.heap().text(v);
    if (text.size() > engine.options().maxStringLength) {
      result = engine.throwError(ErrorType::RangeError, "Invalid string length");
      break;
    }
  }
  stack.pop_back();
  if (result.isException()) return result;
  return engine.newString(std::move(text));
}

Value arrayToString(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(toObject(engine, call.thisValue));
  Interpreter::Pin pin(engine.interpreter(), o);
  Value join = TRY(ops::get(engine, o, PropertyKey::fromAtom(engine.atoms().join)));
  if (!engine.isCallable(join)) {
    join = ops::get(engine, Value::object(engine.intrinsic(Intrinsic::ObjectPrototype)),
                    PropertyKey::fromAtom(engine.atoms().toString));
    if (join.isException()) return join;
  }
  return engine.call(join, o, {});
}

Value arrayReverse(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "reverse"));
  if (isSimpleArray(engine, o)) {
    engine.heap().noteWrite(objectOf(engine, o));
    auto& elements = objectOf(engine, o).elements;
    std::reverse(elements.begin(), elements.end());
    return o;
  }
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  double middle = std::floor(*length / 2);
  for (double lower = 0; lower < middle; ++lower) {
    double upper = *length - lower - 1;
    bool lowerExists = TRY(hasAt(engine, o, lower)).asBoolean();
    Value lowerValue = TRY(lowerExists ? getAt(engine, o, lower) : Value::undefined());
    Interpreter::Pin pinLower(engine.interpreter(), lowerValue);
    bool upperExists = TRY(hasAt(engine, o, upper)).asBoolean();
    Value upperValue = TRY(upperExists ? getAt(engine, o, upper) : Value::undefined());
    Interpreter::Pin pinUpper(engine.interpreter(), upperValue);
    bool ok = true;
    if (upperExists) {
      ok = setAt(engine, o, lower, upperValue);
    } else if (lowerExists) {
      ok = deleteAt(engine, o, lower);
    }
    if (ok && lowerExists) {
      ok = setAt(engine, o, upper, lowerValue);
    } else if (ok && upperExists) {
      ok = deleteAt(engine, o, upper);
    }
    if (!ok) return Value::exception();
  }
  return o;
}

// indexOf (kind 0), lastIndexOf (1) and includes (2).
template <int kKind>
Value arraySearch(NativeCall& call) {
  Engine& engine = call.engine;
  static constexpr std::string_view kNames[] = {"indexOf", "lastIndexOf", "includes"};
  Value o = TRY(thisObject(call, kNames[kKind]));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  Value target = call.arg(0);
  Value notFound = kKind == 2 ? Value::boolean(false) : Value::number(-1);
  if (*length == 0) return notFound;
  double n = kKind == 1 ? *length - 1 : 0;
  if (call.args.size() > 1) {
    n = toIntegerOrInfinity(engine, call.args[1]);
    if (engine.hasPendingException()) return Value::exception();
  }
  if (kKind == 1) {
    double k = n >= 0 ? std::min(n, *length - 1) : *length + n;
    for (; (k = TRY(previousPossibleIndex(engine, o, k)).asNumber()) >= 0; --k) {
      if (!TRY(hasAt(engine, o, k)).asBoolean()) continue;
      Value v = TRY(getAt(engine, o, k));
      if (strictEquals(engine, v, target)) return Value::number(k);
    }
    return notFound;
  }
  if (n >= *length) return notFound;
  double k = n >= 0 ? n : std::max(*length + n, 0.0);
  // includes reads a hole as undefined: only a search for something else may skip one.
  const bool skipsAbsent = kKind == 0 || !target.isUndefined();
  for (; (k = skipsAbsent ? TRY(nextPossibleIndex(engine, o, k, *length)).asNumber() : k) < *length; ++k) {
    if (kKind == 0 && !TRY(hasAt(engine, o, k)).asBoolean()) continue;
    Value v = TRY(getAt(engine, o, k));
    if (kKind == 0 && strictEquals(engine, v, target)) return Value::number(k);
    if (kKind == 2 && sameValueZero(engine, v, target)) return Value::boolean(true);
  }
  return notFound;
}

Value arrayAt(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "at"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  double relative = toIntegerOrInfinity(engine, call.arg(0));
  if (engine.hasPendingException()) return Value::exception();
  double k = relative >= 0 ? relative : *length + relative;
  if (k < 0 || k >= *length) return Value::undefined();
  return getAt(engine, o, k);
}

// --- Callbacks ---

enum class Visit { Find, FindIndex, FindLast, FindLastIndex, Filter, Map, ForEach, Some, Every };

constexpr std::string_view visitName(Visit kind) {
  switch (kind) {
    case Visit::Find: return "find";
    case Visit::FindIndex: return "findIndex";
    case Visit::FindLast: return "findLast";
    case Visit::FindLastIndex: return "findLastIndex";
    case Visit::Filter: return "filter";
    case Visit::Map: return "map";
    case Visit::ForEach: return "forEach";
    case Visit::Some: return "some";
    case Visit::Every: return "every";
  }
  return "";
}

template <Visit kKind>
Value arrayVisit(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, visitName(kKind)));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  Value callback = call.arg(0), thisArg = call.arg(1);
  if (!engine.isCallable(callback)) return throwNotAFunction(engine, callback);
  constexpr bool kFind =
      kKind == Visit::Find || kKind == Visit::FindIndex || kKind == Visit::FindLast || kKind == Visit::FindLastIndex;
  constexpr bool kBackwards = kKind == Visit::FindLast || kKind == Visit::FindLastIndex;
  Value species = Value::undefined();
  if (kKind == Visit::Filter || kKind == Visit::Map) species = TRY(arraySpeciesConstructor(engine, o));
  Interpreter::Pin pinSpecies(engine.interpreter(), species);
  Value result = Value::undefined();
  if (kKind == Visit::Filter || kKind == Visit::Map) result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  // map's ArrayCreate(length): a RangeError past 2^32 - 1, or past what the heap budget holds.
  if (kKind == Visit::Map && !ops::setArrayLength(engine, objectOf(engine, result), Value::number(*length), true)) {
    return Value::exception();
  }
  for (double i = 0; (i = kFind ? i : TRY(nextPossibleIndex(engine, o, i, *length)).asNumber()) < *length; ++i) {
    double k = kBackwards ? *length - 1 - i : i;
    // find and its kin visit holes as undefined; the others skip them.
    if (!kFind && !TRY(hasAt(engine, o, k)).asBoolean()) continue;
    Value v = TRY(getAt(engine, o, k));
    Interpreter::Pin pinValue(engine.interpreter(), v);
    Value args[] = {v, Value::number(k), o};
    Value r = TRY(engine.call(callback, thisArg, args));
    switch (kKind) {
      case Visit::Find:
      case Visit::FindLast:
        if (toBoolean(engine, r)) return v;
        break;
      case Visit::FindIndex:
      case Visit::FindLastIndex:
        if (toBoolean(engine, r)) return Value::number(k);
        break;
      case Visit::Filter:
        if (toBoolean(engine, r)) append(engine, result, v);
        break;
      case Visit::Map:
        if (k >= static_cast<double>(objectOf(engine, result).elements.size())) {
          // Past the vector of a result as sparse as its source.
          if (!ops::createDataProperty(engine, result.asCell(), indexKey(engine, k), r)) return Value::exception();
          break;
        }
        engine.heap().noteElementsFrom(objectOf(engine, result), static_cast<std::uint32_t>(k));
        objectOf(engine, result).elements[static_cast<std::size_t>(k)] = r;
        break;
      case Visit::ForEach: break;
      case Visit::Some:
        if (toBoolean(engine, r)) return Value::boolean(true);
        break;
      case Visit::Every:
        if (!toBoolean(engine, r)) return Value::boolean(false);
        break;
    }
  }
  switch (kKind) {
    case Visit::FindIndex:
    case Visit::FindLastIndex: return Value::number(-1);
    case Visit::Filter: {
      const Value none = Value::number(0);
      return moveIntoConstructed(engine, species, finish(engine, result), std::span(&none, 1), false, 0);
    }
    case Visit::Map: {
      const Value made = Value::number(*length);
      return moveIntoConstructed(engine, species, finish(engine, result), std::span(&made, 1), false, 0);
    }
    case Visit::Some: return Value::boolean(false);
    case Visit::Every: return Value::boolean(true);
    default: return Value::undefined();
  }
}

template <bool kRight>
Value arrayReduce(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, kRight ? "reduceRight" : "reduce"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  Value callback = call.arg(0);
  if (!engine.isCallable(callback)) return throwNotAFunction(engine, callback);
  double i = 0;
  auto indexOf = [&](double step) { return kRight ? *length - 1 - step : step; };
  // The next step whose index may be present.
  auto skipAbsent = [&](double step) {
    if (!kRight) return nextPossibleIndex(engine, o, step, *length);
    Value previous = previousPossibleIndex(engine, o, *length - 1 - step);
    return previous.isException() ? previous : Value::number(*length - 1 - previous.asNumber());
  };
  Value accumulator;
  if (call.args.size() > 1) {
    accumulator = call.args[1];
  } else {
    for (; (i = TRY(skipAbsent(i)).asNumber()) < *length && !TRY(hasAt(engine, o, indexOf(i))).asBoolean(); ++i) {
    }
    if (i >= *length) return engine.throwError(ErrorType::TypeError, "Reduce of empty array with no initial value");
    accumulator = TRY(getAt(engine, o, indexOf(i++)));
  }
  Value holder = engine.newArray({accumulator});  // roots the accumulator across calls
  Interpreter::Pin pinHolder(engine.interpreter(), holder);
  for (; (i = TRY(skipAbsent(i)).asNumber()) < *length; ++i) {
    double k = indexOf(i);
    if (!TRY(hasAt(engine, o, k)).asBoolean()) continue;
    Value v = TRY(getAt(engine, o, k));
    Interpreter::Pin pinValue(engine.interpreter(), v);
    Value args[] = {objectOf(engine, holder).elements[0], v, Value::number(k), o};
    Value r = TRY(engine.call(callback, Value::undefined(), args));
    engine.heap().noteWrite(objectOf(engine, holder));
    objectOf(engine, holder).elements[0] = r;
  }
  return objectOf(engine, holder).elements[0];
}

// --- Sorting ---

// Thrown through TimSort when a comparison threw in JavaScript, so that the sort stops
// at once, as V8's does; the error is pending in the engine.
struct ComparisonThrew {};

// SortCompare (ECMA-262 §23.1.3.30.2) as V8 calls it: the comparator, or else the two
// values' strings by code units, converted afresh at every comparison as V8 does (a
// toString that prints shows it).
double sortCompare(Engine& engine, Value compare, Value x, Value y) {
  if (compare.isUndefined()) {
    Value xs = toString(engine, x);
    if (xs.isException()) throw ComparisonThrew{};
    Interpreter::Pin pinX(engine.interpreter(), xs);
    Value ys = toString(engine, y);
    if (ys.isException()) throw ComparisonThrew{};
    const auto& xText = engine.heap().text(xs);
    const auto& yText = engine.heap().text(ys);
    return xText < yText ? -1 : yText < xText ? 1 : 0;
  }
  Value args[] = {x, y};
  Value r = engine.call(compare, Value::undefined(), args);
  if (r.isException()) throw ComparisonThrew{};
  double d = toNumber(engine, r);
  if (engine.hasPendingException()) throw ComparisonThrew{};
  return d;
}

// Sorts the values held in `items` (an array of the engine's, so that they stay rooted
// while the comparator runs): the result is their order, as indices into it.
std::optional<std::vector<std::size_t>> timSortedOrder(Engine& engine, Value items, Value compare) {
  std::vector<std::size_t> order(objectOf(engine, items).elements.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto compareItems = [&engine, items, compare](std::size_t a, std::size_t b) {
    const auto& elements = objectOf(engine, items).elements;
    return sortCompare(engine, compare, elements[a], elements[b]);
  };
  try {
    TimSort<std::size_t, decltype(compareItems)>(order, compareItems).sort();
  } catch (const ComparisonThrew&) {
    return std::nullopt;
  }
  return order;
}

Value arraySort(NativeCall& call) {
  Engine& engine = call.engine;
  Value compare = call.arg(0);
  if (!compare.isUndefined() && !engine.isCallable(compare)) {
    return engine.throwError(ErrorType::TypeError, "The comparison function must be either a function or undefined");
  }
  Value o = TRY(thisObject(call, "sort"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  if (*length < 2) return o;  // as V8: not even the one element is read
  // The values to sort live in an array of their own so that they stay rooted while
  // the comparison runs JavaScript.
  Value items = engine.newArray();
  Interpreter::Pin pinItems(engine.interpreter(), items);
  double undefinedCount = 0;
  for (double k = 0; (k = TRY(nextPossibleIndex(engine, o, k, *length)).asNumber()) < *length; ++k) {
    if (!TRY(hasAt(engine, o, k)).asBoolean()) continue;
    Value v = TRY(getAt(engine, o, k));
    if (v.isUndefined()) {
      ++undefinedCount;
    } else {
      append(engine, items, v);
    }
  }
  // V8 writes back only once the sort is done: a comparator that throws leaves the
  // array as it was.
  auto order = timSortedOrder(engine, items, compare);
  if (!order) return Value::exception();
  double k = 0;
  for (std::size_t i : *order) {
    if (!setAt(engine, o, k++, objectOf(engine, items).elements[i])) return Value::exception();
  }
  for (double u = 0; u < undefinedCount; ++u) {
    if (!setAt(engine, o, k++, Value::undefined())) return Value::exception();
  }
  for (; (k = TRY(nextPossibleIndex(engine, o, k, *length)).asNumber()) < *length; ++k) {
    if (!deleteAt(engine, o, k)) return Value::exception();
  }
  return o;
}

// --- Changing by copy (ES2023): a new array, the original as it was ---

// The length a copy will have, which ArrayCreate refuses past 2^32 - 1.
bool refuseLongCopy(Engine& engine, double length) {
  if (length <= ops::kMaxArrayLength) return false;
  engine.throwError(ErrorType::RangeError, "Invalid array length");
  return true;
}

// Appends o[from..to) to `result`, holes read as undefined.
bool appendRange(Engine& engine, Value result, Value o, double from, double to) {
  for (double k = from; k < to; ++k) {
    Value v = getAt(engine, o, k);
    if (v.isException()) return false;
    append(engine, result, v);
  }
  return true;
}

Value arrayToReversed(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "toReversed"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length || refuseLongCopy(engine, *length)) return Value::exception();
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  for (double k = *length; k-- > 0;) {
    Value v = TRY(getAt(engine, o, k));
    append(engine, result, v);
  }
  return finish(engine, result);
}

// As sort, into a new array: holes read as undefined and go last with it.
Value arrayToSorted(NativeCall& call) {
  Engine& engine = call.engine;
  Value compare = call.arg(0);
  if (!compare.isUndefined() && !engine.isCallable(compare)) {
    return engine.throwError(ErrorType::TypeError, "The comparison function must be either a function or undefined");
  }
  Value o = TRY(thisObject(call, "toSorted"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length || refuseLongCopy(engine, *length)) return Value::exception();
  Value items = engine.newArray();
  Interpreter::Pin pinItems(engine.interpreter(), items);
  double undefinedCount = 0;
  for (double k = 0; k < *length; ++k) {
    Value v = TRY(getAt(engine, o, k));
    if (v.isUndefined()) ++undefinedCount;
    else append(engine, items, v);
  }
  auto order = timSortedOrder(engine, items, compare);
  if (!order) return Value::exception();
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  for (std::size_t i : *order) append(engine, result, objectOf(engine, items).elements[i]);
  for (double u = 0; u < undefinedCount; ++u) append(engine, result, Value::undefined());
  return finish(engine, result);
}

Value arrayToSpliced(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "toSpliced"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  auto start = relativeIndex(engine, call.arg(0), *length, 0);
  if (!start) return Value::exception();
  double skipCount = 0;
  if (call.args.size() == 1) {
    skipCount = *length - *start;
  } else if (call.args.size() > 1) {
    double d = toIntegerOrInfinity(engine, call.args[1]);
    if (engine.hasPendingException()) return Value::exception();
    skipCount = std::clamp(d, 0.0, *length - *start);
  }
  auto items = call.args.size() > 2 ? call.args.subspan(2) : std::span<const Value>();
  const double newLength = *length + static_cast<double>(items.size()) - skipCount;
  if (newLength > kMaxSafeLength) return engine.throwError(ErrorType::TypeError, "Invalid array length");
  if (refuseLongCopy(engine, newLength)) return Value::exception();
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  if (!appendRange(engine, result, o, 0, *start)) return Value::exception();
  for (Value item : items) append(engine, result, item);
  if (!appendRange(engine, result, o, *start + skipCount, *length)) return Value::exception();
  return finish(engine, result);
}

// A copy with one element replaced; V8 names an index out of range as given.
Value arrayWith(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "with"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  const double relative = toIntegerOrInfinity(engine, call.arg(0));
  if (engine.hasPendingException()) return Value::exception();
  const double actual = relative >= 0 ? relative : *length + relative;
  if (actual >= *length || actual < 0) {
    return engine.throwError(ErrorType::RangeError, "Invalid index : " + numberToString(relative));
  }
  if (refuseLongCopy(engine, *length)) return Value::exception();
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  if (!appendRange(engine, result, o, 0, actual)) return Value::exception();
  append(engine, result, call.arg(1));
  if (!appendRange(engine, result, o, actual + 1, *length)) return Value::exception();
  return finish(engine, result);
}

// Array.prototype[Symbol.unscopables]: the names a `with` statement would not see,
// a null-prototype object as V8 makes it.
void defineUnscopables(Engine& engine, CellId prototype) {
  Value list = engine.newObject(kNoCell);
  for (std::string_view name : {"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
                                "findLastIndex", "flat", "flatMap", "includes", "keys", "values", "toReversed",
                                "toSorted", "toSpliced"})
    ops::defineOwnProperty(engine, list.asCell(), PropertyKey::fromAtom(engine.intern(name)),
                           PropertyDescriptor::data(Value::boolean(true), kDefaultAttributes), false);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(engine.realm().symbols.unscopables),
                         PropertyDescriptor::data(list, kConfigurable), false);
}

// --- Filling and flattening ---

// Copies [start, end) over the elements from target on, as memmove would: backwards
// when the ranges overlap with the target after the start (ECMA-262 §23.1.3.4).
Value arrayCopyWithin(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "copyWithin"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  auto to = relativeIndex(engine, call.arg(0), *length, 0);
  if (!to) return Value::exception();
  auto from = relativeIndex(engine, call.arg(1), *length, 0);
  if (!from) return Value::exception();
  auto last = relativeIndex(engine, call.arg(2), *length, *length);
  if (!last) return Value::exception();
  double count = std::min(*last - *from, *length - *to);
  double direction = 1;
  if (*from < *to && *to < *from + count) {
    direction = -1;
    *from += count - 1;
    *to += count - 1;
  }
  for (; count > 0; --count, *from += direction, *to += direction) {
    if (!TRY(hasAt(engine, o, *from)).asBoolean()) {
      if (!deleteAt(engine, o, *to)) return Value::exception();
      continue;
    }
    Value v = TRY(getAt(engine, o, *from));
    if (!setAt(engine, o, *to, v)) return Value::exception();
  }
  return o;
}

Value arrayFill(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "fill"));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto length = lengthOfArrayLike(engine, o);
  if (!length) return Value::exception();
  auto start = relativeIndex(engine, call.arg(1), *length, 0);
  if (!start) return Value::exception();
  auto end = relativeIndex(engine, call.arg(2), *length, *length);
  if (!end) return Value::exception();
  for (double k = *start; k < *end; ++k) {
    if (!setAt(engine, o, k, call.arg(0))) return Value::exception();
  }
  return o;
}

// FlattenIntoArray: appends `source`'s elements to `target`, descending into arrays
// `depth` levels; with a mapper, each element is first replaced by its result.
bool flattenInto(Engine& engine, Value target, Value source, double depth, Value mapper, Value thisArg) {
  Interpreter::BuiltinRecursion level(engine.interpreter());
  if (!level.allowed()) return false;
  auto length = lengthOfArrayLike(engine, source);
  if (!length) return false;
  for (double k = 0; k < *length; ++k) {
    Value has = hasAt(engine, source, k);
    if (has.isException()) return false;
    if (!has.asBoolean()) continue;
    Value v = getAt(engine, source, k);
    if (v.isException()) return false;
    if (!mapper.isUndefined()) {
      Interpreter::Pin pinValue(engine.interpreter(), v);
      Value args[] = {v, Value::number(k), source};
      v = engine.call(mapper, thisArg, args);
      if (v.isException()) return false;
    }
    auto isArray = depth > 0 ? ops::isArray(engine, v) : false;
    if (!isArray) return false;
    if (*isArray) {
      Interpreter::Pin pinValue(engine.interpreter(), v);
      if (!flattenInto(engine, target, v, depth - 1, Value::undefined(), Value::undefined())) return false;
    } else {
      append(engine, target, v);
    }
  }
  return true;
}

Value arrayFlat(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "flat"));
  Interpreter::Pin pin(engine.interpreter(), o);
  double depth = 1;
  if (!call.arg(0).isUndefined()) {
    depth = toIntegerOrInfinity(engine, call.arg(0));
    if (engine.hasPendingException()) return Value::exception();
  }
  Value species = TRY(arraySpeciesConstructor(engine, o));
  Interpreter::Pin pinSpecies(engine.interpreter(), species);
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  if (!flattenInto(engine, result, o, depth, Value::undefined(), Value::undefined())) return Value::exception();
  const Value none = Value::number(0);
  return moveIntoConstructed(engine, species, finish(engine, result), std::span(&none, 1), false, 0);
}

Value arrayFlatMap(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(thisObject(call, "flatMap"));
  Interpreter::Pin pin(engine.interpreter(), o);
  if (!engine.isCallable(call.arg(0))) {
    return engine.throwError(ErrorType::TypeError, "flatMap mapper function is not callable");
  }
  Value species = TRY(arraySpeciesConstructor(engine, o));
  Interpreter::Pin pinSpecies(engine.interpreter(), species);
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  if (!flattenInto(engine, result, o, 1, call.arg(0), call.arg(1))) return Value::exception();
  const Value none = Value::number(0);
  return moveIntoConstructed(engine, species, finish(engine, result), std::span(&none, 1), false, 0);
}

// --- Iterators ---

template <IteratorKind kKind>
Value arrayIterate(NativeCall& call) {
  Value o = TRY(toObject(call.engine, call.thisValue));
  return newBuiltinIterator(call.engine, Intrinsic::ArrayIteratorPrototype, o, kKind);
}

}  // namespace

IteratorTurn arrayIteratorTurn(Engine& engine, Value iterator) {
  JSObject* state = builtinIteratorState(engine, iterator, IteratorKind::ArrayKeys, IteratorKind::ArrayEntries);
  if (!state) {
    return {engine.throwError(ErrorType::TypeError, "Method Array Iterator.prototype.next called on incompatible receiver " +
                                                        engine.describeForMessage(iterator))};
  }
  Value target = state->elements[kIteratorTarget];
  if (target.isUndefined()) return {Value::undefined(), true};
  double index = state->elements[kIteratorPosition].asNumber();
  auto kind = static_cast<IteratorKind>(state->elements[kIteratorKind].asNumber());
  auto length = lengthOfArrayLike(engine, target);
  if (!length) return {Value::exception()};
  // A getter may have run: look the iterator up again.
  state = &objectOf(engine, iterator);
  engine.heap().noteWrite(*state);
  if (index >= *length) {
    state->elements[kIteratorTarget] = Value::undefined();
    return {Value::undefined(), true};
  }
  state->elements[kIteratorPosition] = Value::number(index + 1);
  if (kind == IteratorKind::ArrayKeys) return {Value::number(index)};
  Value v = getAt(engine, target, index);
  if (v.isException() || kind != IteratorKind::ArrayEntries) return {v};
  return {engine.newArray({Value::number(index), v})};
}

namespace {

Value iteratorPrototypeIterator(NativeCall& call) { return call.thisValue; }

}  // namespace

void installArrayBuiltins(Engine& engine) {
  CellId prototype = engine.intrinsic(Intrinsic::ArrayPrototype);
  Value array = defineConstructor(engine, "Array", arrayConstructor, 1, prototype);
  defineSpeciesGetter(engine, array);
  CellId a = array.asCell();
  defineMethod(engine, a, "isArray", arrayIsArray, 1);
  defineMethod(engine, a, "from", arrayFrom, 1);
  defineMethod(engine, a, "of", arrayOf, 0);

  defineMethod(engine, prototype, "at", arrayAt, 1);
  defineMethod(engine, prototype, "concat", arrayConcat, 1);
  defineMethod(engine, prototype, "copyWithin", arrayCopyWithin, 2);
  defineMethod(engine, prototype, "fill", arrayFill, 1);
  defineMethod(engine, prototype, "find", arrayVisit<Visit::Find>, 1);
  defineMethod(engine, prototype, "findIndex", arrayVisit<Visit::FindIndex>, 1);
  defineMethod(engine, prototype, "findLast", arrayVisit<Visit::FindLast>, 1);
  defineMethod(engine, prototype, "findLastIndex", arrayVisit<Visit::FindLastIndex>, 1);
  defineMethod(engine, prototype, "lastIndexOf", arraySearch<1>, 1);
  defineMethod(engine, prototype, "pop", arrayPop, 0);
  defineMethod(engine, prototype, "push", arrayPush, 1);
  defineMethod(engine, prototype, "reverse", arrayReverse, 0);
  defineMethod(engine, prototype, "toReversed", arrayToReversed, 0);
  defineMethod(engine, prototype, "toSorted", arrayToSorted, 1);
  defineMethod(engine, prototype, "toSpliced", arrayToSpliced, 2);
  defineMethod(engine, prototype, "with", arrayWith, 2);
  defineMethod(engine, prototype, "shift", arrayShift, 0);
  defineMethod(engine, prototype, "unshift", arrayUnshift, 1);
  defineMethod(engine, prototype, "slice", arraySlice, 2);
  defineMethod(engine, prototype, "sort", arraySort, 1);
  defineMethod(engine, prototype, "splice", arraySplice, 2);
  defineMethod(engine, prototype, "includes", arraySearch<2>, 1);
  defineMethod(engine, prototype, "indexOf", arraySearch<0>, 1);
  defineMethod(engine, prototype, "join", arrayJoin<false>, 1);
  defineMethod(engine, prototype, "toLocaleString", arrayJoin<true>, 0);
  defineMethod(engine, prototype, "keys", arrayIterate<IteratorKind::ArrayKeys>, 0);
  defineMethod(engine, prototype, "entries", arrayIterate<IteratorKind::ArrayEntries>, 0);
  Value values = defineMethod(engine, prototype, "values", arrayIterate<IteratorKind::ArrayValues>, 0);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(engine.realm().symbols.iterator),
                         PropertyDescriptor::data(values, kWritable | kConfigurable), false);
  defineMethod(engine, prototype, "forEach", arrayVisit<Visit::ForEach>, 1);
  defineMethod(engine, prototype, "filter", arrayVisit<Visit::Filter>, 1);
  defineMethod(engine, prototype, "flat", arrayFlat, 0);
  defineMethod(engine, prototype, "flatMap", arrayFlatMap, 1);
  defineMethod(engine, prototype, "map", arrayVisit<Visit::Map>, 1);
  defineMethod(engine, prototype, "every", arrayVisit<Visit::Every>, 1);
  defineMethod(engine, prototype, "some", arrayVisit<Visit::Some>, 1);
  defineMethod(engine, prototype, "reduce", arrayReduce<false>, 1);
  defineMethod(engine, prototype, "reduceRight", arrayReduce<true>, 1);
  defineMethod(engine, prototype, "toString", arrayToString, 0);

  CellId iteratorPrototype = engine.intrinsic(Intrinsic::IteratorPrototype);
  defineMethod(engine, iteratorPrototype, engine.realm().symbols.iterator, "[Symbol.iterator]",
               iteratorPrototypeIterator, 0);
  CellId arrayIteratorPrototype = engine.intrinsic(Intrinsic::ArrayIteratorPrototype);
  defineMethod(engine, arrayIteratorPrototype, "next", iteratorNext<arrayIteratorTurn>, 0);
  ops::defineOwnProperty(engine, arrayIteratorPrototype, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("Array Iterator"), kConfigurable), false);
  defineUnscopables(engine, prototype);
}

}  // namespace reachable
