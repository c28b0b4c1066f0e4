// Property descriptors as JavaScript objects and back (ECMA-262 §6.2.6), and the
// comparison of a descriptor with an existing property that both ordinary objects
// and proxies' invariants apply.
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"

namespace reachable::ops {

std::optional<PropertyDescriptor> toPropertyDescriptor(Engine& engine, Value v) {
  if (!v.isObject()) {
    engine.throwError(ErrorType::TypeError, "Property description must be an object: " + toDisplayString(engine, v));
    return std::nullopt;
  }
  Interpreter::Pin pin(engine.interpreter(), v);
  PropertyDescriptor d;
  const auto& atoms = engine.atoms();
  auto field = [&](Value name) -> std::optional<Value> {
    bool present = ops::hasProperty(engine, v.asCell(), PropertyKey::fromAtom(name));
    if (engine.hasPendingException()) return std::nullopt;
    if (!present) return Value::hole();
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

bool isCompatibleDescriptor(Engine& engine, bool extensible, const PropertyDescriptor& d,
                            const std::optional<PropertyDescriptor>& current) {
  if (!current) return extensible;
  if (current->configurable.value_or(false)) return true;
  if (d.configurable.value_or(false)) return false;
  if (d.enumerable && *d.enumerable != current->enumerable.value_or(false)) return false;
  if (current->isAccessor()) {
    if (d.isData()) return false;
    if (d.getter && !sameValue(engine, *d.getter, current->getter.value_or(Value::undefined()))) return false;
    return !d.setter || sameValue(engine, *d.setter, current->setter.value_or(Value::undefined()));
  }
  if (d.isAccessor()) return false;
  if (current->writable.value_or(false)) return true;
  if (d.writable.value_or(false)) return false;
  return !d.value || sameValue(engine, *d.value, current->value.value_or(Value::undefined()));
}

}  // namespace reachable::ops
