// The interpreter's larger operations, out of the run loop: calls, classes,
// iteration, for-in, object spread.
#include <algorithm>
#include <unordered_set>

#include "engine/Conversions.h"
#include "engine/EngineMade.h"
#include "engine/Eval.h"
#include "engine/Interpreter.h"
#include "engine/Iteration.h"
#include "engine/ObjectOps.h"
#include "engine/ProxyObjects.h"

namespace reachable {

// [callee this args…] → a new frame, or the result of a built-in in place.
bool Interpreter::callOnStack(std::uint32_t argc) {
  Value* args = sp_ - argc;
  Value callee = args[-2];
  const HeapCell& cell = engine_.heap().get(callee.asCell());
  if (cell.kind == CellKind::Function) {
    const auto& fn = static_cast<const JSFunction&>(cell);
    if (!fn.native && !fn.code->isClassConstructor()) {
      return pushFrame(callee, fn, args[-1], args, argc, Value::undefined(), args - 2);
    }
  }
  Value result = call(callee, args[-1], std::span<const Value>(args, argc));
  if (result.isException()) return false;
  sp_ = args - 2;
  *sp_++ = result;
  return true;
}

// [callee this args…] → what the direct eval of the first argument gives, its code
// seeing `context`, the caller's scopes.
bool Interpreter::directEvalOnStack(std::uint32_t argc, CellId context, const DirectEvalSite& site) {
  Value* args = sp_ - argc;
  Value result = directEval(engine_, argc > 0 ? args[0] : Value::undefined(), context, site);
  if (result.isException()) return false;
  sp_ = args - 2;
  *sp_++ = result;
  return true;
}

// [callee args…] → a new frame running the constructor, or the built-in's object.
bool Interpreter::constructOnStack(std::uint32_t argc, PropertyCache& prototypeCache) {
  Value* args = sp_ - argc;
  Value callee = args[-1];
  const HeapCell& cell = engine_.heap().get(callee.asCell());
  if (cell.kind == CellKind::Proxy || static_cast<const JSFunction&>(cell).native) {
    Value result = construct(callee, std::span<const Value>(args, argc), callee);
    if (result.isException()) return false;
    sp_ = args - 1;
    *sp_++ = result;
    return true;
  }
  const auto& fn = static_cast<const JSFunction&>(cell);
  // A derived constructor's `this` comes from super(); any other gets a new object
  // whose prototype is new.target's, with the class's fields already on it.
  Value thisValue = Value::uninitialized();
  if (fn.code->kind != FunctionCode::Kind::DerivedConstructor) {
    Value prototype;
    if (!property_cache::get(engine_, prototypeCache, callee, prototype)) {
      prototype = ops::get(engine_, callee, PropertyKey::fromAtom(engine_.atoms().prototype));
      if (prototype.isException()) return false;
      property_cache::rememberGet(engine_, prototypeCache, callee, engine_.atoms().prototype);
    }
    thisValue =
        engine_.newObject(prototype.isObject() ? prototype.asCell() : engine_.intrinsic(Intrinsic::ObjectPrototype));
    Pin pin(*this, thisValue);
    if (!runFieldInitializer(callee, thisValue)) return false;
  }
  return pushFrame(callee, fn, thisValue, args, argc, callee, args - 1);
}

// V8's Runtime_ThrowNotSuperConstructor: the parent and the class by their functions'
// own names ("Super constructor null of C is not a constructor"), the parent otherwise
// as a value, and a class without a name as "anonymous class".
std::string Interpreter::notSuperConstructor(Value parent, Value function) {
  const auto ownName = [&](Value f) -> std::string {
    const auto& fn = engine_.heap().as<JSFunction>(f);
    if (fn.code) return fn.code->name;
    Value name = ops::get(engine_, f, PropertyKey::fromAtom(engine_.atoms().name));
    return name.isString() ? stringText(engine_, name) : std::string();
  };
  std::string parentName = "null";
  if (parent.isObject() && engine_.heap().get(parent.asCell()).kind == CellKind::Function) parentName = ownName(parent);
  else if (parent.isObject()) parentName = engine_.describeForMessage(parent);
  if (parentName.empty()) parentName = "null";
  const std::string className = ownName(function);
  return "Super constructor " + parentName + " of " + (className.empty() ? "anonymous class" : className) +
         " is not a constructor";
}

// [function newTarget args…] → the object the parent constructor made, after this
// class's field initialisers ran on it.
bool Interpreter::superCall(std::uint32_t argc) {
  Value* args = sp_ - argc;
  Value function = args[-2];
  Value newTarget = args[-1];
  CellId parent = engine_.heap().as<JSObject>(function).proto;
  Value parentValue = parent == kNoCell ? Value::null() : Value::object(parent);
  if (!engine_.isConstructor(parentValue)) {
    engine_.throwError(ErrorType::TypeError, notSuperConstructor(parentValue, function));
    return false;
  }
  Value result = construct(parentValue, std::span<const Value>(args, argc), newTarget);
  if (result.isException()) return false;
  sp_ = args - 2;
  *sp_++ = result;
  return runFieldInitializer(function, result);
}

// [callee (this) array] → [callee (this) elements…]
bool Interpreter::spreadArguments(std::uint32_t& argc, bool /*hasThis*/) {
  Value array = sp_[-1];
  // The array f(...args) gathers its arguments in is the engine's, not the program's.
  markEngineMade(engine_, array);
  const auto& elements = engine_.heap().as<JSObject>(array).elements;
  if (!checkStackRoom(elements.size())) return false;
  --sp_;
  for (Value v : engine_.heap().as<JSObject>(array).elements) *sp_++ = v.isHole() ? Value::undefined() : v;
  argc = static_cast<std::uint32_t>(engine_.heap().as<JSObject>(array).elements.size());
  return true;
}

// [iterable] → [iterator next]
bool Interpreter::getIterator(std::u16string_view iterableText) {
  auto record = reachable::getIterator(engine_, sp_[-1], iterableText);
  if (!record) return false;
  sp_[-1] = record->iterator;
  *sp_++ = record->next;
  return true;
}

// record = [iterator next]: pushes the next value, or sets `done`.
bool Interpreter::iteratorStep(Value* record, bool& done) {
  auto value = reachable::iteratorStep(engine_, {record[0], record[1]});
  if (!value) {
    if (engine_.hasPendingException()) return false;
    done = true;
    return true;
  }
  done = false;
  *sp_++ = *value;
  return true;
}

// [iterator next] → []; an exhausted iterator (next is undefined) is not closed.
bool Interpreter::iteratorClose() {
  Value iterator = sp_[-2], next = sp_[-1];
  // Closed once: a `return` that throws while a loop is left is not called again by
  // the loop's own close-on-throw (its slot then reads as exhausted).
  sp_[-1] = Value::undefined();
  bool ok = next.isUndefined() || reachable::iteratorClose(engine_, {iterator, next});
  sp_ -= 2;
  return ok;
}

// [object key function] → [object]: a method, getter or setter of a literal or class.
bool Interpreter::defineMethod(std::uint32_t kind) {
  Value object = sp_[-3], function = sp_[-1];
  auto key = ops::toPropertyKey(engine_, sp_[-2]);
  if (!key) return false;
  auto& fn = engine_.heap().as<JSFunction>(function);
  fn.homeObject = object;
  bool enumerable = (kind & 4) == 0;
  PropertyDescriptor d;
  switch (kind & 3) {
    case 1: d.getter = function; break;
    case 2: d.setter = function; break;
    default:
      d.value = function;
      d.writable = true;
      break;
  }
  d.enumerable = enumerable;
  d.configurable = true;
  if ((kind & 3) != 0 || fn.code->name.empty()) {
    // SetFunctionName: accessors are "get x" / "set x"; computed keys name the function.
    std::string name = functionNameForKey(engine_, ops::keyToValue(engine_, *key));
    if ((kind & 3) == 1) name = "get " + name;
    if ((kind & 3) == 2) name = "set " + name;
    ops::defineOwnProperty(engine_, fn.id, PropertyKey::fromAtom(engine_.atoms().name),
                           PropertyDescriptor::data(engine_.newString(name), kConfigurable), false);
  }
  if (!ops::defineOwnProperty(engine_, object.asCell(), *key, d, true)) return false;
  sp_ -= 2;
  return true;
}

// CopyDataProperties: the own enumerable properties of `source` onto `target`,
// except the keys listed in the array `excludedKeys`.
bool Interpreter::copyDataProperties(Value target, Value source, Value excludedKeys) {
  if (source.isNullish()) return true;
  Value from = toObject(engine_, source);
  if (from.isException()) return false;
  Pin pin(*this, from);
  std::vector<PropertyKey> keys;
  if (source.isString()) {
    for (std::uint32_t i = 0; i < engine_.heap().text(source).size(); ++i) keys.push_back(PropertyKey::fromIndex(i));
  } else {
    keys = ops::ownPropertyKeys(engine_, from.asCell());
    if (engine_.hasPendingException()) return false;
  }
  std::vector<Value> excluded;
  if (excludedKeys.isObject()) excluded = engine_.heap().as<JSObject>(excludedKeys).elements;
  for (const auto& key : keys) {
    Value keyValue = ops::keyToValue(engine_, key);
    bool skip = false;
    for (Value e : excluded)
      skip = skip || sameValue(engine_, e, keyValue) || (e.isNumber() && key.isIndex && e.asNumber() == key.index);
    if (skip) continue;
    Value value;
    if (source.isString()) {
      value = ops::get(engine_, source, key);
    } else {
      auto own = ops::getOwnProperty(engine_, from.asCell(), key);
      if (engine_.hasPendingException()) return false;
      if (!own || !own->enumerable.value_or(false)) continue;
      value = ops::get(engine_, from, key);
    }
    if (value.isException() || !ops::createDataProperty(engine_, target.asCell(), key, value)) return false;
  }
  return true;
}

// [superclass?] → [constructor prototype]
bool Interpreter::makeClass(const FunctionCode& constructor, CellId context, bool hasSuper) {
  CellId protoParent = engine_.intrinsic(Intrinsic::ObjectPrototype);
  CellId constructorParent = engine_.intrinsic(Intrinsic::FunctionPrototype);
  if (hasSuper) {
    Value parent = *--sp_;
    if (parent.isNull()) {
      protoParent = kNoCell;
    } else {
      if (!engine_.isConstructor(parent)) {
        engine_.throwError(ErrorType::TypeError,
                           "Class extends value " + toDisplayString(engine_, parent) + " is not a constructor or null");
        return false;
      }
      Value parentPrototype = ops::get(engine_, parent, PropertyKey::fromAtom(engine_.atoms().prototype));
      if (parentPrototype.isException()) return false;
      if (!parentPrototype.isObject() && !parentPrototype.isNull()) {
        engine_.throwError(ErrorType::TypeError, "Class extends value does not have valid prototype property " +
                                                     toDisplayString(engine_, parentPrototype));
        return false;
      }
      protoParent = parentPrototype.isNull() ? kNoCell : parentPrototype.asCell();
      constructorParent = parent.asCell();
    }
  }
  Value prototype = engine_.newObject(protoParent);
  *sp_++ = prototype;
  CellId ctor = makeClosure(constructor, context, true);
  auto& fn = engine_.heap().as<JSFunction>(ctor);
  fn.proto = constructorParent;
  fn.homeObject = prototype;
  const Atoms& atoms = engine_.atoms();
  ops::defineOwnProperty(engine_, ctor, PropertyKey::fromAtom(atoms.prototype), PropertyDescriptor::data(prototype, 0),
                         false);
  ops::defineOwnProperty(engine_, prototype.asCell(), PropertyKey::fromAtom(atoms.constructor),
                         PropertyDescriptor::data(Value::object(ctor), kWritable | kConfigurable), false);
  sp_[-1] = Value::object(ctor);
  *sp_++ = prototype;
  return true;
}

// A strict-mode arguments object: the values, a length, and an iterator.
Value Interpreter::createArguments(const Frame& frame) {
  // The formal parameters' slots hold undefined for arguments never passed: those
  // are not arguments.
  std::vector<Value> values(frame.base, frame.base + std::min(frame.argumentCount, frame.code->formalCount));
  values.insert(values.end(), frame.extraArguments.begin(), frame.extraArguments.end());
  std::size_t passed = values.size();
  Value arguments = engine_.newObject();
  auto key = [](std::uint32_t i) { return PropertyKey::fromIndex(i); };
  for (std::uint32_t i = 0; i < passed; ++i) ops::createDataProperty(engine_, arguments.asCell(), key(i), values[i]);
  ops::defineOwnProperty(
      engine_, arguments.asCell(), PropertyKey::fromAtom(engine_.atoms().length),
      PropertyDescriptor::data(Value::number(static_cast<double>(passed)), kWritable | kConfigurable), false);
  // A sloppy function's arguments name it (CreateMappedArgumentsObject; its indices
  // are not mapped to the parameters here).
  if (!frame.code->strict) {
    ops::defineOwnProperty(engine_, arguments.asCell(), PropertyKey::fromAtom(engine_.intern("callee")),
                           PropertyDescriptor::data(frame.callee, kWritable | kConfigurable), false);
  }
  auto& object = engine_.heap().as<JSObject>(arguments);
  object.isArguments = true;
  Value values_ = ops::get(engine_, Value::object(engine_.intrinsic(Intrinsic::ArrayPrototype)),
                           PropertyKey::fromAtom(engine_.intern("values")));
  if (!values_.isException()) {
    ops::defineOwnProperty(engine_, arguments.asCell(), PropertyKey::fromAtom(engine_.realm().symbols.iterator),
                           PropertyDescriptor::data(values_, kWritable | kConfigurable), false);
  }
  return arguments;
}

Value Interpreter::templateObject(const FunctionCode& code, std::uint32_t site) {
  auto [it, added] = templateObjects_.try_emplace({&code, site}, Value());
  if (!added) return it->second;
  // Frozen, as Object.freeze leaves an array.
  auto freeze = [&](Value array) {
    auto& object = engine_.heap().as<JSObject>(array);
    object.elementAttributes = kEnumerable;
    object.lengthWritable = false;
    object.extensible = false;
  };
  const auto& strings = code.templates[site];
  Value raw = engine_.newArray(strings.raw);
  Pin pin(*this, raw);
  Value cooked = engine_.newArray(strings.cooked);
  ops::defineOwnProperty(engine_, cooked.asCell(), PropertyKey::fromAtom(engine_.atoms().raw),
                         PropertyDescriptor::data(raw, 0), false);
  freeze(raw);
  freeze(cooked);
  it->second = cooked;
  return cooked;
}

// The keys a for-in visits: enumerable string keys of the object and its
// prototypes, each once, own keys first. They go in an array whose first element is
// the object itself, so that a key deleted during the loop can be skipped.
Value Interpreter::forInKeys(Value object) {
  std::vector<Value> result{object};
  if (object.isString()) {
    for (std::uint32_t i = 0; i < engine_.heap().text(object).size(); ++i) result.push_back(engine_.indexAtom(i));
  } else if (!object.isNullish()) {
    Value from = toObject(engine_, object);
    result[0] = from;
    Pin pin(*this, from);
    std::unordered_set<std::u16string> seen;
    // Through a proxy the keys, descriptors and prototypes come from its traps.
    for (Value o = from; !o.isNull();) {
      Pin pinLevel(*this, o);
      for (const auto& key : ops::ownPropertyKeys(engine_, o.asCell())) {
        Value keyValue = ops::keyToValue(engine_, key);
        if (keyValue.isSymbol()) continue;
        if (!seen.insert(engine_.heap().text(keyValue)).second) continue;
        // A proxy's keys are checked one by one as the loop reaches them, as V8 does.
        if (proxy::asProxy(engine_, o)) {
          result.push_back(keyValue);
          continue;
        }
        auto own = ops::getOwnProperty(engine_, o.asCell(), key);
        if (own && own->enumerable.value_or(false)) result.push_back(keyValue);
      }
      if (engine_.hasPendingException()) return Value::exception();
      o = ops::getPrototypeOf(engine_, o.asCell());
      if (o.isException()) return o;
    }
  }
  Value keys = engine_.newArray(std::move(result));
  markEngineMade(engine_, keys);
  return keys;
}

// Whether for-in still visits a key: it is still there, and (through a proxy, whose
// keys were not filtered) enumerable where it is found. Nothing when a trap threw.
std::optional<bool> Interpreter::forInVisits(Value object, const PropertyKey& key) {
  if (!proxy::asProxy(engine_, object)) {
    bool found = ops::hasProperty(engine_, object.asCell(), key);
    if (engine_.hasPendingException()) return std::nullopt;
    return found;
  }
  for (Value o = object; !o.isNull();) {
    Pin pin(*this, o);
    auto own = ops::getOwnProperty(engine_, o.asCell(), key);
    if (engine_.hasPendingException()) return std::nullopt;
    if (own) return own->enumerable.value_or(false);
    o = ops::getPrototypeOf(engine_, o.asCell());
    if (o.isException()) return std::nullopt;
  }
  return false;
}

// [keys position] → [keys position+1 key], or false when every key was visited (or a
// trap threw: the pending exception says which).
bool Interpreter::forInNext() {
  for (;;) {
    const auto& keys = engine_.heap().as<JSObject>(sp_[-2]).elements;
    auto position = static_cast<std::size_t>(sp_[-1].asNumber());
    if (position >= keys.size()) return false;
    sp_[-1] = Value::number(static_cast<double>(position + 1));
    Value object = keys[0];
    Value key = keys[position];
    auto visit = object.isObject() ? forInVisits(object, *ops::toPropertyKey(engine_, key)) : true;
    if (!visit) return false;
    if (!*visit) continue;
    *sp_++ = key;
    return true;
  }
}

}  // namespace reachable
