// Map and Set, the strong keyed collections (ECMA-262 §24.1, §24.2), and their
// iterators. Keys compare by SameValueZero: strings by content, -0 as +0, NaN as
// itself. A deleted entry leaves a hole in the OrderedTable, so an iterator walks
// positions: it skips what was deleted and sees what was added behind it.
#include <cmath>
#include <functional>
#include <string_view>

#include "engine/BigInts.h"
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/Iteration.h"
#include "engine/IteratorTurn.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "heap/CollectionCells.h"

namespace reachable {

namespace {

// SameValueZero's key form: -0 becomes +0.
Value normalizeKey(Value key) {
  if (key.isNumber() && key.asNumber() == 0) return Value::number(0);
  return key;
}

std::uint64_t keyHash(Engine& engine, Value key) {
  if (key.isString()) return std::hash<std::u16string_view>{}(engine.heap().text(key));
  // Equal BigInts are different cells: hash their value (its lowest digit and size).
  if (key.isBigInt()) {
    mpz_srcptr value = bigintValue(engine, key).get_mpz_t();
    return mpz_getlimbn(value, 0) ^ (static_cast<std::uint64_t>(mpz_size(value)) << 56) ^ (mpz_sgn(value) < 0);
  }
  return key.bits();
}

OrderedTable* tableOf(Engine& engine, Value v, CellKind kind) {
  if (!v.isObject()) return nullptr;
  auto& cell = engine.heap().get(v.asCell());
  if (cell.kind != kind) return nullptr;
  return kind == CellKind::Map ? &static_cast<MapObject&>(cell).table : &static_cast<SetObject&>(cell).table;
}

std::int64_t findKey(Engine& engine, const OrderedTable& table, Value key) {
  return table.find(key, keyHash(engine, key), [&](Value a, Value b) { return sameValueZero(engine, a, b); });
}

// The receiver's table, or V8's "incompatible receiver" TypeError (nullptr).
OrderedTable* receiverTable(NativeCall& call, CellKind kind, std::string_view method) {
  OrderedTable* table = tableOf(call.engine, call.thisValue, kind);
  if (!table) {
    call.engine.throwError(ErrorType::TypeError, "Method " + std::string(kind == CellKind::Map ? "Map" : "Set") +
                                                     ".prototype." + std::string(method) +
                                                     " called on incompatible receiver " +
                                                     call.engine.describeForMessage(call.thisValue));
  }
  return table;
}

// --- Constructors ---

template <CellKind kKind>
Value collectionConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  constexpr bool kMap = kKind == CellKind::Map;
  if (!call.isConstruct()) {
    return engine.throwError(ErrorType::TypeError,
                             std::string("Constructor ") + (kMap ? "Map" : "Set") + " requires 'new'");
  }
  Value prototype = TRY(ops::get(engine, call.newTarget, PropertyKey::fromAtom(engine.atoms().prototype)));
  CellId proto = prototype.isObject() ? prototype.asCell()
                                      : engine.intrinsic(kMap ? Intrinsic::MapPrototype : Intrinsic::SetPrototype);
  CellId id = kMap ? engine.heap().make<MapObject>(proto).id : engine.heap().make<SetObject>(proto).id;
  Value collection = Value::object(id);
  if (call.arg(0).isNullish()) return collection;
  return fillCollectionFrom(engine, collection, call.arg(0), kMap);
}

// --- Map.prototype and Set.prototype ---

void reaccountCollection(Engine& engine, Value collection) {
  engine.heap().reaccount(engine.heap().get(collection.asCell()));
}

// Whether an iterator a Map or Set handed out is still alive and part way through.
bool stillIterating(Engine& engine, std::pair<CellId, std::uint32_t> iterator) {
  const HeapCell* cell = engine.heap().find(iterator.first);
  if (!cell || cell->serial != iterator.second) return false;
  const JSObject* state =
      builtinIteratorState(engine, Value::object(iterator.first), IteratorKind::MapKeys, IteratorKind::SetEntries);
  return state && !state->elements[kIteratorTarget].isUndefined();
}

void forgetFinishedIterators(Engine& engine, OrderedTable& table) {
  std::erase_if(table.iterators, [&](auto iterator) { return !stillIterating(engine, iterator); });
}

// Appends an entry, first dropping the table's holes when they dominate and nothing
// of the program walks it by position (OrderedTable::sparse).
void appendEntry(Engine& engine, Value collection, OrderedTable& table, Value key, Value value) {
  if (table.sparse() && table.loops == 0) {
    forgetFinishedIterators(engine, table);
    if (table.iterators.empty()) table.compact();
  }
  table.append(key, value, keyHash(engine, key));
  reaccountCollection(engine, collection);
}

Value mapGet(NativeCall& call) {
  OrderedTable* table = receiverTable(call, CellKind::Map, "get");
  if (!table) return Value::exception();
  auto position = findKey(call.engine, *table, normalizeKey(call.arg(0)));
  return position < 0 ? Value::undefined() : table->entries()[static_cast<std::size_t>(position)].value;
}

Value mapSet(NativeCall& call) {
  Engine& engine = call.engine;
  OrderedTable* table = receiverTable(call, CellKind::Map, "set");
  if (!table) return Value::exception();
  Value key = normalizeKey(call.arg(0));
  auto position = findKey(engine, *table, key);
  // Only the entry written changes: an existing one in place, a new one at the end.
  HeapCell& map = engine.heap().get(call.thisValue.asCell());
  if (engine.heap().writeLog().on()) {
    if (position >= 0) {
      engine.heap().noteElement(map, table->liveIndex(static_cast<std::uint32_t>(position)));
    } else {
      engine.heap().noteElementsFrom(map, static_cast<std::uint32_t>(table->liveCount()));
    }
  }
  if (position >= 0) {
    table->at(static_cast<std::uint32_t>(position)).value = call.arg(1);
  } else {
    appendEntry(engine, call.thisValue, *table, key, call.arg(1));
  }
  return call.thisValue;
}

Value setAdd(NativeCall& call) {
  Engine& engine = call.engine;
  OrderedTable* table = receiverTable(call, CellKind::Set, "add");
  if (!table) return Value::exception();
  Value key = normalizeKey(call.arg(0));
  if (findKey(engine, *table, key) < 0) {
    engine.heap().noteElementsFrom(engine.heap().get(call.thisValue.asCell()),
                                   static_cast<std::uint32_t>(table->liveCount()));
    appendEntry(call.engine, call.thisValue, *table, key, Value::undefined());
  }
  return call.thisValue;
}

template <CellKind kKind>
Value collectionHas(NativeCall& call) {
  OrderedTable* table = receiverTable(call, kKind, "has");
  if (!table) return Value::exception();
  return Value::boolean(findKey(call.engine, *table, normalizeKey(call.arg(0))) >= 0);
}

template <CellKind kKind>
Value collectionDelete(NativeCall& call) {
  Engine& engine = call.engine;
  OrderedTable* table = receiverTable(call, kKind, "delete");
  if (!table) return Value::exception();
  Value key = normalizeKey(call.arg(0));
  auto position = findKey(engine, *table, key);
  if (position < 0) return Value::boolean(false);
  engine.heap().noteWrite(engine.heap().get(call.thisValue.asCell()));
  table->eraseAt(static_cast<std::uint32_t>(position), keyHash(engine, key));
  return Value::boolean(true);
}

template <CellKind kKind>
Value collectionClear(NativeCall& call) {
  OrderedTable* table = receiverTable(call, kKind, "clear");
  if (!table) return Value::exception();
  call.engine.heap().noteWrite(call.engine.heap().get(call.thisValue.asCell()));
  table->clear();
  return Value::undefined();
}

template <CellKind kKind>
Value collectionSize(NativeCall& call) {
  OrderedTable* table = tableOf(call.engine, call.thisValue, kKind);
  if (!table) {
    return call.engine.throwError(ErrorType::TypeError, std::string("Method get ") +
                                                            (kKind == CellKind::Map ? "Map" : "Set") +
                                                            ".prototype.size called on incompatible receiver " +
                                                            call.engine.describeForMessage(call.thisValue));
  }
  return Value::number(static_cast<double>(table->liveCount()));
}

template <CellKind kKind>
Value collectionForEach(NativeCall& call) {
  Engine& engine = call.engine;
  if (!receiverTable(call, kKind, "forEach")) return Value::exception();
  Value callback = call.arg(0);
  if (!engine.isCallable(callback)) {
    return engine.throwError(ErrorType::TypeError, typedDescription(engine, callback) + " is not a function");
  }
  // Entries added by the callback are visited too; the table is looked up afresh
  // after every call, and keeps its positions until the loop ends.
  struct Loop {
    OrderedTable& table;
    explicit Loop(OrderedTable& t) : table(t) { ++table.loops; }
    ~Loop() { --table.loops; }
  } loop(*tableOf(engine, call.thisValue, kKind));
  for (std::size_t i = 0;; ++i) {
    OrderedTable* table = tableOf(engine, call.thisValue, kKind);
    if (i >= table->entries().size()) break;
    auto entry = table->entries()[i];
    if (!entry.live()) continue;
    Value value = kKind == CellKind::Map ? entry.value : entry.key;
    Interpreter::Pin pinKey(engine.interpreter(), entry.key);
    Interpreter::Pin pinValue(engine.interpreter(), value);
    Value args[] = {value, entry.key, call.thisValue};
    if (engine.call(callback, call.arg(1), args).isException()) return Value::exception();
  }
  return Value::undefined();
}

// --- Iterators ---

template <CellKind kKind, IteratorKind kIterator>
Value collectionIterate(NativeCall& call) {
  constexpr bool kMap = kKind == CellKind::Map;
  static constexpr std::string_view kNames[] = {"keys",    "values", "entries", "keys", "values",
                                                "entries", "values", "entries", ""};
  OrderedTable* table = receiverTable(call, kKind, kNames[static_cast<std::size_t>(kIterator)]);
  if (!table) return Value::exception();
  Value iterator = newBuiltinIterator(
      call.engine, kMap ? Intrinsic::MapIteratorPrototype : Intrinsic::SetIteratorPrototype, call.thisValue, kIterator);
  // A program that makes many iterators and finishes them: the list stays short.
  if (table->iterators.size() % 64 == 63) forgetFinishedIterators(call.engine, *table);
  table->iterators.push_back({iterator.asCell(), call.engine.heap().get(iterator.asCell()).serial});
  return iterator;
}

template <CellKind kKind>
IteratorTurn collectionIteratorTurn(Engine& engine, Value iterator) {
  constexpr bool kMap = kKind == CellKind::Map;
  JSObject* state = kMap ? builtinIteratorState(engine, iterator, IteratorKind::MapKeys, IteratorKind::MapEntries)
                         : builtinIteratorState(engine, iterator, IteratorKind::SetValues, IteratorKind::SetEntries);
  if (!state) {
    return {engine.throwError(ErrorType::TypeError, std::string("Method ") + (kMap ? "Map" : "Set") +
                                                        " Iterator.prototype.next called on incompatible receiver " +
                                                        engine.describeForMessage(iterator))};
  }
  Value target = state->elements[kIteratorTarget];
  if (target.isUndefined()) return {Value::undefined(), true};
  auto kind = static_cast<IteratorKind>(state->elements[kIteratorKind].asNumber());
  const auto& entries = tableOf(engine, target, kKind)->entries();
  auto position = static_cast<std::size_t>(state->elements[kIteratorPosition].asNumber());
  engine.heap().noteWrite(*state);
  while (position < entries.size() && !entries[position].live()) ++position;
  if (position >= entries.size()) {
    state->elements[kIteratorTarget] = Value::undefined();
    return {Value::undefined(), true};
  }
  state->elements[kIteratorPosition] = Value::number(static_cast<double>(position + 1));
  const auto entry = entries[position];
  switch (kind) {
    case IteratorKind::MapKeys:
    case IteratorKind::SetValues: return {entry.key};
    case IteratorKind::MapValues: return {entry.value};
    case IteratorKind::MapEntries: return {engine.newArray({entry.key, entry.value})};
    default: return {engine.newArray({entry.key, entry.key})};
  }
}

}  // namespace

IteratorTurn mapIteratorTurn(Engine& engine, Value iterator) {
  return collectionIteratorTurn<CellKind::Map>(engine, iterator);
}
IteratorTurn setIteratorTurn(Engine& engine, Value iterator) {
  return collectionIteratorTurn<CellKind::Set>(engine, iterator);
}

namespace {

void defineTag(Engine& engine, CellId target, std::string_view tag) {
  ops::defineOwnProperty(engine, target, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern(tag), kConfigurable), false);
}

void defineAlias(Engine& engine, CellId target, Value key, Value function) {
  ops::defineOwnProperty(engine, target, PropertyKey::fromAtom(key),
                         PropertyDescriptor::data(function, kWritable | kConfigurable), false);
}

}  // namespace

// Feeds the entries of `iterable` to the new collection's `set` or `add`.
void appendCollectionEntry(Engine& engine, Value collection, Value key, Value value) {
  const bool isMap = engine.heap().get(collection.asCell()).kind == CellKind::Map;
  OrderedTable* table = tableOf(engine, collection, isMap ? CellKind::Map : CellKind::Set);
  engine.heap().noteElementsFrom(engine.heap().get(collection.asCell()), static_cast<std::uint32_t>(table->liveCount()));
  appendEntry(engine, collection, *table, normalizeKey(key), value);
}

Value fillCollectionFrom(Engine& engine, Value collection, Value iterable, bool pairs) {
  Interpreter::Pin pinCollection(engine.interpreter(), collection);
  Value adder = TRY(ops::get(engine, collection, PropertyKey::fromAtom(engine.intern(pairs ? "set" : "add"))));
  if (!engine.isCallable(adder)) {
    return engine.throwError(ErrorType::TypeError, "'" + toDisplayString(engine, adder) + "' returned for property '" +
                                                       (pairs ? "set" : "add") + "' of object '" +
                                                       engine.describeForMessage(collection) + "' is not a function");
  }
  Interpreter::Pin pinAdder(engine.interpreter(), adder);
  Value method = TRY(ops::get(engine, iterable, PropertyKey::fromAtom(engine.realm().symbols.iterator)));
  if (!engine.isCallable(method)) {
    return engine.throwError(
        ErrorType::TypeError,
        typedDescription(engine, iterable) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  auto record = getIterator(engine, iterable);
  if (!record) return Value::exception();
  Interpreter::Pin pinIterator(engine.interpreter(), record->iterator);
  Interpreter::Pin pinNext(engine.interpreter(), record->next);
  while (auto item = iteratorStep(engine, *record)) {
    Interpreter::Pin pinItem(engine.interpreter(), *item);
    Value result;
    if (!pairs) {
      Value args[] = {*item};
      result = engine.call(adder, collection, args);
    } else if (!item->isObject()) {
      result = engine.throwError(ErrorType::TypeError,
                                 "Iterator value " + toDisplayString(engine, *item) + " is not an entry object");
    } else if (Value k = ops::get(engine, *item, PropertyKey::fromIndex(0)); k.isException()) {
      result = k;
    } else {
      Interpreter::Pin pinKey(engine.interpreter(), k);
      Value v = ops::get(engine, *item, PropertyKey::fromIndex(1));
      if (v.isException()) {
        result = v;
      } else {
        Value args[] = {k, v};
        result = engine.call(adder, collection, args);
      }
    }
    if (result.isException()) {
      return closeAfterThrow(engine, *record);
    }
  }
  if (engine.hasPendingException()) return Value::exception();
  return collection;
}

void installCollectionBuiltins(Engine& engine) {
  Value iteratorKey = engine.realm().symbols.iterator;

  CellId map = engine.intrinsic(Intrinsic::MapPrototype);
  defineSpeciesGetter(engine, defineConstructor(engine, "Map", collectionConstructor<CellKind::Map>, 0, map));
  defineMethod(engine, map, "get", mapGet, 1);
  defineMethod(engine, map, "set", mapSet, 2);
  defineMethod(engine, map, "has", collectionHas<CellKind::Map>, 1);
  defineMethod(engine, map, "delete", collectionDelete<CellKind::Map>, 1);
  defineMethod(engine, map, "clear", collectionClear<CellKind::Map>, 0);
  Value mapEntries =
      defineMethod(engine, map, "entries", collectionIterate<CellKind::Map, IteratorKind::MapEntries>, 0);
  defineMethod(engine, map, "forEach", collectionForEach<CellKind::Map>, 1);
  defineMethod(engine, map, "keys", collectionIterate<CellKind::Map, IteratorKind::MapKeys>, 0);
  defineGetter(engine, map, engine.atoms().size, "size", collectionSize<CellKind::Map>);
  defineMethod(engine, map, "values", collectionIterate<CellKind::Map, IteratorKind::MapValues>, 0);
  defineTag(engine, map, "Map");
  defineAlias(engine, map, iteratorKey, mapEntries);

  CellId set = engine.intrinsic(Intrinsic::SetPrototype);
  defineSpeciesGetter(engine, defineConstructor(engine, "Set", collectionConstructor<CellKind::Set>, 0, set));
  defineMethod(engine, set, "has", collectionHas<CellKind::Set>, 1);
  defineMethod(engine, set, "add", setAdd, 1);
  defineMethod(engine, set, "delete", collectionDelete<CellKind::Set>, 1);
  defineMethod(engine, set, "clear", collectionClear<CellKind::Set>, 0);
  defineMethod(engine, set, "entries", collectionIterate<CellKind::Set, IteratorKind::SetEntries>, 0);
  defineMethod(engine, set, "forEach", collectionForEach<CellKind::Set>, 1);
  defineGetter(engine, set, engine.atoms().size, "size", collectionSize<CellKind::Set>);
  Value setValues = defineMethod(engine, set, "values", collectionIterate<CellKind::Set, IteratorKind::SetValues>, 0);
  defineAlias(engine, set, engine.intern("keys"), setValues);
  defineTag(engine, set, "Set");
  defineAlias(engine, set, iteratorKey, setValues);

  CellId mapIterator = engine.intrinsic(Intrinsic::MapIteratorPrototype);
  defineMethod(engine, mapIterator, "next", iteratorNext<mapIteratorTurn>, 0);
  defineTag(engine, mapIterator, "Map Iterator");
  CellId setIterator = engine.intrinsic(Intrinsic::SetIteratorPrototype);
  defineMethod(engine, setIterator, "next", iteratorNext<setIteratorTurn>, 0);
  defineTag(engine, setIterator, "Set Iterator");
}

}  // namespace reachable
