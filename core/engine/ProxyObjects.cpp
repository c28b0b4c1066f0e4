#include "engine/ProxyObjects.h"

#include <unordered_set>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"

namespace reachable::proxy {

namespace {

// One use of a trap (ECMA-262 §10.5, the first steps of every internal method): the
// depth taken, the proxy checked for revocation, and the handler's method fetched.
// The target and the handler stay pinned while the trap runs, since the trap may
// revoke the proxy and a collection may then come before the invariants are checked.
class Trap {
 public:
  Trap(Engine& engine, CellId proxy, std::string_view name)
      : engine_(engine),
        level_(engine.interpreter()),
        target_(engine.heap().as<ProxyObject>(proxy).target),
        handler_(engine.heap().as<ProxyObject>(proxy).handler),
        pinTarget_(engine.interpreter(), target_),
        pinHandler_(engine.interpreter(), handler_) {
    ok_ = level_.allowed() && checkNotRevoked(name) && fetchMethod(name);
  }

  // False, with the error thrown, when the trap cannot run.
  bool ok() const { return ok_; }
  // False when the handler has no such trap: the operation goes to the target.
  bool present() const { return !method_.isUndefined(); }
  Value target() const { return target_; }
  CellId targetId() const { return target_.asCell(); }
  Value call(std::initializer_list<Value> args) {
    return engine_.call(method_, handler_, std::span<const Value>(args.begin(), args.size()));
  }

 private:
  bool checkNotRevoked(std::string_view name) {
    if (!handler_.isNull()) return true;
    engine_.throwError(ErrorType::TypeError,
                       "Cannot perform '" + std::string(name) + "' on a proxy that has been revoked");
    return false;
  }

  // GetMethod(handler, name): undefined and null mean no trap.
  bool fetchMethod(std::string_view name) {
    Value key = engine_.intern(name);
    Value method = ops::get(engine_, handler_, PropertyKey::fromAtom(key));
    if (method.isException()) return false;
    if (method.isNullish()) return true;
    if (!engine_.isCallable(method)) {
      engine_.throwError(ErrorType::TypeError, "'" + toDisplayString(engine_, method) + "' returned for property '" +
                                                   std::string(name) + "' of object '" +
                                                   engine_.describeForMessage(handler_) + "' is not a function");
      return false;
    }
    method_ = method;
    return true;
  }

  Engine& engine_;
  Interpreter::BuiltinRecursion level_;
  Value target_;
  Value handler_;
  Interpreter::Pin pinTarget_;
  Interpreter::Pin pinHandler_;
  Value method_;
  bool ok_ = false;
};

// V8's TypeError for a trap whose answer breaks an invariant.
template <class T>
T violation(Engine& engine, std::string_view trap, const std::string& what, T result) {
  engine.throwError(ErrorType::TypeError, "'" + std::string(trap) + "' on proxy: " + what);
  return result;
}

std::string quoted(Engine& engine, const PropertyKey& key) { return "'" + ops::keyForMessage(engine, key) + "'"; }

// ToBoolean of a trap's result; nothing when the trap threw.
std::optional<bool> booleanResult(Engine& engine, Value result) {
  if (result.isException()) return std::nullopt;
  return toBoolean(engine, result);
}

bool isConfigurable(const std::optional<PropertyDescriptor>& d) { return d && d->configurable.value_or(false); }

// The target's own property, with a throw told apart from an absent property.
bool targetOwn(Engine& engine, CellId target, const PropertyKey& key, std::optional<PropertyDescriptor>& out) {
  out = ops::getOwnProperty(engine, target, key);
  return !engine.hasPendingException();
}

void complete(PropertyDescriptor& d) {
  if (!d.isAccessor()) {
    if (!d.value) d.value = Value::undefined();
    if (!d.writable) d.writable = false;
  } else {
    if (!d.getter) d.getter = Value::undefined();
    if (!d.setter) d.setter = Value::undefined();
  }
  if (!d.enumerable) d.enumerable = false;
  if (!d.configurable) d.configurable = false;
}

// The step of [[GetOwnProperty]] for a trap that reported no property.
bool checkReportedAbsent(Engine& engine, const Trap& trap, const PropertyKey& key,
                         const std::optional<PropertyDescriptor>& targetDesc) {
  constexpr std::string_view kTrap = "getOwnPropertyDescriptor";
  if (!targetDesc) return true;
  if (!targetDesc->configurable.value_or(false)) {
    return violation(engine, kTrap,
                     "trap returned undefined for property " + quoted(engine, key) +
                         " which is non-configurable in the proxy target",
                     false);
  }
  auto extensible = ops::isExtensible(engine, trap.targetId());
  if (!extensible) return false;
  if (!*extensible) {
    return violation(engine, kTrap,
                     "trap returned undefined for property " + quoted(engine, key) +
                         " which exists in the non-extensible proxy target",
                     false);
  }
  return true;
}

// The steps of [[GetOwnProperty]] for a trap that reported a descriptor.
bool checkReported(Engine& engine, const Trap& trap, const PropertyKey& key, const PropertyDescriptor& reported,
                   const std::optional<PropertyDescriptor>& targetDesc) {
  constexpr std::string_view kTrap = "getOwnPropertyDescriptor";
  auto extensible = ops::isExtensible(engine, trap.targetId());
  if (!extensible) return false;
  if (!ops::isCompatibleDescriptor(engine, *extensible, reported, targetDesc)) {
    return violation(engine, kTrap,
                     "trap returned descriptor for property " + quoted(engine, key) +
                         " that is incompatible with the existing property in the proxy target",
                     false);
  }
  if (reported.configurable.value_or(false)) return true;
  if (!targetDesc || targetDesc->configurable.value_or(false)) {
    return violation(engine, kTrap,
                     "trap reported non-configurability for property " + quoted(engine, key) +
                         " which is either non-existent or configurable in the proxy target",
                     false);
  }
  if (reported.writable && !*reported.writable && targetDesc->writable.value_or(false)) {
    return violation(engine, kTrap,
                     "trap reported non-configurable and writable for property " + quoted(engine, key) +
                         " which is non-configurable, non-writable in the proxy target",
                     false);
  }
  return true;
}

// The steps of [[DefineOwnProperty]] after a trap that answered true.
bool checkDefined(Engine& engine, const Trap& trap, const PropertyKey& key, const PropertyDescriptor& desc) {
  constexpr std::string_view kTrap = "defineProperty";
  std::optional<PropertyDescriptor> targetDesc;
  if (!targetOwn(engine, trap.targetId(), key, targetDesc)) return false;
  auto extensible = ops::isExtensible(engine, trap.targetId());
  if (!extensible) return false;
  bool settingConfigFalse = desc.configurable && !*desc.configurable;
  const std::string nonConfigurable = "trap returned truish for defining non-configurable property " +
                                      quoted(engine, key) +
                                      " which is either non-existent or configurable in the proxy target";
  if (!targetDesc) {
    if (!*extensible) {
      return violation(
          engine, kTrap,
          "trap returned truish for adding property " + quoted(engine, key) + "  to the non-extensible proxy target",
          false);
    }
    if (settingConfigFalse) return violation(engine, kTrap, nonConfigurable, false);
    return true;
  }
  if (!ops::isCompatibleDescriptor(engine, *extensible, desc, targetDesc)) {
    return violation(engine, kTrap,
                     "trap returned truish for adding property " + quoted(engine, key) +
                         "  that is incompatible with the existing property in the proxy target",
                     false);
  }
  if (settingConfigFalse && targetDesc->configurable.value_or(false)) {
    return violation(engine, kTrap, nonConfigurable, false);
  }
  if (!targetDesc->isAccessor() && !targetDesc->configurable.value_or(false) && targetDesc->writable.value_or(false) &&
      desc.writable && !*desc.writable) {
    return violation(engine, kTrap,
                     "trap returned truish for defining non-configurable property " + quoted(engine, key) +
                         " which cannot be non-writable, unless there exists a corresponding non-configurable, "
                         "non-writable own property of the target object.",
                     false);
  }
  return true;
}

// A key of a trap's list as a set member: an index and its canonical string are one key.
std::uint64_t keyIdentity(const PropertyKey& key) { return key.isIndex ? key.index : key.atom.bits(); }

// CreateListFromArrayLike(result, « String, Symbol ») without duplicates.
std::optional<std::vector<PropertyKey>> trapKeys(Engine& engine, Value result) {
  auto list = listFromArrayLike(engine, result);
  if (!list) return std::nullopt;
  Value holder = engine.newArray(*list);
  Interpreter::Pin pin(engine.interpreter(), holder);
  std::vector<PropertyKey> keys;
  std::unordered_set<std::uint64_t> seen;
  for (Value v : *list) {
    if (!v.isString() && !v.isSymbol()) {
      engine.throwError(ErrorType::TypeError, toDisplayString(engine, v) + " is not a valid property name");
      return std::nullopt;
    }
    auto key = ops::toPropertyKey(engine, v);
    if (!key) return std::nullopt;
    if (!seen.insert(keyIdentity(*key)).second) {
      return violation(engine, "ownKeys", "trap returned duplicate entries", std::optional<std::vector<PropertyKey>>());
    }
    keys.push_back(*key);
  }
  return keys;
}

// The steps of [[OwnPropertyKeys]] after the trap: every non-configurable key of the
// target reported, and, for a non-extensible target, exactly its keys.
bool checkKeys(Engine& engine, const Trap& trap, const std::vector<PropertyKey>& keys) {
  constexpr std::string_view kTrap = "ownKeys";
  auto extensible = ops::isExtensible(engine, trap.targetId());
  if (!extensible) return false;
  std::vector<PropertyKey> targetKeys = ops::ownPropertyKeys(engine, trap.targetId());
  if (engine.hasPendingException()) return false;
  std::vector<PropertyKey> configurable, nonConfigurable;
  for (const auto& key : targetKeys) {
    std::optional<PropertyDescriptor> d;
    if (!targetOwn(engine, trap.targetId(), key, d)) return false;
    (d && !d->configurable.value_or(false) ? nonConfigurable : configurable).push_back(key);
  }
  if (*extensible && nonConfigurable.empty()) return true;
  std::unordered_set<std::uint64_t> unchecked;
  for (const auto& key : keys) unchecked.insert(keyIdentity(key));
  auto take = [&](const std::vector<PropertyKey>& required) {
    for (const auto& key : required) {
      if (unchecked.erase(keyIdentity(key)) == 0) {
        return violation(engine, kTrap, "trap result did not include " + quoted(engine, key), false);
      }
    }
    return true;
  };
  if (!take(nonConfigurable)) return false;
  if (*extensible) return true;
  if (!take(configurable)) return false;
  if (!unchecked.empty()) {
    return violation(engine, kTrap, "trap returned extra keys but proxy target is non-extensible", false);
  }
  return true;
}

}  // namespace

ProxyObject* asProxy(Engine& engine, Value v) {
  if (!v.isObject()) return nullptr;
  HeapCell& cell = engine.heap().get(v.asCell());
  return cell.kind == CellKind::Proxy ? &static_cast<ProxyObject&>(cell) : nullptr;
}

Value newProxy(Engine& engine, Value target, Value handler) {
  if (!target.isObject() || !handler.isObject()) {
    return engine.throwError(ErrorType::TypeError, "Cannot create proxy with a non-object as target or handler");
  }
  auto& proxy =
      engine.heap().make<ProxyObject>(target, handler, engine.isCallable(target), engine.isConstructor(target));
  return Value::object(proxy.id);
}

void revoke(ProxyObject& proxy) {
  proxy.target = Value::null();
  proxy.handler = Value::null();
}

bool throwFalsish(Engine& engine, std::string_view trap, const PropertyKey& key) {
  return violation(engine, trap, "trap returned falsish for property " + quoted(engine, key), false);
}

Value getPrototypeOf(Engine& engine, CellId proxy) {
  constexpr std::string_view kTrap = "getPrototypeOf";
  Trap trap(engine, proxy, kTrap);
  if (!trap.ok()) return Value::exception();
  if (!trap.present()) return ops::getPrototypeOf(engine, trap.targetId());
  Value proto = trap.call({trap.target()});
  if (proto.isException()) return proto;
  if (!proto.isObject() && !proto.isNull()) {
    return violation(engine, kTrap, "trap returned neither object nor null", Value::exception());
  }
  Interpreter::Pin pin(engine.interpreter(), proto);
  auto extensible = ops::isExtensible(engine, trap.targetId());
  if (!extensible) return Value::exception();
  if (*extensible) return proto;
  Value targetProto = ops::getPrototypeOf(engine, trap.targetId());
  if (targetProto.isException()) return targetProto;
  if (!(targetProto == proto)) {
    return violation(engine, kTrap, "proxy target is non-extensible but the trap did not return its actual prototype",
                     Value::exception());
  }
  return proto;
}

std::optional<bool> setPrototypeOf(Engine& engine, CellId proxy, Value proto) {
  constexpr std::string_view kTrap = "setPrototypeOf";
  Trap trap(engine, proxy, kTrap);
  if (!trap.ok()) return std::nullopt;
  if (!trap.present()) {
    switch (ops::setPrototypeOf(engine, trap.targetId(), proto)) {
      case ops::ProtoResult::Done: return true;
      case ops::ProtoResult::Threw: return std::nullopt;
      default: return false;
    }
  }
  auto result = booleanResult(engine, trap.call({trap.target(), proto}));
  if (!result || !*result) return result;
  auto extensible = ops::isExtensible(engine, trap.targetId());
  if (!extensible || *extensible) return extensible ? std::optional<bool>(true) : std::nullopt;
  Value targetProto = ops::getPrototypeOf(engine, trap.targetId());
  if (targetProto.isException()) return std::nullopt;
  if (!(targetProto == proto)) {
    return violation(engine, kTrap,
                     "trap returned truish for setting a new prototype on the non-extensible proxy target",
                     std::optional<bool>());
  }
  return true;
}

std::optional<bool> isExtensible(Engine& engine, CellId proxy) {
  Trap trap(engine, proxy, "isExtensible");
  if (!trap.ok()) return std::nullopt;
  if (!trap.present()) return ops::isExtensible(engine, trap.targetId());
  auto result = booleanResult(engine, trap.call({trap.target()}));
  if (!result) return result;
  auto targetResult = ops::isExtensible(engine, trap.targetId());
  if (!targetResult) return targetResult;
  if (*result != *targetResult) {
    return violation(engine, "isExtensible",
                     std::string("trap result does not reflect extensibility of proxy target (which is '") +
                         (*targetResult ? "true" : "false") + "')",
                     std::optional<bool>());
  }
  return result;
}

std::optional<bool> preventExtensions(Engine& engine, CellId proxy) {
  constexpr std::string_view kTrap = "preventExtensions";
  Trap trap(engine, proxy, kTrap);
  if (!trap.ok()) return std::nullopt;
  if (!trap.present()) return ops::preventExtensions(engine, trap.targetId());
  auto result = booleanResult(engine, trap.call({trap.target()}));
  if (!result || !*result) return result;
  auto extensible = ops::isExtensible(engine, trap.targetId());
  if (!extensible) return extensible;
  if (*extensible) {
    return violation(engine, kTrap, "trap returned truish but the proxy target is extensible", std::optional<bool>());
  }
  return true;
}

std::optional<PropertyDescriptor> getOwnProperty(Engine& engine, CellId proxy, const PropertyKey& key) {
  Trap trap(engine, proxy, "getOwnPropertyDescriptor");
  if (!trap.ok()) return std::nullopt;
  if (!trap.present()) return ops::getOwnProperty(engine, trap.targetId(), key);
  Value result = trap.call({trap.target(), ops::keyToValueUninterned(engine, key)});
  if (result.isException()) return std::nullopt;
  if (!result.isObject() && !result.isUndefined()) {
    return violation(engine, "getOwnPropertyDescriptor",
                     "trap returned neither object nor undefined for property " + quoted(engine, key),
                     std::optional<PropertyDescriptor>());
  }
  Interpreter::Pin pin(engine.interpreter(), result);
  std::optional<PropertyDescriptor> targetDesc;
  if (!targetOwn(engine, trap.targetId(), key, targetDesc)) return std::nullopt;
  if (result.isUndefined()) {
    checkReportedAbsent(engine, trap, key, targetDesc);
    return std::nullopt;
  }
  auto reported = ops::toPropertyDescriptor(engine, result);
  if (!reported) return std::nullopt;
  complete(*reported);
  if (!checkReported(engine, trap, key, *reported, targetDesc)) return std::nullopt;
  return reported;
}

std::optional<bool> defineOwnProperty(Engine& engine, CellId proxy, const PropertyKey& key,
                                      const PropertyDescriptor& desc) {
  Trap trap(engine, proxy, "defineProperty");
  if (!trap.ok()) return std::nullopt;
  if (!trap.present()) {
    bool defined = ops::defineOwnProperty(engine, trap.targetId(), key, desc, false);
    if (engine.hasPendingException()) return std::nullopt;
    return defined;
  }
  Value descriptor = ops::fromPropertyDescriptor(engine, desc);
  Interpreter::Pin pin(engine.interpreter(), descriptor);
  auto result = booleanResult(engine, trap.call({trap.target(), ops::keyToValueUninterned(engine, key), descriptor}));
  if (!result || !*result) return result;
  if (!checkDefined(engine, trap, key, desc)) return std::nullopt;
  return true;
}

std::optional<bool> has(Engine& engine, CellId proxy, const PropertyKey& key) {
  constexpr std::string_view kTrap = "has";
  Trap trap(engine, proxy, kTrap);
  if (!trap.ok()) return std::nullopt;
  if (!trap.present()) {
    bool found = ops::hasProperty(engine, trap.targetId(), key);
    if (engine.hasPendingException()) return std::nullopt;
    return found;
  }
  auto result = booleanResult(engine, trap.call({trap.target(), ops::keyToValueUninterned(engine, key)}));
  if (!result || *result) return result;
  std::optional<PropertyDescriptor> targetDesc;
  if (!targetOwn(engine, trap.targetId(), key, targetDesc)) return std::nullopt;
  if (!targetDesc) return false;
  if (!targetDesc->configurable.value_or(false)) {
    return violation(engine, kTrap,
                     "trap returned falsish for property " + quoted(engine, key) +
                         " which exists in the proxy target as non-configurable",
                     std::optional<bool>());
  }
  auto extensible = ops::isExtensible(engine, trap.targetId());
  if (!extensible) return extensible;
  if (!*extensible) {
    return violation(
        engine, kTrap,
        "trap returned falsish for property " + quoted(engine, key) + " but the proxy target is not extensible",
        std::optional<bool>());
  }
  return false;
}

Value get(Engine& engine, CellId proxy, const PropertyKey& key, Value receiver) {
  constexpr std::string_view kTrap = "get";
  Trap trap(engine, proxy, kTrap);
  if (!trap.ok()) return Value::exception();
  if (!trap.present()) return ops::getFromObject(engine, trap.targetId(), key, receiver);
  Value result = trap.call({trap.target(), ops::keyToValueUninterned(engine, key), receiver});
  if (result.isException()) return result;
  Interpreter::Pin pin(engine.interpreter(), result);
  std::optional<PropertyDescriptor> targetDesc;
  if (!targetOwn(engine, trap.targetId(), key, targetDesc)) return Value::exception();
  if (!targetDesc || isConfigurable(targetDesc)) return result;
  if (!targetDesc->isAccessor() && !targetDesc->writable.value_or(false) &&
      !sameValue(engine, result, *targetDesc->value)) {
    return violation(engine, kTrap,
                     "property " + quoted(engine, key) +
                         " is a read-only and non-configurable data property on the proxy target but the proxy "
                         "did not return its actual value (expected '" +
                         toDisplayString(engine, *targetDesc->value) + "' but got '" + toDisplayString(engine, result) +
                         "')",
                     Value::exception());
  }
  if (targetDesc->isAccessor() && targetDesc->getter.value_or(Value::undefined()).isUndefined() &&
      !result.isUndefined()) {
    return violation(engine, kTrap,
                     "property " + quoted(engine, key) +
                         " is a non-configurable accessor property on the proxy target and does not have a getter "
                         "function, but the trap did not return 'undefined' (got '" +
                         toDisplayString(engine, result) + "')",
                     Value::exception());
  }
  return result;
}

std::optional<bool> set(Engine& engine, CellId proxy, const PropertyKey& key, Value value, Value receiver,
                        bool throwOnFailure) {
  constexpr std::string_view kTrap = "set";
  Trap trap(engine, proxy, kTrap);
  if (!trap.ok()) return std::nullopt;
  if (!trap.present()) {
    bool done = ops::setOnObject(engine, trap.targetId(), key, value, receiver, throwOnFailure);
    if (engine.hasPendingException()) return std::nullopt;
    return done;
  }
  auto result = booleanResult(engine, trap.call({trap.target(), ops::keyToValueUninterned(engine, key), value, receiver}));
  if (!result || !*result) return result;
  std::optional<PropertyDescriptor> targetDesc;
  if (!targetOwn(engine, trap.targetId(), key, targetDesc)) return std::nullopt;
  if (!targetDesc || isConfigurable(targetDesc)) return true;
  if (!targetDesc->isAccessor() && !targetDesc->writable.value_or(false) &&
      !sameValue(engine, value, *targetDesc->value)) {
    return violation(engine, kTrap,
                     "trap returned truish for property " + quoted(engine, key) +
                         " which exists in the proxy target as a non-configurable and non-writable data property "
                         "with a different value",
                     std::optional<bool>());
  }
  if (targetDesc->isAccessor() && targetDesc->setter.value_or(Value::undefined()).isUndefined()) {
    return violation(engine, kTrap,
                     "trap returned truish for property " + quoted(engine, key) +
                         " which exists in the proxy target as a non-configurable and non-writable accessor "
                         "property without a setter",
                     std::optional<bool>());
  }
  return true;
}

std::optional<bool> deleteProperty(Engine& engine, CellId proxy, const PropertyKey& key) {
  constexpr std::string_view kTrap = "deleteProperty";
  Trap trap(engine, proxy, kTrap);
  if (!trap.ok()) return std::nullopt;
  if (!trap.present()) return ops::tryDelete(engine, trap.targetId(), key);
  auto result = booleanResult(engine, trap.call({trap.target(), ops::keyToValueUninterned(engine, key)}));
  if (!result || !*result) return result;
  std::optional<PropertyDescriptor> targetDesc;
  if (!targetOwn(engine, trap.targetId(), key, targetDesc)) return std::nullopt;
  if (!targetDesc) return true;
  if (!targetDesc->configurable.value_or(false)) {
    return violation(
        engine, kTrap,
        "trap returned truish for property " + quoted(engine, key) + " which is non-configurable in the proxy target",
        std::optional<bool>());
  }
  auto extensible = ops::isExtensible(engine, trap.targetId());
  if (!extensible) return extensible;
  if (!*extensible) {
    return violation(
        engine, kTrap,
        "trap returned truish for property " + quoted(engine, key) + " but the proxy target is non-extensible",
        std::optional<bool>());
  }
  return true;
}

std::optional<std::vector<PropertyKey>> ownKeys(Engine& engine, CellId proxy) {
  Trap trap(engine, proxy, "ownKeys");
  if (!trap.ok()) return std::nullopt;
  if (!trap.present()) {
    auto keys = ops::ownPropertyKeys(engine, trap.targetId());
    if (engine.hasPendingException()) return std::nullopt;
    return keys;
  }
  Value result = trap.call({trap.target()});
  if (result.isException()) return std::nullopt;
  Interpreter::Pin pin(engine.interpreter(), result);
  auto keys = trapKeys(engine, result);
  if (!keys || !checkKeys(engine, trap, *keys)) return std::nullopt;
  return keys;
}

// A call through proxies without an `apply` trap goes down the chain a level at a
// time, as V8 does, rather than a native level per proxy: a chain 100,000 deep is
// one call.
Value call(Engine& engine, CellId proxy, Value thisValue, std::span<const Value> args) {
  for (CellId level = proxy;;) {
    Trap trap(engine, level, "apply");
    if (!trap.ok()) return Value::exception();
    if (trap.present()) {
      Value list = engine.newArray(std::vector<Value>(args.begin(), args.end()));
      Interpreter::Pin pin(engine.interpreter(), list);
      return trap.call({trap.target(), thisValue, list});
    }
    if (!asProxy(engine, trap.target())) return engine.call(trap.target(), thisValue, args);
    level = trap.targetId();
  }
}

Value construct(Engine& engine, CellId proxy, std::span<const Value> args, Value newTarget) {
  constexpr std::string_view kTrap = "construct";
  for (CellId level = proxy;;) {
    Trap trap(engine, level, kTrap);
    if (!trap.ok()) return Value::exception();
    if (!trap.present()) {
      if (!asProxy(engine, trap.target())) return engine.construct(trap.target(), args, newTarget);
      level = trap.targetId();
      continue;
    }
    Value list = engine.newArray(std::vector<Value>(args.begin(), args.end()));
    Interpreter::Pin pin(engine.interpreter(), list);
    Value result = trap.call({trap.target(), list, newTarget});
    if (result.isException() || result.isObject()) return result;
    return violation(engine, kTrap, "trap returned non-object ('" + toDisplayString(engine, result) + "')",
                     Value::exception());
  }
}

}  // namespace reachable::proxy
