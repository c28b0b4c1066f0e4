#include "engine/ObjectOps.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/KnownAbsent.h"
#include "engine/PrivateNames.h"
#include "engine/ProxyObjects.h"
#include "text/Utf16.h"

namespace reachable {

PropertyDescriptor PropertyDescriptor::data(Value v, std::uint8_t attributes) {
  PropertyDescriptor d;
  d.value = v;
  d.writable = (attributes & kWritable) != 0;
  d.enumerable = (attributes & kEnumerable) != 0;
  d.configurable = (attributes & kConfigurable) != 0;
  return d;
}

namespace ops {

namespace {

// An own property as stored: a data value, or an accessor pair.
struct OwnSlot {
  bool found = false;
  bool accessor = false;
  Value value;  // the data value, or the AccessorPair cell
  std::uint8_t attributes = 0;
};

JSObject& objectAt(Engine& engine, CellId id) { return engine.heap().as<JSObject>(id); }

bool isArray(const JSObject& o) { return o.kind == CellKind::Array; }

// Where a key lives among the named properties of a non-array object.
Value namedKey(Engine& engine, const PropertyKey& key) { return key.isIndex ? engine.indexAtom(key.index) : key.atom; }

// An error's `stack` as V8 shows it with --stack-trace-limit=0: the header alone,
// "Name: message", from the name and message at the time of the first read.
Value formatErrorStack(Engine& engine, JSObject& error, std::uint32_t index) {
  Value name = getFromObject(engine, error.id, PropertyKey::fromAtom(engine.atoms().name), Value::object(error.id));
  Value message =
      getFromObject(engine, error.id, PropertyKey::fromAtom(engine.atoms().message), Value::object(error.id));
  if (name.isException() || message.isException()) {
    engine.takePendingException();
    return engine.atoms().empty;
  }
  std::string n = name.isUndefined() ? "Error" : toDisplayString(engine, name);
  std::string m = message.isUndefined() ? "" : toDisplayString(engine, message);
  std::string header = n.empty() ? m : m.empty() ? n : n + ": " + m;
  Value stack = engine.newString(header);
  engine.heap().noteWrite(error);
  error.properties.setValue(index, stack);
  return stack;
}

// A String wrapper's own indices and length (ECMA-262 §10.4.3).
OwnSlot lookupStringWrapper(Engine& engine, JSObject& o, const PropertyKey& key) {
  Value primitive = static_cast<PrimitiveWrapperObject&>(o).primitive;
  if (!primitive.isString()) return {};
  const auto& text = engine.heap().text(primitive);
  if (key.isIndex && key.index < text.size()) {
    return {true, false, engine.newString(std::u16string(1, text[key.index])), kEnumerable};
  }
  if (!key.isIndex && key.atom == engine.atoms().length) {
    return {true, false, Value::number(static_cast<double>(text.size())), 0};
  }
  return {};
}

}  // namespace

bool inElements(const JSObject& o, const PropertyKey& key) {
  return isArray(o) && key.isIndex && key.index < o.elements.size() && !o.elements[key.index].isHole();
}

namespace {

OwnSlot lookupOwn(Engine& engine, JSObject& o, const PropertyKey& key) {
  if (o.kind == CellKind::PrimitiveWrapper) {
    if (OwnSlot slot = lookupStringWrapper(engine, o, key); slot.found) return slot;
  }
  if (isArray(o)) {
    if (key.isIndex) {
      if (inElements(o, key)) return {true, false, o.elements[key.index], o.elementAttributes};
      if (!o.namedIndices) return {};
    }
    if (key.atom == engine.atoms().length) {
      return {true, false, Value::number(static_cast<double>(o.elements.length())),
              static_cast<std::uint8_t>(o.lengthWritable ? kWritable : 0)};
    }
  }
  std::optional<Value> name = key.isIndex ? engine.existingIndexAtom(key.index) : key.atom;
  if (!name) return {};
  auto index = o.properties.find(*name);
  if (index < 0) return {};
  auto i = static_cast<std::uint32_t>(index);
  std::uint8_t attributes = o.properties.attributes(i);
  Value value = o.properties.value(i);
  if (value.isUninitialized()) value = formatErrorStack(engine, o, i);
  return {true, (attributes & kAccessor) != 0, value, attributes};
}

bool isProxy(const HeapCell& cell) { return cell.kind == CellKind::Proxy; }

// A private name (#x) is the object's own, a proxy's too, and no trap sees it.
bool goesToTrap(Engine& engine, const HeapCell& cell, const PropertyKey& key) {
  return isProxy(cell) && !isPrivateName(engine, key);
}

// An own property as a descriptor.
PropertyDescriptor descriptorOf(Engine& engine, const OwnSlot& slot) {
  if (!slot.accessor) return PropertyDescriptor::data(slot.value, slot.attributes);
  const auto& pair = engine.heap().as<AccessorPair>(slot.value);
  PropertyDescriptor d;
  d.getter = pair.getter;
  d.setter = pair.setter;
  d.enumerable = (slot.attributes & kEnumerable) != 0;
  d.configurable = (slot.attributes & kConfigurable) != 0;
  return d;
}

bool fail(Engine& engine, bool throwOnFailure, const std::string& message) {
  if (throwOnFailure) engine.throwError(ErrorType::TypeError, message);
  return false;
}

bool growElements(Engine& engine, JSObject& array, std::size_t size) {
  // Checked before growing: a program asking for a huge array gets the budget error,
  // not an allocation the machine cannot make.
  std::size_t extra = (size - array.elements.size()) * sizeof(Value);
  if (engine.heap().footprint() + extra > engine.options().heap.budgetBytes) {
    engine.throwError(ErrorType::RangeError, "Invalid array length");
    return false;
  }
  engine.heap().noteElementsFrom(array, static_cast<std::uint32_t>(array.elements.size()));
  array.elements.resize(size, Value::hole());
  engine.heap().reaccount(array);
  return true;
}

void addNamed(Engine& engine, JSObject& o, Value atom, Value value, std::uint8_t attributes) {
  engine.heap().noteWrite(o);
  o.properties.add(engine.heap().emptyShape(), atom, value, attributes);
  engine.heap().reaccount(o);
}

// Indices this far past the vector's end are kept among the named properties, as V8
// keeps them in dictionary elements past its kMaxGap: `a[1e9] = 1` costs one property,
// not a billion holes.
constexpr std::uint32_t kMaxElementGap = 1024;

bool isDenseIndex(const JSObject& array, std::uint32_t index) {
  return index - array.elements.size() < kMaxElementGap;
}

// Makes the array's length cover an index stored past the vector's end.
void coverIndex(Engine& engine, JSObject& array, std::uint32_t index) {
  if (index < array.elements.length()) return;
  engine.heap().noteWrite(array);
  array.elements.setLength(index + 1);
}

bool writeElement(Engine& engine, JSObject& array, std::uint32_t index, Value value) {
  if (index >= array.elements.size()) {
    if (!array.extensible) return false;
    if (!isDenseIndex(array, index)) {
      coverIndex(engine, array, index);
      array.namedIndices = true;
      addNamed(engine, array, engine.indexAtom(index), value, kDefaultAttributes);
      return true;
    }
    if (!growElements(engine, array, std::size_t{index} + 1)) return false;  // notes the new end
  } else {
    engine.heap().noteElement(array, index);
  }
  array.elements[index] = value;
  return true;
}

std::uint8_t attributesOf(const PropertyDescriptor& d, std::uint8_t base) {
  auto apply = [&](const std::optional<bool>& field, std::uint8_t bit) {
    if (field) base = *field ? (base | bit) : (base & ~bit);
  };
  apply(d.writable, kWritable);
  apply(d.enumerable, kEnumerable);
  apply(d.configurable, kConfigurable);
  return base;
}

Value makeAccessorPair(Engine& engine, const PropertyDescriptor& d, const OwnSlot* current) {
  Value getter = Value::undefined(), setter = Value::undefined();
  if (current && current->accessor) {
    const auto& pair = engine.heap().as<AccessorPair>(current->value);
    getter = pair.getter;
    setter = pair.setter;
  }
  if (d.getter) getter = *d.getter;
  if (d.setter) setter = *d.setter;
  return Value::object(engine.heap().make<AccessorPair>(getter, setter).id);
}

bool defineArrayLength(Engine& engine, JSObject& array, const PropertyDescriptor& d, bool throwOnFailure) {
  if (d.isAccessor() || d.configurable.value_or(false) || d.enumerable.value_or(false)) {
    return fail(engine, throwOnFailure, "Cannot redefine property: length");
  }
  if (d.value) {
    if (!array.lengthWritable) {
      double wanted = toNumber(engine, *d.value);
      if (wanted != static_cast<double>(array.elements.length())) {
        return fail(engine, throwOnFailure, "Cannot redefine property: length");
      }
    } else if (!setArrayLength(engine, array, *d.value, throwOnFailure)) {
      return false;
    }
  }
  if (d.writable && !*d.writable) array.lengthWritable = false;
  if (d.writable && *d.writable && !array.lengthWritable) {
    return fail(engine, throwOnFailure, "Cannot redefine property: length");
  }
  return true;
}

// Makes room for an array index that will live among the named properties: the
// array's length covers it, and its element stays a hole.
void makeNamedIndex(Engine& engine, JSObject& array, std::uint32_t index) {
  if (index < array.elements.size()) {
    array.elements[index] = Value::hole();
  } else {
    coverIndex(engine, array, index);
  }
  array.namedIndices = true;
}

// Whether an index would lengthen an array whose length is read-only.
bool passesFixedLength(const JSObject& o, const PropertyKey& key) {
  return isArray(o) && key.isIndex && key.index >= o.elements.length() && !o.lengthWritable;
}

bool defineNew(Engine& engine, JSObject& o, const PropertyKey& key, const PropertyDescriptor& d, bool throwOnFailure) {
  // V8 words a read-only length as it words a non-extensible object here.
  if (!o.extensible || passesFixedLength(o, key)) {
    return fail(engine, throwOnFailure,
                "Cannot define property " + keyForMessage(engine, key) + ", object is not extensible");
  }
  std::uint8_t attributes = attributesOf(d, 0);
  if (d.isAccessor()) {
    if (isArray(o) && key.isIndex) makeNamedIndex(engine, o, key.index);
    addNamed(engine, o, namedKey(engine, key), makeAccessorPair(engine, d, nullptr),
             static_cast<std::uint8_t>((attributes & ~kWritable) | kAccessor));
    return true;
  }
  Value value = d.value.value_or(Value::undefined());
  if (isArray(o) && key.isIndex) {
    if (attributes == o.elementAttributes) return writeElement(engine, o, key.index, value);
    makeNamedIndex(engine, o, key.index);
  }
  addNamed(engine, o, namedKey(engine, key), value, attributes);
  return true;
}

bool isCanonicalIndex(std::u16string_view text, std::uint32_t& index) {
  if (text.empty() || text.size() > 10 || (text.size() > 1 && text[0] == u'0')) return false;
  std::uint64_t n = 0;
  for (char16_t c : text) {
    if (c < u'0' || c > u'9') return false;
    n = n * 10 + (c - u'0');
  }
  if (n >= 0xFFFF'FFFFull) return false;
  index = static_cast<std::uint32_t>(n);
  return true;
}

// OrdinarySet's last steps when the receiver is a proxy: its own property found and
// defined through its traps (CreateDataProperty for a new one).
bool setOnProxyReceiver(Engine& engine, CellId receiver, const PropertyKey& key, Value value, bool throwOnFailure) {
  auto existing = getOwnProperty(engine, receiver, key);
  if (engine.hasPendingException()) return false;
  if (!existing) {
    return defineOwnProperty(engine, receiver, key, PropertyDescriptor::data(value, kDefaultAttributes),
                             throwOnFailure);
  }
  if (existing->isAccessor() || !existing->writable.value_or(false)) {
    return fail(engine, throwOnFailure,
                "Cannot assign to read only property '" + keyForMessage(engine, key) + "' of object '" +
                    engine.describeForMessage(Value::object(receiver)) + "'");
  }
  PropertyDescriptor d;
  d.value = value;
  return defineOwnProperty(engine, receiver, key, d, throwOnFailure);
}

}  // namespace

std::string keyForMessage(Engine& engine, const PropertyKey& key) {
  if (key.isIndex) return std::to_string(key.index);
  if (isPrivateName(engine, key)) return privateNameText(engine, key.atom);
  if (key.atom.isSymbol()) return toDisplayString(engine, key.atom);
  return toUtf8(engine.heap().text(key.atom));
}

PropertyKey keyFromAtom(Value atom) { return PropertyKey::fromAtom(atom); }

std::optional<PropertyKey> toPropertyKey(Engine& engine, Value value) {
  if (value.isNumber()) {
    double d = value.asNumber();
    if (d >= 0 && d < 4294967295.0 && d == static_cast<double>(static_cast<std::uint32_t>(d))) {
      return PropertyKey::fromIndex(static_cast<std::uint32_t>(d));
    }
  }
  // A property name from the program is already interned: no need to look it up again.
  if (value.isString() && engine.heap().as<StringCell>(value).interned) {
    std::uint32_t index = 0;
    if (!isCanonicalIndex(engine.heap().text(value), index)) return PropertyKey::fromAtom(value);
    return PropertyKey::fromIndex(index);
  }
  Value primitive = toPrimitive(engine, value, PreferredType::String);
  if (primitive.isException()) return std::nullopt;
  if (primitive.isSymbol()) return PropertyKey::fromAtom(primitive);
  Value string = toString(engine, primitive);
  if (string.isException()) return std::nullopt;
  const auto& text = engine.heap().text(string);
  std::uint32_t index = 0;
  if (isCanonicalIndex(text, index)) return PropertyKey::fromIndex(index);
  return PropertyKey::fromAtom(engine.heap().intern(std::u16string_view(text)));
}

Value keyToValue(Engine& engine, const PropertyKey& key) {
  return key.isIndex ? engine.indexAtom(key.index) : key.atom;
}

Value keyToValueUninterned(Engine& engine, const PropertyKey& key) {
  if (!key.isIndex) return key.atom;
  if (auto atom = engine.existingIndexAtom(key.index)) return *atom;
  return engine.newString(std::to_string(key.index));
}

std::optional<PropertyDescriptor> getOwnProperty(Engine& engine, CellId object, const PropertyKey& key) {
  JSObject& o = objectAt(engine, object);
  if (goesToTrap(engine, o, key)) return proxy::getOwnProperty(engine, object, key);
  auto slot = lookupOwn(engine, o, key);
  if (!slot.found) return std::nullopt;
  return descriptorOf(engine, slot);
}

bool defineOwnProperty(Engine& engine, CellId object, const PropertyKey& key, const PropertyDescriptor& d,
                       bool throwOnFailure) {
  JSObject& o = objectAt(engine, object);
  if (goesToTrap(engine, o, key)) {
    auto defined = proxy::defineOwnProperty(engine, object, key, d);
    if (!defined) return false;
    return *defined || (throwOnFailure && proxy::throwFalsish(engine, "defineProperty", key));
  }
  if (isArray(o) && !key.isIndex && key.atom == engine.atoms().length) {
    return defineArrayLength(engine, o, d, throwOnFailure);
  }
  OwnSlot current = lookupOwn(engine, o, key);
  if (!current.found) return defineNew(engine, o, key, d, throwOnFailure);
  engine.heap().noteWrite(o);
  if (!isCompatibleDescriptor(engine, o.extensible, d, descriptorOf(engine, current))) {
    return fail(engine, throwOnFailure, "Cannot redefine property: " + keyForMessage(engine, key));
  }
  if (inElements(o, key)) {
    std::uint8_t attributes = attributesOf(d, current.attributes);
    if (!d.isAccessor() && attributes == o.elementAttributes) {
      if (d.value) o.elements[key.index] = *d.value;
      return true;
    }
    // Attributes of its own: the index moves among the named properties.
    makeNamedIndex(engine, o, key.index);
    addNamed(engine, o, namedKey(engine, key), current.value, current.attributes);
  }
  auto index = static_cast<std::uint32_t>(o.properties.find(namedKey(engine, key)));
  if (d.isAccessor()) {
    o.properties.setValue(index, makeAccessorPair(engine, d, &current));
    o.properties.setAttributes(
        index, static_cast<std::uint8_t>((attributesOf(d, current.attributes) & ~kWritable) | kAccessor));
    return true;
  }
  std::uint8_t attributes = attributesOf(d, current.accessor ? 0 : current.attributes);
  if (current.accessor) o.properties.setValue(index, Value::undefined());
  if (d.value) o.properties.setValue(index, *d.value);
  o.properties.setAttributes(index, static_cast<std::uint8_t>(attributes & ~kAccessor));
  return true;
}

bool createDataProperty(Engine& engine, CellId object, const PropertyKey& key, Value value) {
  JSObject& o = objectAt(engine, object);
  if (goesToTrap(engine, o, key)) {
    return defineOwnProperty(engine, object, key, PropertyDescriptor::data(value, kDefaultAttributes), true);
  }
  OwnSlot current = lookupOwn(engine, o, key);
  if (!current.found && o.extensible && !isArray(o)) {
    addNamed(engine, o, namedKey(engine, key), value, kDefaultAttributes);
    return true;
  }
  if (current.found && !current.accessor && current.attributes == kDefaultAttributes) {
    engine.heap().noteWrite(o);
    if (inElements(o, key)) {
      o.elements[key.index] = value;
    } else if (isArray(o) && !key.isIndex) {
      return setArrayLength(engine, o, value, true);
    } else {
      o.properties.setValue(static_cast<std::uint32_t>(o.properties.find(namedKey(engine, key))), value);
    }
    return true;
  }
  return defineOwnProperty(engine, object, key, PropertyDescriptor::data(value, kDefaultAttributes), true);
}

bool hasOwnProperty(Engine& engine, CellId object, const PropertyKey& key) {
  JSObject& o = objectAt(engine, object);
  if (isProxy(o)) return getOwnProperty(engine, object, key).has_value();
  return lookupOwn(engine, o, key).found;
}

bool hasProperty(Engine& engine, CellId object, const PropertyKey& key) {
  for (CellId o = object; o != kNoCell; o = objectAt(engine, o).proto) {
    if (isProxy(objectAt(engine, o))) return proxy::has(engine, o, key).value_or(false);
    if (lookupOwn(engine, objectAt(engine, o), key).found) return true;
  }
  return false;
}

CellId prototypeOf(Engine& engine, Value v) {
  if (v.isObject()) return objectAt(engine, v.asCell()).proto;
  if (v.isString()) return engine.intrinsic(Intrinsic::StringPrototype);
  if (v.isNumber()) return engine.intrinsic(Intrinsic::NumberPrototype);
  if (v.isBoolean()) return engine.intrinsic(Intrinsic::BooleanPrototype);
  if (v.isSymbol()) return engine.intrinsic(Intrinsic::SymbolPrototype);
  if (v.isBigInt()) return engine.intrinsic(Intrinsic::BigIntPrototype);
  return kNoCell;
}

namespace {

// A read that found nothing: undefined, unless it was after a property Node has and
// Reachable lacks on purpose, which ends the run by name.
Value missing(Engine& engine, CellId object, const PropertyKey& key) {
  const KnownAbsent* absent = engine.knownAbsent();
  const KnownAbsent::Property* property = absent ? absent->find(engine, object, key) : nullptr;
  if (!property) return Value::undefined();
  engine.interpreter().terminate(property->name + " is not supported (" + property->why + ")",
                                 engine.interpreter().errorPosition());
  return Value::exception();
}

}  // namespace

Value getFromObject(Engine& engine, CellId object, const PropertyKey& key, Value receiver) {
  for (CellId o = object; o != kNoCell; o = objectAt(engine, o).proto) {
    if (isProxy(objectAt(engine, o))) return proxy::get(engine, o, key, receiver);
    OwnSlot slot = lookupOwn(engine, objectAt(engine, o), key);
    if (!slot.found) continue;
    if (!slot.accessor) return slot.value;
    Value getter = engine.heap().as<AccessorPair>(slot.value).getter;
    if (getter.isUndefined()) return Value::undefined();
    return engine.call(getter, receiver, {});
  }
  return missing(engine, object, key);
}

Value get(Engine& engine, Value base, const PropertyKey& key) {
  if (isPrivateName(engine, key) && !base.isNullish()) return getPrivate(engine, base, key);
  if (base.isObject()) return getFromObject(engine, base.asCell(), key, base);
  if (base.isNullish()) {
    return engine.throwError(ErrorType::TypeError, "Cannot read properties of " +
                                                       std::string(base.isNull() ? "null" : "undefined") +
                                                       " (reading '" + keyForMessage(engine, key) + "')");
  }
  if (base.isString()) {
    if (key.isIndex) {
      const auto& text = engine.heap().text(base);
      if (key.index < text.size()) return engine.newString(std::u16string(1, text[key.index]));
    } else if (key.atom == engine.atoms().length) {
      // Without joining a concatenation: a loop may test the length of what it builds.
      return Value::number(static_cast<double>(engine.heap().length(base)));
    }
  }
  return getFromObject(engine, prototypeOf(engine, base), key, base);
}

bool setOnObject(Engine& engine, CellId object, const PropertyKey& key, Value value, Value receiver,
                 bool throwOnFailure) {
  for (CellId o = object; o != kNoCell; o = objectAt(engine, o).proto) {
    if (goesToTrap(engine, objectAt(engine, o), key)) {
      auto done = proxy::set(engine, o, key, value, receiver, throwOnFailure);
      if (!done) return false;
      return *done || (throwOnFailure && proxy::throwFalsish(engine, "set", key));
    }
    OwnSlot slot = lookupOwn(engine, objectAt(engine, o), key);
    if (!slot.found) continue;
    if (slot.accessor) {
      Value setter = engine.heap().as<AccessorPair>(slot.value).setter;
      if (setter.isUndefined()) {
        return fail(engine, throwOnFailure,
                    "Cannot set property " + keyForMessage(engine, key) + " of " + engine.describeForMessage(receiver) +
                        " which has only a getter");
      }
      Value args[] = {value};
      return !engine.call(setter, receiver, args).isException();
    }
    if (!(slot.attributes & kWritable)) {
      return fail(engine, throwOnFailure,
                  "Cannot assign to read only property '" + keyForMessage(engine, key) + "' of object '" +
                      engine.describeForMessage(receiver) + "'");
    }
    break;
  }
  if (receiver.isString() && ((key.isIndex && key.index < engine.heap().length(receiver)) ||
                              (!key.isIndex && key.atom == engine.atoms().length))) {
    // A string's indices and length are its own read-only properties.
    return fail(engine, throwOnFailure,
                "Cannot assign to read only property '" + keyForMessage(engine, key) + "' of string '" +
                    toDisplayString(engine, receiver) + "'");
  }
  if (!receiver.isObject()) {
    return fail(engine, throwOnFailure,
                "Cannot create property '" + keyForMessage(engine, key) + "' on " +
                    std::string(typeofName(engine, receiver)) + " '" + toDisplayString(engine, receiver) + "'");
  }
  JSObject& target = objectAt(engine, receiver.asCell());
  if (goesToTrap(engine, target, key)) return setOnProxyReceiver(engine, receiver.asCell(), key, value, throwOnFailure);
  OwnSlot own = lookupOwn(engine, target, key);
  if (own.found) {
    if (own.accessor || !(own.attributes & kWritable)) {
      return fail(engine, throwOnFailure,
                  "Cannot assign to read only property '" + keyForMessage(engine, key) + "' of object '" +
                      engine.describeForMessage(receiver) + "'");
    }
    engine.heap().noteWrite(target);
    if (inElements(target, key)) {
      target.elements[key.index] = value;
      return true;
    }
    if (isArray(target) && !key.isIndex) return setArrayLength(engine, target, value, throwOnFailure);
    target.properties.setValue(static_cast<std::uint32_t>(target.properties.find(namedKey(engine, key))), value);
    return true;
  }
  if (!target.extensible) {
    return fail(engine, throwOnFailure,
                "Cannot add property " + keyForMessage(engine, key) + ", object is not extensible");
  }
  if (passesFixedLength(target, key)) {
    return fail(engine, throwOnFailure, "Cannot assign to read only property 'length' of object '[object Array]'");
  }
  if (isArray(target) && key.isIndex) return writeElement(engine, target, key.index, value);
  addNamed(engine, target, namedKey(engine, key), value, kDefaultAttributes);
  return true;
}

bool set(Engine& engine, Value base, const PropertyKey& key, Value value, bool strict) {
  if (isPrivateName(engine, key) && !base.isNullish()) return setPrivate(engine, base, key, value);
  if (base.isNullish()) {
    return fail(engine, true,
                "Cannot set properties of " + std::string(base.isNull() ? "null" : "undefined") + " (setting '" +
                    keyForMessage(engine, key) + "')");
  }
  CellId start = base.isObject() ? base.asCell() : prototypeOf(engine, base);
  return setOnObject(engine, start, key, value, base, strict) || (!strict && !engine.hasPendingException());
}

std::optional<bool> tryDelete(Engine& engine, CellId object, const PropertyKey& key) {
  JSObject& o = objectAt(engine, object);
  if (isProxy(o)) return proxy::deleteProperty(engine, object, key);
  OwnSlot slot = lookupOwn(engine, o, key);
  if (!slot.found) return true;
  if (!(slot.attributes & kConfigurable)) return false;
  engine.heap().noteWrite(o);
  if (inElements(o, key)) {
    o.elements[key.index] = Value::hole();
    return true;
  }
  o.properties.remove(namedKey(engine, key));
  engine.heap().reaccount(o);
  return true;
}

bool deleteProperty(Engine& engine, CellId object, const PropertyKey& key) {
  auto deleted = tryDelete(engine, object, key);
  if (!deleted) return false;
  if (*deleted) return true;
  if (isProxy(objectAt(engine, object))) return proxy::throwFalsish(engine, "deleteProperty", key);
  return fail(engine, true,
              "Cannot delete property '" + keyForMessage(engine, key) + "' of " +
                  engine.describeForMessage(Value::object(object)));
}

std::optional<bool> deleteProperty(Engine& engine, CellId object, const PropertyKey& key, bool strict) {
  if (!strict) return tryDelete(engine, object, key);
  if (!deleteProperty(engine, object, key)) return std::nullopt;
  return true;
}

std::vector<PropertyKey> ownPropertyKeys(Engine& engine, CellId object) {
  JSObject& o = objectAt(engine, object);
  if (isProxy(o)) return proxy::ownKeys(engine, object).value_or(std::vector<PropertyKey>());
  std::vector<PropertyKey> indices, strings, symbols;
  if (isArray(o)) {
    for (std::uint32_t i = 0; i < o.elements.size(); ++i) {
      if (!o.elements[i].isHole()) indices.push_back(PropertyKey::fromIndex(i));
    }
    strings.push_back(PropertyKey::fromAtom(engine.atoms().length));
  } else if (o.kind == CellKind::PrimitiveWrapper && static_cast<PrimitiveWrapperObject&>(o).primitive.isString()) {
    auto length = engine.heap().length(static_cast<PrimitiveWrapperObject&>(o).primitive);
    // A key per code unit: the work of a loop over them, counted before it is done.
    if (!engine.interpreter().countIteration(length)) return {};
    for (std::uint32_t i = 0; i < length; ++i) indices.push_back(PropertyKey::fromIndex(i));
    strings.push_back(PropertyKey::fromAtom(engine.atoms().length));
  }
  for (std::uint32_t i = 0; i < o.properties.size(); ++i) {
    Value key = o.properties.key(i);
    std::uint32_t index = 0;
    if (key.isSymbol()) {
      if (!engine.heap().as<SymbolCell>(key).isPrivate) symbols.push_back(PropertyKey::fromAtom(key));
    } else if (isCanonicalIndex(engine.heap().text(key), index)) {
      indices.push_back(PropertyKey::fromIndex(index));
    } else {
      strings.push_back(PropertyKey::fromAtom(key));
    }
  }
  std::stable_sort(indices.begin(), indices.end(), [](const auto& a, const auto& b) { return a.index < b.index; });
  indices.insert(indices.end(), strings.begin(), strings.end());
  indices.insert(indices.end(), symbols.begin(), symbols.end());
  return indices;
}

std::optional<bool> preventExtensions(Engine& engine, CellId object) {
  if (isProxy(objectAt(engine, object))) return proxy::preventExtensions(engine, object);
  objectAt(engine, object).extensible = false;
  return true;
}

std::optional<bool> isExtensible(Engine& engine, CellId object) {
  if (isProxy(objectAt(engine, object))) return proxy::isExtensible(engine, object);
  return static_cast<bool>(objectAt(engine, object).extensible);
}

Value getPrototypeOf(Engine& engine, CellId object) {
  if (isProxy(objectAt(engine, object))) return proxy::getPrototypeOf(engine, object);
  CellId proto = objectAt(engine, object).proto;
  return proto == kNoCell ? Value::null() : Value::object(proto);
}

ProtoResult setPrototypeOf(Engine& engine, CellId object, Value proto) {
  JSObject& o = objectAt(engine, object);
  if (isProxy(o)) {
    auto done = proxy::setPrototypeOf(engine, object, proto);
    if (!done) return ProtoResult::Threw;
    return *done ? ProtoResult::Done : ProtoResult::Refused;
  }
  CellId wanted = proto.isNull() ? kNoCell : proto.asCell();
  if (o.proto == wanted) return ProtoResult::Done;
  if (!o.extensible) return ProtoResult::NotExtensible;
  // A proxy's prototype is its trap's answer: the search for a cycle stops there.
  for (CellId p = wanted; p != kNoCell && !isProxy(objectAt(engine, p)); p = objectAt(engine, p).proto) {
    if (p == object) return ProtoResult::Cyclic;
  }
  engine.heap().noteWrite(o);
  o.proto = wanted;
  return ProtoResult::Done;
}

std::optional<bool> isArray(Engine& engine, Value v) {
  while (auto* p = proxy::asProxy(engine, v)) {
    if (p->revoked()) {
      engine.throwError(ErrorType::TypeError, "Cannot perform 'IsArray' on a proxy that has been revoked");
      return std::nullopt;
    }
    v = p->target;
  }
  return v.isObject() && engine.heap().get(v.asCell()).kind == CellKind::Array;
}

namespace {

// `new Array(n)` and `a.length = n` make the vector's holes up to this length, as V8
// makes a holey fast array below kInitialMaxFastElementArray; past it, the length alone.
constexpr std::uint32_t kMaxPreallocatedLength = 100000;

struct NamedIndex {
  std::uint32_t index;
  Value key;
  bool configurable;
};

// Calls visit(index, key, attributes) for each index among an object's named properties.
template <class Visit>
void forEachNamedIndex(Engine& engine, const JSObject& o, Visit&& visit) {
  for (std::uint32_t i = 0; i < o.properties.size(); ++i) {
    Value key = o.properties.key(i);
    std::uint32_t index = 0;
    if (key.isString() && isCanonicalIndex(engine.heap().text(key), index)) visit(index, key, o.properties.attributes(i));
  }
}

// The indices at or past `from` that live among an array's named properties.
std::vector<NamedIndex> namedIndicesFrom(Engine& engine, const JSObject& array, std::uint32_t from) {
  std::vector<NamedIndex> found;
  if (!array.namedIndices) return found;
  forEachNamedIndex(engine, array, [&](std::uint32_t index, Value key, std::uint8_t attributes) {
    if (index >= from) found.push_back({index, key, (attributes & kConfigurable) != 0});
  });
  return found;
}

bool lengthen(Engine& engine, JSObject& array, std::uint32_t newLength) {
  if (newLength <= kMaxPreallocatedLength || isDenseIndex(array, newLength - 1)) {
    return growElements(engine, array, newLength);
  }
  engine.heap().noteElementsFrom(array, static_cast<std::uint32_t>(array.elements.size()));
  array.elements.setLength(newLength);
  return true;
}

// ArraySetLength's deletions (ECMA-262 §10.4.2.4): from the end down, stopping at an
// index that cannot be deleted, which keeps the length just past it.
bool shorten(Engine& engine, JSObject& array, std::uint32_t newLength, bool throwOnFailure) {
  std::vector<NamedIndex> named = namedIndicesFrom(engine, array, newLength);
  std::optional<std::uint32_t> blocker;
  for (const NamedIndex& n : named) {
    if (!n.configurable && (!blocker || n.index > *blocker)) blocker = n.index;
  }
  if (!(array.elementAttributes & kConfigurable)) {
    const std::uint32_t floor = blocker ? *blocker + 1 : newLength;
    for (std::size_t i = array.elements.size(); i > floor; --i) {
      if (!array.elements[i - 1].isHole()) {
        blocker = static_cast<std::uint32_t>(i - 1);
        break;
      }
    }
  }
  const std::uint32_t finalLength = blocker ? *blocker + 1 : newLength;
  engine.heap().noteElementsFrom(array, std::min(finalLength, static_cast<std::uint32_t>(array.elements.size())));
  for (const NamedIndex& n : named) {
    if (n.index >= finalLength) array.properties.remove(n.key);
  }
  array.elements.setLength(finalLength);
  engine.heap().reaccount(array);
  if (!blocker) return true;
  return fail(engine, throwOnFailure,
              "Cannot delete property '" + std::to_string(*blocker) + "' of [object Array]");
}

}  // namespace

namespace {

// The largest integer an array-like's loop reaches: 2^53 - 1.
constexpr double kMaxSafeInteger = 9007199254740991.0;

// Calls visit(n) for each own key of `o` that names an integer in canonical form (no
// sign, no leading zero), up to 2^53 - 1: the keys an array-like's loop may read.
template <class Visit>
void forEachIntegerKey(Engine& engine, const JSObject& o, Visit&& visit) {
  for (std::uint32_t i = 0; i < o.properties.size(); ++i) {
    Value key = o.properties.key(i);
    if (!key.isString()) continue;
    const std::u16string& text = engine.heap().text(key);
    if (text.empty() || text.size() > 16 || (text.size() > 1 && text[0] == u'0')) continue;
    double n = 0;
    bool digits = true;
    for (char16_t c : text) {
      digits = digits && c >= u'0' && c <= u'9';
      n = n * 10 + (c - u'0');
    }
    if (digits && n <= kMaxSafeInteger) visit(n);
  }
}

// Whether an object keeps its indices only in its elements (an array's) and among its
// named properties, where a loop can find them without looking at every index.
bool holdsIndicesPlainly(const JSObject& o) {
  return o.kind == CellKind::Array || (o.kind == CellKind::Object && !o.isArguments);
}

bool hasNamedIndex(Engine& engine, const JSObject& o, std::uint32_t index) {
  if (o.kind == CellKind::Array && !o.namedIndices) return false;
  std::optional<Value> name = engine.existingIndexAtom(index);
  return name && o.properties.find(*name) >= 0;
}

// Whether nothing on the prototype chain has an integer key of its own or could make
// one up (a proxy, a String wrapper, arguments).
bool prototypesLackIndices(Engine& engine, const JSObject& o, std::uint64_t& work) {
  for (CellId p = o.proto; p != kNoCell;) {
    const JSObject& proto = engine.heap().as<JSObject>(p);
    if (!holdsIndicesPlainly(proto) || !proto.elements.empty()) return false;
    work += proto.properties.size();
    bool found = false;
    forEachIntegerKey(engine, proto, [&](double) { found = true; });
    if (found) return false;
    p = proto.proto;
  }
  return true;
}

// Whether a loop may step over `index` and those after or before it, when the object
// may not have it: where its indices and its prototypes' are all plainly kept.
bool maySkipFrom(Engine& engine, const JSObject& o, double index, std::uint64_t& work) {
  if (!holdsIndicesPlainly(o) || index < 0) return false;
  if (index < kMaxArrayLength) {
    const auto i = static_cast<std::uint32_t>(index);
    if (o.kind == CellKind::Array && i < o.elements.size()) return false;  // the vector is read index by index
    if (hasNamedIndex(engine, o, i)) return false;
  }
  return prototypesLackIndices(engine, o, work);
}

// Whether `o`'s named properties may hold integer keys: an array's only once an index
// went there (its loops end at its length, below 2^32 - 1).
bool mayHaveIntegerKeys(const JSObject& o) { return o.kind != CellKind::Array || o.namedIndices; }

}  // namespace

double nextPossibleIndex(Engine& engine, CellId object, double from, double end, std::uint64_t& work) {
  const JSObject& o = objectAt(engine, object);
  if (from >= end || !maySkipFrom(engine, o, from, work)) return from;
  double next = end;
  if (mayHaveIntegerKeys(o)) {
    work += o.properties.size();
    forEachIntegerKey(engine, o, [&](double n) {
      if (n >= from && n < next) next = n;
    });
  }
  return next;
}

double previousPossibleIndex(Engine& engine, CellId object, double from, std::uint64_t& work) {
  const JSObject& o = objectAt(engine, object);
  if (!maySkipFrom(engine, o, from, work)) return from;
  double previous = o.kind == CellKind::Array ? static_cast<double>(o.elements.size()) - 1 : -1;
  if (mayHaveIntegerKeys(o)) {
    work += o.properties.size();
    forEachIntegerKey(engine, o, [&](double n) {
      if (n <= from && n > previous) previous = n;
    });
  }
  return previous;
}

bool setArrayLength(Engine& engine, JSObject& array, Value length, bool throwOnFailure) {
  double number = toNumber(engine, length);
  if (engine.hasPendingException()) return false;
  if (!(number >= 0 && number <= kMaxArrayLength && number == std::trunc(number))) {
    engine.throwError(ErrorType::RangeError, "Invalid array length");
    return false;
  }
  if (!array.lengthWritable) {
    return fail(engine, throwOnFailure, "Cannot assign to read only property 'length' of object '[object Array]'");
  }
  const auto newLength = static_cast<std::uint32_t>(number);
  if (newLength >= array.elements.length()) return lengthen(engine, array, newLength);
  return shorten(engine, array, newLength, throwOnFailure);
}

}  // namespace ops
}  // namespace reachable
