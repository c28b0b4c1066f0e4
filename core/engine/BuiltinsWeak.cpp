// WeakRef, FinalizationRegistry, WeakMap and WeakSet: thin wrappers over the heap's
// weak operations, with V8's messages for the rules they break.
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "heap/WeakOperations.h"

namespace reachable {

namespace {

// The receiver as the cell kind a method needs, or V8's TypeError.
template <class Cell>
Cell* receiver(NativeCall& call, CellKind kind, std::string_view method) {
  Value self = call.thisValue;
  if (self.isObject() && call.engine.heap().get(self.asCell()).kind == kind) {
    return &call.engine.heap().as<Cell>(self);
  }
  call.engine.throwError(ErrorType::TypeError, "Method " + std::string(method) + " called on incompatible receiver " +
                                                   call.engine.describeForMessage(self));
  return nullptr;
}

Value violation(Engine& engine, RuleViolation rule, Value culprit = Value()) {
  switch (rule) {
    case RuleViolation::WeakRefInvalidTarget: return engine.throwError(ErrorType::TypeError, "WeakRef: invalid target");
    case RuleViolation::CleanupNotCallable:
      return engine.throwError(ErrorType::TypeError, "FinalizationRegistry: cleanup must be callable");
    case RuleViolation::RegisterInvalidTarget:
      return engine.throwError(ErrorType::TypeError, "FinalizationRegistry.prototype.register: invalid target");
    case RuleViolation::RegisterTargetIsHeldValue:
      return engine.throwError(ErrorType::TypeError,
                               "FinalizationRegistry.prototype.register: target and holdings must not be same");
    case RuleViolation::InvalidUnregisterToken:
      return engine.throwError(ErrorType::TypeError,
                               "Invalid unregisterToken ('" + toDisplayString(engine, culprit) + "')");
    case RuleViolation::InvalidWeakMapKey:
      return engine.throwError(ErrorType::TypeError, "Invalid value used as weak map key");
    case RuleViolation::InvalidWeakSetValue:
      return engine.throwError(ErrorType::TypeError, "Invalid value used in weak set");
    case RuleViolation::None: break;
  }
  return Value::undefined();
}

// The prototype a constructor call should give its object: newTarget's `prototype`
// (so that subclasses work), else the intrinsic one.
CellId prototypeFor(NativeCall& call, Intrinsic fallback) {
  Value prototype = ops::get(call.engine, call.newTarget, PropertyKey::fromAtom(call.engine.atoms().prototype));
  if (prototype.isObject()) return prototype.asCell();
  return call.engine.intrinsic(fallback);
}

Value requireNew(NativeCall& call, std::string_view name) {
  return call.engine.throwError(ErrorType::TypeError, "Constructor " + std::string(name) + " requires 'new'");
}

// --- WeakRef ---

Value weakRefConstructor(NativeCall& call) {
  if (!call.isConstruct()) return requireNew(call, "WeakRef");
  if (!call.engine.heap().canBeHeldWeakly(call.arg(0)))
    return violation(call.engine, RuleViolation::WeakRefInvalidTarget);
  CellId prototype = prototypeFor(call, Intrinsic::WeakRefPrototype);
  if (call.engine.hasPendingException()) return Value::exception();
  auto made = weak::makeWeakRef(call.engine.heap(), prototype, call.arg(0));
  return Value::object(made.value);
}

Value weakRefDeref(NativeCall& call) {
  auto* ref = receiver<WeakRefObject>(call, CellKind::WeakRef, "WeakRef.prototype.deref");
  if (!ref) return Value::exception();
  return weak::deref(call.engine.heap(), *ref);
}

// --- FinalizationRegistry ---

Value registryConstructor(NativeCall& call) {
  if (!call.isConstruct()) return requireNew(call, "FinalizationRegistry");
  if (!call.engine.isCallable(call.arg(0))) return violation(call.engine, RuleViolation::CleanupNotCallable);
  CellId prototype = prototypeFor(call, Intrinsic::FinalizationRegistryPrototype);
  if (call.engine.hasPendingException()) return Value::exception();
  return Value::object(weak::makeRegistry(call.engine.heap(), prototype, call.arg(0)).value);
}

Value registryRegister(NativeCall& call) {
  auto* registry = receiver<FinalizationRegistryObject>(call, CellKind::FinalizationRegistry,
                                                        "FinalizationRegistry.prototype.register");
  if (!registry) return Value::exception();
  RuleViolation rule = weak::registerTarget(call.engine.heap(), *registry, call.arg(0), call.arg(1), call.arg(2));
  if (rule != RuleViolation::None) return violation(call.engine, rule, call.arg(2));
  return Value::undefined();
}

Value registryUnregister(NativeCall& call) {
  auto* registry = receiver<FinalizationRegistryObject>(call, CellKind::FinalizationRegistry,
                                                        "FinalizationRegistry.prototype.unregister");
  if (!registry) return Value::exception();
  auto removed = weak::unregister(call.engine.heap(), *registry, call.arg(0));
  if (!removed.ok()) return violation(call.engine, removed.violation, call.arg(0));
  return Value::boolean(removed.value);
}

// --- WeakMap and WeakSet ---

Value weakMapConstructor(NativeCall& call) {
  if (!call.isConstruct()) return requireNew(call, "WeakMap");
  CellId prototype = prototypeFor(call, Intrinsic::WeakMapPrototype);
  if (call.engine.hasPendingException()) return Value::exception();
  Value map = Value::object(call.engine.heap().make<WeakMapObject>(prototype).id);
  return call.arg(0).isNullish() ? map : fillCollectionFrom(call.engine, map, call.arg(0), true);
}

Value weakSetConstructor(NativeCall& call) {
  if (!call.isConstruct()) return requireNew(call, "WeakSet");
  CellId prototype = prototypeFor(call, Intrinsic::WeakSetPrototype);
  if (call.engine.hasPendingException()) return Value::exception();
  Value set = Value::object(call.engine.heap().make<WeakSetObject>(prototype).id);
  return call.arg(0).isNullish() ? set : fillCollectionFrom(call.engine, set, call.arg(0), false);
}

Value weakMapGet(NativeCall& call) {
  auto* map = receiver<WeakMapObject>(call, CellKind::WeakMap, "WeakMap.prototype.get");
  if (!map) return Value::exception();
  return weak::weakMapGet(*map, call.arg(0)).value_or(Value::undefined());
}

Value weakMapHas(NativeCall& call) {
  auto* map = receiver<WeakMapObject>(call, CellKind::WeakMap, "WeakMap.prototype.has");
  if (!map) return Value::exception();
  return Value::boolean(weak::weakMapGet(*map, call.arg(0)).has_value());
}

Value weakMapSet(NativeCall& call) {
  auto* map = receiver<WeakMapObject>(call, CellKind::WeakMap, "WeakMap.prototype.set");
  if (!map) return Value::exception();
  RuleViolation rule = weak::weakMapSet(call.engine.heap(), *map, call.arg(0), call.arg(1));
  if (rule != RuleViolation::None) return violation(call.engine, rule);
  return call.thisValue;
}

Value weakMapDelete(NativeCall& call) {
  auto* map = receiver<WeakMapObject>(call, CellKind::WeakMap, "WeakMap.prototype.delete");
  if (!map) return Value::exception();
  return Value::boolean(weak::weakMapDelete(call.engine.heap(), *map, call.arg(0)));
}

// getOrInsert(key, value) and getOrInsertComputed(key, callback), the upsert proposal.
Value weakMapGetOrInsert(NativeCall& call) {
  auto* map = receiver<WeakMapObject>(call, CellKind::WeakMap, "WeakMap.prototype.getOrInsert");
  if (!map) return Value::exception();
  if (!call.engine.heap().canBeHeldWeakly(call.arg(0))) return violation(call.engine, RuleViolation::InvalidWeakMapKey);
  if (auto existing = weak::weakMapGet(*map, call.arg(0))) return *existing;
  weak::weakMapSet(call.engine.heap(), *map, call.arg(0), call.arg(1));
  return call.arg(1);
}

Value weakMapGetOrInsertComputed(NativeCall& call) {
  Engine& engine = call.engine;
  auto* map = receiver<WeakMapObject>(call, CellKind::WeakMap, "WeakMap.prototype.getOrInsertComputed");
  if (!map) return Value::exception();
  Value key = call.arg(0), callback = call.arg(1);
  if (!engine.heap().canBeHeldWeakly(key)) return violation(engine, RuleViolation::InvalidWeakMapKey);
  if (!engine.isCallable(callback)) {
    return engine.throwError(ErrorType::TypeError, toDisplayString(engine, callback) + " is not a function");
  }
  if (auto existing = weak::weakMapGet(*map, key)) return *existing;
  Value args[] = {key};
  Value value = TRY(engine.call(callback, Value::undefined(), args));
  // The callback may have changed the map: set (or overwrite) the key now.
  weak::weakMapSet(engine.heap(), engine.heap().as<WeakMapObject>(call.thisValue), key, value);
  return value;
}

Value weakSetAdd(NativeCall& call) {
  auto* set = receiver<WeakSetObject>(call, CellKind::WeakSet, "WeakSet.prototype.add");
  if (!set) return Value::exception();
  RuleViolation rule = weak::weakSetAdd(call.engine.heap(), *set, call.arg(0));
  if (rule != RuleViolation::None) return violation(call.engine, rule);
  return call.thisValue;
}

Value weakSetHas(NativeCall& call) {
  auto* set = receiver<WeakSetObject>(call, CellKind::WeakSet, "WeakSet.prototype.has");
  if (!set) return Value::exception();
  return Value::boolean(weak::weakSetHas(*set, call.arg(0)));
}

Value weakSetDelete(NativeCall& call) {
  auto* set = receiver<WeakSetObject>(call, CellKind::WeakSet, "WeakSet.prototype.delete");
  if (!set) return Value::exception();
  return Value::boolean(weak::weakSetDelete(call.engine.heap(), *set, call.arg(0)));
}

void defineTag(Engine& engine, CellId prototype, std::string_view tag) {
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern(tag), kConfigurable), false);
}

}  // namespace

void installWeakBuiltins(Engine& engine) {
  CellId weakRef = engine.intrinsic(Intrinsic::WeakRefPrototype);
  defineConstructor(engine, "WeakRef", weakRefConstructor, 1, weakRef);
  defineMethod(engine, weakRef, "deref", weakRefDeref, 0);
  defineTag(engine, weakRef, "WeakRef");

  CellId registry = engine.intrinsic(Intrinsic::FinalizationRegistryPrototype);
  defineConstructor(engine, "FinalizationRegistry", registryConstructor, 1, registry);
  defineMethod(engine, registry, "register", registryRegister, 2);
  defineMethod(engine, registry, "unregister", registryUnregister, 1);
  defineTag(engine, registry, "FinalizationRegistry");

  CellId weakMap = engine.intrinsic(Intrinsic::WeakMapPrototype);
  defineConstructor(engine, "WeakMap", weakMapConstructor, 0, weakMap);
  defineMethod(engine, weakMap, "delete", weakMapDelete, 1);
  defineMethod(engine, weakMap, "get", weakMapGet, 1);
  defineMethod(engine, weakMap, "set", weakMapSet, 2);
  defineMethod(engine, weakMap, "has", weakMapHas, 1);
  defineMethod(engine, weakMap, "getOrInsert", weakMapGetOrInsert, 2);
  defineMethod(engine, weakMap, "getOrInsertComputed", weakMapGetOrInsertComputed, 2);
  defineTag(engine, weakMap, "WeakMap");

  CellId weakSet = engine.intrinsic(Intrinsic::WeakSetPrototype);
  defineConstructor(engine, "WeakSet", weakSetConstructor, 0, weakSet);
  defineMethod(engine, weakSet, "delete", weakSetDelete, 1);
  defineMethod(engine, weakSet, "has", weakSetHas, 1);
  defineMethod(engine, weakSet, "add", weakSetAdd, 1);
  defineTag(engine, weakSet, "WeakSet");
}

}  // namespace reachable
