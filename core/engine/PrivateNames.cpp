#include "engine/PrivateNames.h"

#include <vector>

#include "engine/ObjectOps.h"
#include "heap/JSObject.h"
#include "heap/Primitives.h"
#include "text/Utf16.h"

namespace reachable {
namespace {

const SymbolCell& privateName(Engine& engine, const PropertyKey& key) { return engine.heap().as<SymbolCell>(key.atom); }

std::string nameOf(Engine& engine, const SymbolCell& name) { return toUtf8(engine.heap().text(name.description)); }

std::string classNameOf(Engine& engine, const SymbolCell& name) {
  std::string className =
      name.privateClassName.isString() ? toUtf8(engine.heap().text(name.privateClassName)) : std::string();
  return className.empty() ? "anonymous" : className;
}

// The TypeError for an object that lacks the private name (its class did not declare
// it, or did not make this object).
Value throwMissing(Engine& engine, const SymbolCell& name, bool writing) {
  if (name.privateKind == SymbolCell::PrivateKind::Field) {
    return engine.throwError(ErrorType::TypeError,
                             std::string(writing ? "Cannot write private member " : "Cannot read private member ") +
                                 nameOf(engine, name) +
                                 (writing ? " to" : " from") + " an object whose class did not declare it");
  }
  return engine.throwError(ErrorType::TypeError, std::string("Receiver must be ") +
                                                     (name.privateStatic ? "class " : "an instance of class ") +
                                                     classNameOf(engine, name));
}

std::optional<PropertyDescriptor> ownPrivate(Engine& engine, Value base, const PropertyKey& key) {
  if (!base.isObject()) return std::nullopt;
  return ops::getOwnProperty(engine, base.asCell(), key);
}

}  // namespace

std::string privateNameText(Engine& engine, Value name) {
  return nameOf(engine, engine.heap().as<SymbolCell>(name));
}

bool isPrivateName(Engine& engine, const PropertyKey& key) {
  return !key.isIndex && key.atom.isSymbol() && engine.heap().as<SymbolCell>(key.atom).isPrivate;
}

Value getPrivate(Engine& engine, Value base, const PropertyKey& key) {
  const SymbolCell& name = privateName(engine, key);
  auto own = ownPrivate(engine, base, key);
  if (!own) return throwMissing(engine, name, false);
  if (!own->isAccessor()) return own->value.value_or(Value::undefined());
  Value getter = own->getter.value_or(Value::undefined());
  if (getter.isUndefined()) {
    return engine.throwError(ErrorType::TypeError, "'" + nameOf(engine, name) + "' was defined without a getter");
  }
  return engine.call(getter, base, {});
}

bool setPrivate(Engine& engine, Value base, const PropertyKey& key, Value value) {
  const SymbolCell& name = privateName(engine, key);
  auto own = ownPrivate(engine, base, key);
  if (!own) return !throwMissing(engine, name, true).isException();
  if (name.privateKind == SymbolCell::PrivateKind::Method) {
    engine.throwError(ErrorType::TypeError, "Private method '" + nameOf(engine, name) + "' is not writable");
    return false;
  }
  if (own->isAccessor()) {
    Value setter = own->setter.value_or(Value::undefined());
    if (setter.isUndefined()) {
      engine.throwError(ErrorType::TypeError, "'" + nameOf(engine, name) + "' was defined without a setter");
      return false;
    }
    Value args[] = {value};
    return !engine.call(setter, base, args).isException();
  }
  return ops::setOnObject(engine, base.asCell(), key, value, base);
}

bool definePrivateField(Engine& engine, CellId object, const PropertyKey& key, Value value) {
  if (ops::getOwnProperty(engine, object, key)) {
    engine.throwError(ErrorType::TypeError,
                      "Cannot initialize " + nameOf(engine, privateName(engine, key)) + " twice on the same object");
    return false;
  }
  return ops::createDataProperty(engine, object, key, value);
}

bool hasPrivate(Engine& engine, CellId object, const PropertyKey& key) {
  return ops::getOwnProperty(engine, object, key).has_value();
}

bool initializePrivateMethods(Engine& engine, CellId instance, CellId prototype) {
  std::vector<PropertyKey> keys;
  const auto& properties = engine.heap().as<JSObject>(Value::object(prototype)).properties;
  for (std::uint32_t i = 0; i < properties.size(); ++i) {
    PropertyKey key = PropertyKey::fromAtom(properties.key(i));
    if (isPrivateName(engine, key)) keys.push_back(key);
  }
  for (const PropertyKey& key : keys) {
    const SymbolCell& name = privateName(engine, key);
    if (ops::getOwnProperty(engine, instance, key)) {
      engine.throwError(ErrorType::TypeError, "Cannot initialize private methods of class " +
                                                  classNameOf(engine, name) + " twice on the same object");
      return false;
    }
    auto method = ops::getOwnProperty(engine, prototype, key);
    if (!ops::defineOwnProperty(engine, instance, key, *method, true)) return false;
  }
  return true;
}

}  // namespace reachable
