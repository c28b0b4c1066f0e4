// The Object statics that work on property descriptors, prototypes and
// extensibility, Object.prototype.isPrototypeOf and __proto__, and Reflect
// (ECMA-262 §20.1.2, §28.1).
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/Iteration.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"

namespace reachable {

namespace {

JSObject& objectOf(Engine& engine, Value v) { return engine.heap().as<JSObject>(v); }

// --- Descriptors ---

// ToPropertyDescriptor with V8's messages; nullopt when it threw.
std::optional<PropertyDescriptor> toPropertyDescriptor(Engine& engine, Value v) {
  if (!v.isObject()) {
    engine.throwError(ErrorType::TypeError, "Property description must be an object: " + toDisplayString(engine, v));
    return std::nullopt;
  }
  Interpreter::Pin pin(engine.interpreter(), v);
  PropertyDescriptor d;
  const auto& atoms = engine.atoms();
  auto field = [&](Value name) -> std::optional<Value> {
    if (!ops::hasProperty(engine, v.asCell(), PropertyKey::fromAtom(name))) return Value::hole();
    Value got = ops::get(engine, v, PropertyKey::fromAtom(name));
    if (got.isException()) return std::nullopt;
    return got;
  };
  auto flag = [&](Value name, std::optional<bool>& out) {
    auto got = field(name);
    if (!got) return false;
    if (!got->isHole()) out = toBoolean(engine, *got);
    return true;
  };
  if (!flag(atoms.enumerable, d.enumerable) || !flag(atoms.configurable, d.configurable)) return std::nullopt;
  auto value = field(atoms.value);
  if (!value) return std::nullopt;
  if (!value->isHole()) d.value = *value;
  if (!flag(atoms.writable, d.writable)) return std::nullopt;
  for (bool getter : {true, false}) {
    auto accessor = field(getter ? atoms.get : atoms.set);
    if (!accessor) return std::nullopt;
    if (accessor->isHole()) continue;
    if (!accessor->isUndefined() && !engine.isCallable(*accessor)) {
      engine.throwError(ErrorType::TypeError, std::string(getter ? "Getter" : "Setter") +
                                                  " must be a function: " + toDisplayString(engine, *accessor));
      return std::nullopt;
    }
    (getter ? d.getter : d.setter) = *accessor;
  }
  if (d.isAccessor() && d.isData()) {
    engine.throwError(ErrorType::TypeError,
                      "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, " +
                          engine.describeForMessage(v));
    return std::nullopt;
  }
  return d;
}

Value fromPropertyDescriptor(Engine& engine, const PropertyDescriptor& d) {
  Value result = engine.newObject();
  CellId r = result.asCell();
  const auto& atoms = engine.atoms();
  auto put = [&](Value name, Value v) { ops::createDataProperty(engine, r, PropertyKey::fromAtom(name), v); };
  if (d.value) put(atoms.value, *d.value);
  if (d.writable) put(atoms.writable, Value::boolean(*d.writable));
  if (d.getter) put(atoms.get, *d.getter);
  if (d.setter) put(atoms.set, *d.setter);
  if (d.enumerable) put(atoms.enumerable, Value::boolean(*d.enumerable));
  if (d.configurable) put(atoms.configurable, Value::boolean(*d.configurable));
  return result;
}

Value objectDefineProperty(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.arg(0);
  if (!o.isObject()) return engine.throwError(ErrorType::TypeError, "Object.defineProperty called on non-object");
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  auto d = toPropertyDescriptor(engine, call.arg(2));
  if (!d || !ops::defineOwnProperty(engine, o.asCell(), *key, *d, true)) return Value::exception();
  return o;
}

bool defineProperties(Engine& engine, Value o, Value properties) {
  Value props = toObject(engine, properties);
  if (props.isException()) return false;
  Interpreter::Pin pin(engine.interpreter(), props);
  std::vector<std::pair<PropertyKey, PropertyDescriptor>> descriptors;
  // The descriptors' values stay reachable through `props` while getters run.
  for (const auto& key : ops::ownPropertyKeys(engine, props.asCell())) {
    auto own = ops::getOwnProperty(engine, props.asCell(), key);
    if (!own || !own->enumerable.value_or(false)) continue;
    Value descObj = ops::get(engine, props, key);
    if (descObj.isException()) return false;
    auto d = toPropertyDescriptor(engine, descObj);
    if (!d) return false;
    descriptors.emplace_back(key, *d);
  }
  for (const auto& [key, d] : descriptors) {
    if (!ops::defineOwnProperty(engine, o.asCell(), key, d, true)) return false;
  }
  return true;
}

Value objectDefineProperties(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.arg(0);
  if (!o.isObject()) return engine.throwError(ErrorType::TypeError, "Object.defineProperties called on non-object");
  if (!defineProperties(engine, o, call.arg(1))) return Value::exception();
  return o;
}

Value objectGetOwnPropertyDescriptor(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(toObject(engine, call.arg(0)));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  auto own = ops::getOwnProperty(engine, o.asCell(), *key);
  if (!own) return Value::undefined();
  return fromPropertyDescriptor(engine, *own);
}

Value objectGetOwnPropertyDescriptors(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(toObject(engine, call.arg(0)));
  Interpreter::Pin pin(engine.interpreter(), o);
  Value result = engine.newObject();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  for (const auto& key : ops::ownPropertyKeys(engine, o.asCell())) {
    auto own = ops::getOwnProperty(engine, o.asCell(), key);
    if (!own) continue;
    ops::createDataProperty(engine, result.asCell(), key, fromPropertyDescriptor(engine, *own));
  }
  return result;
}

bool isPrivateSymbol(Engine& engine, Value v) { return v.isSymbol() && engine.heap().as<SymbolCell>(v).isPrivate; }

// Object.getOwnPropertyNames (kSymbols false) and getOwnPropertySymbols.
template <bool kSymbols>
Value objectOwnKeys(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(toObject(engine, call.arg(0)));
  Interpreter::Pin pin(engine.interpreter(), o);
  std::vector<Value> keys;
  for (const auto& key : ops::ownPropertyKeys(engine, o.asCell())) {
    Value v = ops::keyToValue(engine, key);
    if (v.isSymbol() == kSymbols && !isPrivateSymbol(engine, v)) keys.push_back(v);
  }
  return engine.newArray(std::move(keys));
}

// --- Prototypes ---

Value throwBadPrototype(Engine& engine, Value proto) {
  return engine.throwError(ErrorType::TypeError,
                           "Object prototype may only be an Object or null: " + toDisplayString(engine, proto));
}

// OrdinarySetPrototypeOf; false (nothing thrown) when the object refuses.
enum class ProtoResult { Done, NotExtensible, Cyclic };
ProtoResult setPrototype(Engine& engine, Value o, Value proto) {
  auto& object = objectOf(engine, o);
  CellId wanted = proto.isNull() ? kNoCell : proto.asCell();
  if (object.proto == wanted) return ProtoResult::Done;
  if (!object.extensible) return ProtoResult::NotExtensible;
  for (CellId p = wanted; p != kNoCell; p = objectOf(engine, Value::object(p)).proto) {
    if (p == o.asCell()) return ProtoResult::Cyclic;
  }
  engine.heap().noteWrite(object);
  object.proto = wanted;
  return ProtoResult::Done;
}

Value throwProtoFailure(Engine& engine, Value o, ProtoResult result) {
  if (result == ProtoResult::Cyclic) return engine.throwError(ErrorType::TypeError, "Cyclic __proto__ value");
  return engine.throwError(ErrorType::TypeError, engine.describeForMessage(o) + " is not extensible");
}

Value objectSetPrototypeOf(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.arg(0), proto = call.arg(1);
  if (o.isNullish())
    return engine.throwError(ErrorType::TypeError, "Object.setPrototypeOf called on null or undefined");
  if (!proto.isObject() && !proto.isNull()) return throwBadPrototype(engine, proto);
  if (!o.isObject()) return o;
  auto result = setPrototype(engine, o, proto);
  if (result != ProtoResult::Done) return throwProtoFailure(engine, o, result);
  return o;
}

Value objectCreate(NativeCall& call) {
  Engine& engine = call.engine;
  Value proto = call.arg(0);
  if (!proto.isObject() && !proto.isNull()) return throwBadPrototype(engine, proto);
  Value o = engine.newObject(proto.isNull() ? kNoCell : proto.asCell());
  if (!call.arg(1).isUndefined()) {
    Interpreter::Pin pin(engine.interpreter(), o);
    if (!defineProperties(engine, o, call.arg(1))) return Value::exception();
  }
  return o;
}

Value objectPrototypeIsPrototypeOf(NativeCall& call) {
  Engine& engine = call.engine;
  Value v = call.arg(0);
  if (!v.isObject()) return Value::boolean(false);
  Value o = TRY(toObject(engine, call.thisValue));
  for (CellId p = objectOf(engine, v).proto; p != kNoCell; p = objectOf(engine, Value::object(p)).proto) {
    if (p == o.asCell()) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value objectPrototypeGetProto(NativeCall& call) {
  Value o = TRY(toObject(call.engine, call.thisValue));
  CellId proto = objectOf(call.engine, o).proto;
  return proto == kNoCell ? Value::null() : Value::object(proto);
}

Value objectPrototypeSetProto(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.thisValue, proto = call.arg(0);
  if (o.isNullish()) {
    return engine.throwError(ErrorType::TypeError, "Object.prototype.__proto__ called on null or undefined");
  }
  if ((!proto.isObject() && !proto.isNull()) || !o.isObject()) return Value::undefined();
  auto result = setPrototype(engine, o, proto);
  if (result != ProtoResult::Done) return throwProtoFailure(engine, o, result);
  return Value::undefined();
}

// --- Integrity ---

// SetIntegrityLevel: sealed (kFrozen false) or frozen.
template <bool kFrozen>
Value objectSetIntegrity(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.arg(0);
  if (!o.isObject()) return o;
  if (!ops::preventExtensions(engine, o.asCell())) return Value::exception();
  auto& object = objectOf(engine, o);
  bool isArray = object.kind == CellKind::Array;
  if (isArray) {
    // An array's elements share one set of attributes.
    object.elementAttributes = kFrozen ? kEnumerable : (kWritable | kEnumerable);
    if (kFrozen) object.lengthWritable = false;
  }
  for (const auto& key : ops::ownPropertyKeys(engine, o.asCell())) {
    if (isArray && key.isIndex) continue;
    if (isArray && !key.isIndex && key.atom == engine.atoms().length) continue;
    auto own = ops::getOwnProperty(engine, o.asCell(), key);
    if (!own) continue;
    PropertyDescriptor d;
    d.configurable = false;
    if (kFrozen && !own->isAccessor()) d.writable = false;
    if (!ops::defineOwnProperty(engine, o.asCell(), key, d, true)) return Value::exception();
  }
  return o;
}

template <bool kFrozen>
Value objectTestIntegrity(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.arg(0);
  if (!o.isObject()) return Value::boolean(true);
  if (objectOf(engine, o).extensible) return Value::boolean(false);
  for (const auto& key : ops::ownPropertyKeys(engine, o.asCell())) {
    auto own = ops::getOwnProperty(engine, o.asCell(), key);
    if (!own) continue;
    if (own->configurable.value_or(false)) return Value::boolean(false);
    if (kFrozen && own->writable.value_or(false)) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value objectPreventExtensions(NativeCall& call) {
  Value o = call.arg(0);
  if (o.isObject() && !ops::preventExtensions(call.engine, o.asCell())) return Value::exception();
  return o;
}

Value objectIsExtensible(NativeCall& call) {
  Value o = call.arg(0);
  return Value::boolean(o.isObject() && objectOf(call.engine, o).extensible);
}

// --- Others ---

Value objectIs(NativeCall& call) { return Value::boolean(sameValue(call.engine, call.arg(0), call.arg(1))); }

Value objectHasOwn(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(toObject(engine, call.arg(0)));
  Interpreter::Pin pin(engine.interpreter(), o);
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  return Value::boolean(ops::hasOwnProperty(engine, o.asCell(), *key));
}

Value objectFromEntries(NativeCall& call) {
  Engine& engine = call.engine;
  Value iterable = call.arg(0);
  if (iterable.isNullish()) {
    return engine.throwError(ErrorType::TypeError, toDisplayString(engine, iterable) + " is not iterable");
  }
  Value method = TRY(ops::get(engine, iterable, PropertyKey::fromAtom(engine.realm().symbols.iterator)));
  if (!engine.isCallable(method)) {
    return engine.throwError(
        ErrorType::TypeError,
        typedDescription(engine, iterable) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  Value result = engine.newObject();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  auto record = getIterator(engine, iterable);
  if (!record) return Value::exception();
  Interpreter::Pin pinIterator(engine.interpreter(), record->iterator);
  Interpreter::Pin pinNext(engine.interpreter(), record->next);
  while (auto entry = iteratorStep(engine, *record)) {
    Interpreter::Pin pinEntry(engine.interpreter(), *entry);
    bool ok = false;
    if (!entry->isObject()) {
      engine.throwError(ErrorType::TypeError,
                        "Iterator value " + toDisplayString(engine, *entry) + " is not an entry object");
    } else if (Value k = ops::get(engine, *entry, PropertyKey::fromIndex(0)); !k.isException()) {
      Interpreter::Pin pinKey(engine.interpreter(), k);
      Value v = ops::get(engine, *entry, PropertyKey::fromIndex(1));
      if (!v.isException()) {
        Interpreter::Pin pinValue(engine.interpreter(), v);
        auto key = ops::toPropertyKey(engine, k);
        ok = key && ops::createDataProperty(engine, result.asCell(), *key, v);
      }
    }
    if (!ok) {
      return closeAfterThrow(engine, *record);
    }
  }
  if (engine.hasPendingException()) return Value::exception();
  return result;
}

// --- Reflect ---

Value requireTarget(NativeCall& call, std::string_view method) {
  if (call.arg(0).isObject()) return call.arg(0);
  return call.engine.throwError(ErrorType::TypeError, "Reflect." + std::string(method) + " called on non-object");
}

std::string_view withArticle(std::string_view type) { return type == "object" || type == "undefined" ? "an " : "a "; }

Value reflectApply(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = call.arg(0);
  if (!engine.isCallable(target)) {
    std::string_view type = typeofName(engine, target);
    return engine.throwError(ErrorType::TypeError, "Function.prototype.apply was called on " +
                                                       engine.describeForMessage(target) + ", which is " +
                                                       std::string(withArticle(type)) + std::string(type) +
                                                       " and not a function");
  }
  auto args = listFromArrayLike(engine, call.arg(2));
  if (!args) return Value::exception();
  Value holder = engine.newArray(*args);
  Interpreter::Pin pin(engine.interpreter(), holder);
  return engine.call(target, call.arg(1), *args);
}

Value reflectConstruct(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = call.arg(0);
  if (!engine.isConstructor(target)) {
    return engine.throwError(ErrorType::TypeError, engine.describeForMessage(target) + " is not a constructor");
  }
  Value newTarget = call.args.size() > 2 ? call.args[2] : target;
  if (!engine.isConstructor(newTarget)) {
    return engine.throwError(ErrorType::TypeError, engine.describeForMessage(newTarget) + " is not a constructor");
  }
  auto args = listFromArrayLike(engine, call.arg(1));
  if (!args) return Value::exception();
  Value holder = engine.newArray(*args);
  Interpreter::Pin pin(engine.interpreter(), holder);
  return engine.construct(target, *args, newTarget);
}

Value reflectGet(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "get"));
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  Value receiver = call.args.size() > 2 ? call.args[2] : target;
  return ops::getFromObject(engine, target.asCell(), *key, receiver);
}

// Whether OrdinarySet would fail without throwing: a read-only data property, an
// accessor without a setter, or a new property on a non-extensible receiver.
bool setWouldFail(Engine& engine, Value target, const PropertyKey& key, Value receiver) {
  for (CellId o = target.asCell(); o != kNoCell; o = objectOf(engine, Value::object(o)).proto) {
    auto own = ops::getOwnProperty(engine, o, key);
    if (!own) continue;
    if (own->isAccessor()) return own->setter.value_or(Value::undefined()).isUndefined();
    if (!own->writable.value_or(false)) return true;
    break;
  }
  if (!receiver.isObject()) return true;
  auto existing = ops::getOwnProperty(engine, receiver.asCell(), key);
  if (existing) return existing->isAccessor() || !existing->writable.value_or(false);
  return !objectOf(engine, receiver).extensible;
}

Value reflectSet(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "set"));
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  Value receiver = call.args.size() > 3 ? call.args[3] : target;
  if (setWouldFail(engine, target, *key, receiver)) return Value::boolean(false);
  if (!ops::setOnObject(engine, target.asCell(), *key, call.arg(2), receiver)) return Value::exception();
  return Value::boolean(true);
}

Value reflectHas(NativeCall& call) {
  Value target = TRY(requireTarget(call, "has"));
  auto key = ops::toPropertyKey(call.engine, call.arg(1));
  if (!key) return Value::exception();
  return Value::boolean(ops::hasProperty(call.engine, target.asCell(), *key));
}

Value reflectOwnKeys(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "ownKeys"));
  std::vector<Value> keys;
  for (const auto& key : ops::ownPropertyKeys(engine, target.asCell())) {
    Value v = ops::keyToValue(engine, key);
    if (!isPrivateSymbol(engine, v)) keys.push_back(v);
  }
  return engine.newArray(std::move(keys));
}

Value reflectDefineProperty(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "defineProperty"));
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  auto d = toPropertyDescriptor(engine, call.arg(2));
  if (!d) return Value::exception();
  return Value::boolean(ops::defineOwnProperty(engine, target.asCell(), *key, *d, false));
}

Value reflectGetOwnPropertyDescriptor(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "getOwnPropertyDescriptor"));
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  auto own = ops::getOwnProperty(engine, target.asCell(), *key);
  return own ? fromPropertyDescriptor(engine, *own) : Value::undefined();
}

Value reflectDeleteProperty(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "deleteProperty"));
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  auto own = ops::getOwnProperty(engine, target.asCell(), *key);
  if (own && !own->configurable.value_or(false)) return Value::boolean(false);
  return Value::boolean(ops::deleteProperty(engine, target.asCell(), *key));
}

Value reflectGetPrototypeOf(NativeCall& call) {
  Value target = TRY(requireTarget(call, "getPrototypeOf"));
  CellId proto = objectOf(call.engine, target).proto;
  return proto == kNoCell ? Value::null() : Value::object(proto);
}

Value reflectSetPrototypeOf(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "setPrototypeOf"));
  Value proto = call.arg(1);
  if (!proto.isObject() && !proto.isNull()) return throwBadPrototype(engine, proto);
  return Value::boolean(setPrototype(engine, target, proto) == ProtoResult::Done);
}

Value reflectIsExtensible(NativeCall& call) {
  Value target = TRY(requireTarget(call, "isExtensible"));
  return Value::boolean(objectOf(call.engine, target).extensible);
}

Value reflectPreventExtensions(NativeCall& call) {
  Value target = TRY(requireTarget(call, "preventExtensions"));
  return Value::boolean(ops::preventExtensions(call.engine, target.asCell()));
}

}  // namespace

void installReflectBuiltins(Engine& engine) {
  CellId objectPrototype = engine.intrinsic(Intrinsic::ObjectPrototype);
  CellId o =
      ops::get(engine, Value::object(objectPrototype), PropertyKey::fromAtom(engine.atoms().constructor)).asCell();
  defineMethod(engine, o, "create", objectCreate, 2);
  defineMethod(engine, o, "defineProperty", objectDefineProperty, 3);
  defineMethod(engine, o, "defineProperties", objectDefineProperties, 2);
  defineMethod(engine, o, "freeze", objectSetIntegrity<true>, 1);
  defineMethod(engine, o, "fromEntries", objectFromEntries, 1);
  defineMethod(engine, o, "getOwnPropertyDescriptor", objectGetOwnPropertyDescriptor, 2);
  defineMethod(engine, o, "getOwnPropertyDescriptors", objectGetOwnPropertyDescriptors, 1);
  defineMethod(engine, o, "getOwnPropertyNames", objectOwnKeys<false>, 1);
  defineMethod(engine, o, "getOwnPropertySymbols", objectOwnKeys<true>, 1);
  defineMethod(engine, o, "hasOwn", objectHasOwn, 2);
  defineMethod(engine, o, "is", objectIs, 2);
  defineMethod(engine, o, "isExtensible", objectIsExtensible, 1);
  defineMethod(engine, o, "isFrozen", objectTestIntegrity<true>, 1);
  defineMethod(engine, o, "isSealed", objectTestIntegrity<false>, 1);
  defineMethod(engine, o, "preventExtensions", objectPreventExtensions, 1);
  defineMethod(engine, o, "seal", objectSetIntegrity<false>, 1);
  defineMethod(engine, o, "setPrototypeOf", objectSetPrototypeOf, 2);
  defineMethod(engine, objectPrototype, "isPrototypeOf", objectPrototypeIsPrototypeOf, 1);
  PropertyDescriptor proto;
  proto.getter = engine.newNativeFunction(objectPrototypeGetProto, "get __proto__", 0);
  proto.setter = engine.newNativeFunction(objectPrototypeSetProto, "set __proto__", 1);
  proto.enumerable = false;
  proto.configurable = true;
  ops::defineOwnProperty(engine, objectPrototype, PropertyKey::fromAtom(engine.intern("__proto__")), proto, false);

  Value reflect = engine.newObject();
  CellId r = reflect.asCell();
  defineMethod(engine, r, "defineProperty", reflectDefineProperty, 3);
  defineMethod(engine, r, "deleteProperty", reflectDeleteProperty, 2);
  defineMethod(engine, r, "apply", reflectApply, 3);
  defineMethod(engine, r, "construct", reflectConstruct, 2);
  defineMethod(engine, r, "get", reflectGet, 2);
  defineMethod(engine, r, "getOwnPropertyDescriptor", reflectGetOwnPropertyDescriptor, 2);
  defineMethod(engine, r, "getPrototypeOf", reflectGetPrototypeOf, 1);
  defineMethod(engine, r, "has", reflectHas, 2);
  defineMethod(engine, r, "isExtensible", reflectIsExtensible, 1);
  defineMethod(engine, r, "ownKeys", reflectOwnKeys, 1);
  defineMethod(engine, r, "preventExtensions", reflectPreventExtensions, 1);
  defineMethod(engine, r, "set", reflectSet, 3);
  defineMethod(engine, r, "setPrototypeOf", reflectSetPrototypeOf, 2);
  ops::defineOwnProperty(engine, r, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("Reflect"), kConfigurable), false);
  defineValue(engine, engine.intrinsic(Intrinsic::GlobalObject), "Reflect", reflect);
}

}  // namespace reachable
