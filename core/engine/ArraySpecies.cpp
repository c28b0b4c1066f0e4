#include "engine/ArraySpecies.h"

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "heap/JSObject.h"

namespace reachable {

namespace {

Value arrayConstructor(Engine& engine) {
  return ops::get(engine, Value::object(engine.intrinsic(Intrinsic::ArrayPrototype)),
                  PropertyKey::fromAtom(engine.atoms().constructor));
}

}  // namespace

Value arraySpeciesConstructor(Engine& engine, Value original) {
  auto isArray = ops::isArray(engine, original);
  if (!isArray) return Value::exception();
  if (!*isArray) return Value::undefined();
  Value constructor = TRY(ops::get(engine, original, PropertyKey::fromAtom(engine.atoms().constructor)));
  if (constructor.isObject()) {
    constructor = TRY(ops::get(engine, constructor, PropertyKey::fromAtom(engine.realm().symbols.species)));
    if (constructor.isNull()) constructor = Value::undefined();
  }
  if (constructor.isUndefined()) return constructor;
  if (!engine.isConstructor(constructor)) {
    return engine.throwError(ErrorType::TypeError, "object.constructor[Symbol.species] is not a constructor");
  }
  Value intrinsic = TRY(arrayConstructor(engine));
  return constructor == intrinsic ? Value::undefined() : constructor;
}

Value arrayFactoryConstructor(Engine& engine, Value receiver) {
  if (!engine.isConstructor(receiver)) return Value::undefined();
  Value intrinsic = TRY(arrayConstructor(engine));
  return receiver == intrinsic ? Value::undefined() : receiver;
}

Value moveIntoConstructed(Engine& engine, Value constructor, Value plainResult, std::span<const Value> constructArguments,
                          bool setLength, double length) {
  if (constructor.isUndefined()) return plainResult;
  Interpreter::Pin pinPlain(engine.interpreter(), plainResult);
  Value made = TRY(engine.construct(constructor, constructArguments, constructor));
  Interpreter::Pin pinMade(engine.interpreter(), made);
  if (!made.isObject()) return engine.throwError(ErrorType::TypeError, "object is not an object");
  // Its indices, sparse ones included; the plain result is the built-in's, all data.
  for (const PropertyKey& key : ops::ownPropertyKeys(engine, plainResult.asCell())) {
    if (!key.isIndex) continue;
    Value v = ops::get(engine, plainResult, key);
    if (!ops::defineOwnProperty(engine, made.asCell(), key, PropertyDescriptor::data(v, kDefaultAttributes), true)) {
      return Value::exception();
    }
  }
  if (setLength &&
      !ops::set(engine, made, PropertyKey::fromAtom(engine.atoms().length), Value::number(length))) {
    return Value::exception();
  }
  return made;
}

}  // namespace reachable
