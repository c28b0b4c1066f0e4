#include "engine/Builtins.h"

#include "engine/ObjectOps.h"

namespace reachable {

void installBuiltins(Engine& engine) {
  installObjectBuiltins(engine);
  installFunctionBuiltins(engine);
  installErrorBuiltins(engine);
  installGlobalBuiltins(engine);
  installConsoleBuiltins(engine);
}

Value defineMethod(Engine& engine, CellId target, Value key, std::string_view name, NativeFunction fn,
                   std::uint32_t length) {
  Value function = engine.newNativeFunction(fn, name, length);
  ops::defineOwnProperty(engine, target, PropertyKey::fromAtom(key),
                         PropertyDescriptor::data(function, kWritable | kConfigurable), false);
  return function;
}

Value defineMethod(Engine& engine, CellId target, std::string_view name, NativeFunction fn, std::uint32_t length) {
  return defineMethod(engine, target, engine.intern(name), name, fn, length);
}

void defineValue(Engine& engine, CellId target, std::string_view name, Value value, std::uint8_t attributes) {
  ops::defineOwnProperty(engine, target, PropertyKey::fromAtom(engine.intern(name)),
                         PropertyDescriptor::data(value, attributes), false);
}

void defineGetter(Engine& engine, CellId target, Value key, std::string_view name, NativeFunction fn) {
  PropertyDescriptor d;
  d.getter = engine.newNativeFunction(fn, "get " + std::string(name), 0);
  d.setter = Value::undefined();
  d.enumerable = false;
  d.configurable = true;
  ops::defineOwnProperty(engine, target, PropertyKey::fromAtom(key), d, false);
}

Value defineConstructor(Engine& engine, std::string_view name, NativeFunction fn, std::uint32_t length,
                        CellId prototype) {
  Value constructor = engine.newNativeFunction(fn, name, length);
  engine.heap().as<JSFunction>(constructor).isConstructor = true;
  ops::defineOwnProperty(engine, constructor.asCell(), PropertyKey::fromAtom(engine.atoms().prototype),
                         PropertyDescriptor::data(Value::object(prototype), 0), false);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(engine.atoms().constructor),
                         PropertyDescriptor::data(constructor, kWritable | kConfigurable), false);
  defineValue(engine, engine.intrinsic(Intrinsic::GlobalObject), name, constructor);
  return constructor;
}

}  // namespace reachable
