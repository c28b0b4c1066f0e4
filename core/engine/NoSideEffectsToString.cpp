#include "engine/NoSideEffectsToString.h"

#include "engine/Builtins.h"
#include "engine/Bytecode.h"
#include "engine/Conversions.h"
#include "engine/ObjectOps.h"
#include "heap/FunctionCells.h"

namespace reachable {

namespace {

// V8's GetDataProperty: the value of a data property found along the prototype chain;
// undefined for an accessor, beyond a proxy, or when there is none.
Value dataProperty(Engine& engine, Value object, const PropertyKey& key) {
  CellId id = object.asCell();
  while (id != kNoCell) {
    const HeapCell& cell = engine.heap().get(id);
    if (cell.kind == CellKind::Proxy) return Value::undefined();
    auto own = ops::getOwnProperty(engine, id, key);
    if (engine.hasPendingException()) {
      engine.takePendingException();
      return Value::undefined();
    }
    if (own) return own->isAccessor() ? Value::undefined() : own->value.value_or(Value::undefined());
    id = static_cast<const JSObject&>(cell).proto;
  }
  return Value::undefined();
}

Value dataProperty(Engine& engine, Value object, Value atom) {
  return dataProperty(engine, object, ops::keyFromAtom(atom));
}

std::string textOr(Engine& engine, Value v, std::string fallback) {
  return v.isString() ? stringText(engine, v) : fallback;
}

bool isNative(Engine& engine, Value v, bool (*which)(const JSFunction&)) {
  return v.isObject() && engine.heap().get(v.asCell()).kind == CellKind::Function &&
         which(engine.heap().as<JSFunction>(v));
}

std::string functionSource(Engine& engine, Value function) {
  const auto& fn = engine.heap().as<JSFunction>(function);
  if (fn.code) return std::string(fn.code->sourceText);
  return "function " + textOr(engine, dataProperty(engine, function, engine.atoms().name), "") +
         "() { [native code] }";
}

// Error.prototype.toString's rule, on data properties alone.
std::string errorText(Engine& engine, Value error) {
  const std::string name = textOr(engine, dataProperty(engine, error, engine.atoms().name), "Error");
  const std::string message = textOr(engine, dataProperty(engine, error, engine.atoms().message), "");
  if (name.empty()) return message;
  if (message.empty()) return name;
  return name + ": " + message;
}

// What V8 calls an object's class when it has no @@toStringTag of its own.
std::string className(const HeapCell& cell) {
  switch (cell.kind) {
    case CellKind::Function: return "Function";
    case CellKind::Array: return "Array";
    case CellKind::Error: return "Error";
    case CellKind::Date: return "Date";
    case CellKind::RegExp: return "RegExp";
    default: return "Object";
  }
}

}  // namespace

std::string noSideEffectsToString(Engine& engine, Value v) {
  if (!v.isObject()) return toDisplayString(engine, v);
  const HeapCell& cell = engine.heap().get(v.asCell());
  if (cell.kind == CellKind::Function) return functionSource(engine, v);
  if (cell.kind == CellKind::Proxy) return "#<Object>";  // as V8 names any proxy here
  const Value toString = dataProperty(engine, v, engine.atoms().toString);
  if (cell.kind == CellKind::Error || isNative(engine, toString, isErrorPrototypeToString)) return errorText(engine, v);
  if (isNative(engine, toString, isObjectPrototypeToString)) {
    const Value constructor = dataProperty(engine, v, engine.atoms().constructor);
    if (constructor.isObject() && engine.heap().get(constructor.asCell()).kind == CellKind::Function) {
      const std::string name = textOr(engine, dataProperty(engine, constructor, engine.atoms().name), "");
      if (!name.empty()) return "#<" + name + ">";
    }
  }
  const Value tag = dataProperty(engine, v, PropertyKey::fromAtom(engine.realm().symbols.toStringTag));
  return "[object " + textOr(engine, tag, className(cell)) + "]";
}

}  // namespace reachable
