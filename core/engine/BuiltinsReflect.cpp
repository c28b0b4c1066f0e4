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

Value objectDefineProperty(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.arg(0);
  if (!o.isObject()) return engine.throwError(ErrorType::TypeError, "Object.defineProperty called on non-object");
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  auto d = ops::toPropertyDescriptor(engine, call.arg(2));
  if (!d || !ops::defineOwnProperty(engine, o.asCell(), *key, *d, true)) return Value::exception();
  return o;
}

bool defineProperties(Engine& engine, Value o, Value properties) {
  Value props = toObject(engine, properties);
  if (props.isException()) return false;
  Interpreter::Pin pin(engine.interpreter(), props);
  std::vector<std::pair<PropertyKey, PropertyDescriptor>> descriptors;
  // The descriptors' values stay reachable through `props` while getters run.
  auto keys = ops::ownPropertyKeys(engine, props.asCell());
  if (engine.hasPendingException()) return false;
  for (const auto& key : keys) {
    auto own = ops::getOwnProperty(engine, props.asCell(), key);
    if (engine.hasPendingException()) return false;
    if (!own || !own->enumerable.value_or(false)) continue;
    Value descObj = ops::get(engine, props, key);
    if (descObj.isException()) return false;
    auto d = ops::toPropertyDescriptor(engine, descObj);
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
  if (engine.hasPendingException()) return Value::exception();
  if (!own) return Value::undefined();
  return ops::fromPropertyDescriptor(engine, *own);
}

Value objectGetOwnPropertyDescriptors(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = TRY(toObject(engine, call.arg(0)));
  Interpreter::Pin pin(engine.interpreter(), o);
  Value result = engine.newObject();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  auto keys = ops::ownPropertyKeys(engine, o.asCell());
  if (engine.hasPendingException()) return Value::exception();
  for (const auto& key : keys) {
    auto own = ops::getOwnProperty(engine, o.asCell(), key);
    if (engine.hasPendingException()) return Value::exception();
    if (!own) continue;
    ops::createDataProperty(engine, result.asCell(), key, ops::fromPropertyDescriptor(engine, *own));
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
  auto own = ops::ownPropertyKeys(engine, o.asCell());
  if (engine.hasPendingException()) return Value::exception();
  for (const auto& key : own) {
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

using ops::ProtoResult;

// Object.setPrototypeOf's and __proto__'s TypeError for a refusal.
Value throwProtoFailure(Engine& engine, Value o, ProtoResult result) {
  switch (result) {
    case ProtoResult::Cyclic: return engine.throwError(ErrorType::TypeError, "Cyclic __proto__ value");
    case ProtoResult::NotExtensible:
      return engine.throwError(ErrorType::TypeError, engine.describeForMessage(o) + " is not extensible");
    case ProtoResult::Refused:
      return engine.throwError(ErrorType::TypeError,
                               "'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'");
    default: return Value::exception();
  }
}

Value objectSetPrototypeOf(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.arg(0), proto = call.arg(1);
  if (o.isNullish())
    return engine.throwError(ErrorType::TypeError, "Object.setPrototypeOf called on null or undefined");
  if (!proto.isObject() && !proto.isNull()) return throwBadPrototype(engine, proto);
  if (!o.isObject()) return o;
  auto result = ops::setPrototypeOf(engine, o.asCell(), proto);
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
  for (Value p = v;;) {
    p = TRY(ops::getPrototypeOf(engine, p.asCell()));
    if (p.isNull()) return Value::boolean(false);
    if (p == o) return Value::boolean(true);
  }
}

Value objectPrototypeGetProto(NativeCall& call) {
  Value o = TRY(toObject(call.engine, call.thisValue));
  return ops::getPrototypeOf(call.engine, o.asCell());
}

Value objectPrototypeSetProto(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.thisValue, proto = call.arg(0);
  if (o.isNullish()) {
    return engine.throwError(ErrorType::TypeError, "Object.prototype.__proto__ called on null or undefined");
  }
  if ((!proto.isObject() && !proto.isNull()) || !o.isObject()) return Value::undefined();
  auto result = ops::setPrototypeOf(engine, o.asCell(), proto);
  if (result != ProtoResult::Done) return throwProtoFailure(engine, o, result);
  return Value::undefined();
}

// --- Integrity ---

// [[PreventExtensions]], with V8's TypeError when a proxy refuses.
bool preventOrThrow(Engine& engine, Value o) {
  auto done = ops::preventExtensions(engine, o.asCell());
  if (!done) return false;
  if (*done) return true;
  engine.throwError(ErrorType::TypeError, "'preventExtensions' on proxy: trap returned falsish");
  return false;
}

// SetIntegrityLevel: sealed (kFrozen false) or frozen.
template <bool kFrozen>
Value objectSetIntegrity(NativeCall& call) {
  Engine& engine = call.engine;
  Value o = call.arg(0);
  if (!o.isObject()) return o;
  if (!preventOrThrow(engine, o)) return Value::exception();
  auto& object = objectOf(engine, o);
  bool isArray = object.kind == CellKind::Array;
  if (isArray) {
    // An array's elements share one set of attributes.
    object.elementAttributes = kFrozen ? kEnumerable : (kWritable | kEnumerable);
    if (kFrozen) object.lengthWritable = false;
  }
  auto keys = ops::ownPropertyKeys(engine, o.asCell());
  if (engine.hasPendingException()) return Value::exception();
  for (const auto& key : keys) {
    // The elements took their attributes above; indices among the named properties
    // (sparse ones, accessors) have their own.
    if (ops::inElements(objectOf(engine, o), key)) continue;
    if (isArray && !key.isIndex && key.atom == engine.atoms().length) continue;
    auto own = ops::getOwnProperty(engine, o.asCell(), key);
    if (engine.hasPendingException()) return Value::exception();
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
  auto extensible = ops::isExtensible(engine, o.asCell());
  if (!extensible) return Value::exception();
  if (*extensible) return Value::boolean(false);
  auto keys = ops::ownPropertyKeys(engine, o.asCell());
  if (engine.hasPendingException()) return Value::exception();
  for (const auto& key : keys) {
    auto own = ops::getOwnProperty(engine, o.asCell(), key);
    if (engine.hasPendingException()) return Value::exception();
    if (!own) continue;
    if (own->configurable.value_or(false)) return Value::boolean(false);
    if (kFrozen && own->writable.value_or(false)) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value objectPreventExtensions(NativeCall& call) {
  Value o = call.arg(0);
  if (o.isObject() && !preventOrThrow(call.engine, o)) return Value::exception();
  return o;
}

Value objectIsExtensible(NativeCall& call) {
  Value o = call.arg(0);
  if (!o.isObject()) return Value::boolean(false);
  auto extensible = ops::isExtensible(call.engine, o.asCell());
  if (!extensible) return Value::exception();
  return Value::boolean(*extensible);
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

Value reflectSet(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "set"));
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  Value receiver = call.args.size() > 3 ? call.args[3] : target;
  bool done = ops::setOnObject(engine, target.asCell(), *key, call.arg(2), receiver, false);
  if (engine.hasPendingException()) return Value::exception();
  return Value::boolean(done);
}

Value reflectHas(NativeCall& call) {
  Value target = TRY(requireTarget(call, "has"));
  auto key = ops::toPropertyKey(call.engine, call.arg(1));
  if (!key) return Value::exception();
  bool found = ops::hasProperty(call.engine, target.asCell(), *key);
  if (call.engine.hasPendingException()) return Value::exception();
  return Value::boolean(found);
}

Value reflectOwnKeys(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "ownKeys"));
  std::vector<Value> keys;
  auto own = ops::ownPropertyKeys(engine, target.asCell());
  if (engine.hasPendingException()) return Value::exception();
  for (const auto& key : own) {
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
  auto d = ops::toPropertyDescriptor(engine, call.arg(2));
  if (!d) return Value::exception();
  bool defined = ops::defineOwnProperty(engine, target.asCell(), *key, *d, false);
  if (engine.hasPendingException()) return Value::exception();
  return Value::boolean(defined);
}

Value reflectGetOwnPropertyDescriptor(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "getOwnPropertyDescriptor"));
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  auto own = ops::getOwnProperty(engine, target.asCell(), *key);
  if (engine.hasPendingException()) return Value::exception();
  return own ? ops::fromPropertyDescriptor(engine, *own) : Value::undefined();
}

Value reflectDeleteProperty(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "deleteProperty"));
  auto key = ops::toPropertyKey(engine, call.arg(1));
  if (!key) return Value::exception();
  auto deleted = ops::tryDelete(engine, target.asCell(), *key);
  return deleted ? Value::boolean(*deleted) : Value::exception();
}

Value reflectGetPrototypeOf(NativeCall& call) {
  Value target = TRY(requireTarget(call, "getPrototypeOf"));
  return ops::getPrototypeOf(call.engine, target.asCell());
}

Value reflectSetPrototypeOf(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(requireTarget(call, "setPrototypeOf"));
  Value proto = call.arg(1);
  if (!proto.isObject() && !proto.isNull()) return throwBadPrototype(engine, proto);
  auto result = ops::setPrototypeOf(engine, target.asCell(), proto);
  if (result == ProtoResult::Threw) return Value::exception();
  return Value::boolean(result == ProtoResult::Done);
}

Value reflectIsExtensible(NativeCall& call) {
  Value target = TRY(requireTarget(call, "isExtensible"));
  auto extensible = ops::isExtensible(call.engine, target.asCell());
  return extensible ? Value::boolean(*extensible) : Value::exception();
}

Value reflectPreventExtensions(NativeCall& call) {
  Value target = TRY(requireTarget(call, "preventExtensions"));
  auto done = ops::preventExtensions(call.engine, target.asCell());
  return done ? Value::boolean(*done) : Value::exception();
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
