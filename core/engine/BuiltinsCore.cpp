// Object, Function, the Error family and the global functions.
#include <cmath>

#include "engine/BigInts.h"
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/DynamicFunction.h"
#include "engine/Interpreter.h"
#include "engine/Iteration.h"
#include "engine/ObjectOps.h"
#include "engine/Operators.h"
#include "engine/ProxyObjects.h"
#include "engine/Try.h"
#include "format/StringToNumber.h"

namespace reachable {

namespace {

Value receiverObject(NativeCall& call) { return toObject(call.engine, call.thisValue); }

// --- Object ---

Value objectConstructor(NativeCall& call) {
  Value v = call.arg(0);
  if (v.isNullish()) return call.engine.newObject();
  return toObject(call.engine, v);
}

// A proxy's tag: "Array" for a proxy of an array, "Function" for a callable one.
bool builtinTagOfProxy(Engine& engine, Value object, std::string& tag) {
  if (!proxy::asProxy(engine, object)) return true;
  if (proxy::asProxy(engine, object)->revoked()) {
    engine.throwError(ErrorType::TypeError,
                      "Cannot perform 'Object.prototype.toString' on a proxy that has been revoked");
    return false;
  }
  if (engine.isCallable(object)) tag = "Function";
  if (ops::isArray(engine, object).value_or(false)) tag = "Array";
  return true;
}

Value objectPrototypeToString(NativeCall& call) {
  Engine& engine = call.engine;
  Value v = call.thisValue;
  if (v.isUndefined()) return engine.intern("[object Undefined]");
  if (v.isNull()) return engine.intern("[object Null]");
  Value object = TRY(toObject(engine, v));
  std::string builtinTag = "Object";
  if (!builtinTagOfProxy(engine, object, builtinTag)) return Value::exception();
  switch (engine.heap().get(object.asCell()).kind) {
    case CellKind::Array: builtinTag = "Array"; break;
    case CellKind::Function: builtinTag = "Function"; break;
    case CellKind::Error: builtinTag = "Error"; break;
    case CellKind::RegExp: builtinTag = "RegExp"; break;
    case CellKind::Date: builtinTag = "Date"; break;
    case CellKind::PrimitiveWrapper: {
      // [[BooleanData]], [[NumberData]], [[StringData]]; a Symbol's tag comes from
      // Symbol.prototype[Symbol.toStringTag] below.
      Value primitive = engine.heap().as<PrimitiveWrapperObject>(object).primitive;
      if (primitive.isBoolean()) builtinTag = "Boolean";
      if (primitive.isNumber()) builtinTag = "Number";
      if (primitive.isString()) builtinTag = "String";
      break;
    }
    default:
      if (engine.heap().as<JSObject>(object).isArguments) builtinTag = "Arguments";
      break;
  }
  Value tag = TRY(ops::get(engine, object, PropertyKey::fromAtom(engine.realm().symbols.toStringTag)));
  if (tag.isString()) builtinTag = stringText(engine, tag);
  return engine.newString("[object " + builtinTag + "]");
}

Value objectPrototypeValueOf(NativeCall& call) { return receiverObject(call); }

// Invoke(this, "toString"): what the locale-sensitive conversions of the other
// built-ins fall back on.
Value objectPrototypeToLocaleString(NativeCall& call) {
  Engine& engine = call.engine;
  Value method = TRY(ops::get(engine, call.thisValue, PropertyKey::fromAtom(engine.atoms().toString)));
  if (!engine.isCallable(method)) return throwNotAFunction(engine, method);
  return engine.call(method, call.thisValue, {});
}

Value objectPrototypeHasOwnProperty(NativeCall& call) {
  auto key = ops::toPropertyKey(call.engine, call.arg(0));
  if (!key) return Value::exception();
  Value object = TRY(receiverObject(call));
  return Value::boolean(ops::hasOwnProperty(call.engine, object.asCell(), *key));
}

Value objectPrototypePropertyIsEnumerable(NativeCall& call) {
  auto key = ops::toPropertyKey(call.engine, call.arg(0));
  if (!key) return Value::exception();
  Value object = TRY(receiverObject(call));
  auto own = ops::getOwnProperty(call.engine, object.asCell(), *key);
  if (call.engine.hasPendingException()) return Value::exception();
  return Value::boolean(own && own->enumerable.value_or(false));
}

Value objectGetPrototypeOf(NativeCall& call) {
  Value object = TRY(toObject(call.engine, call.arg(0)));
  return ops::getPrototypeOf(call.engine, object.asCell());
}

// Object.keys, values and entries: own enumerable string keys in property order.
template <int kWhat>
Value objectEnumerate(NativeCall& call) {
  Engine& engine = call.engine;
  Value object = TRY(toObject(engine, call.arg(0)));
  Interpreter::Pin pin(engine.interpreter(), object);
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  auto keys = ops::ownPropertyKeys(engine, object.asCell());
  if (engine.hasPendingException()) return Value::exception();
  for (const auto& key : keys) {
    Value keyValue = ops::keyToValue(engine, key);
    if (keyValue.isSymbol()) continue;
    auto own = ops::getOwnProperty(engine, object.asCell(), key);
    if (engine.hasPendingException()) return Value::exception();
    if (!own || !own->enumerable.value_or(false)) continue;
    Value item = keyValue;
    if (kWhat != 0) {
      Value value = TRY(ops::get(engine, object, key));
      item = kWhat == 1 ? value : engine.newArray({keyValue, value});
    }
    auto& array = engine.heap().as<JSObject>(result);
    engine.heap().noteElementsFrom(array, static_cast<std::uint32_t>(array.elements.size()));
    array.elements.push_back(item);
    engine.heap().reaccount(array);
  }
  return result;
}

Value objectAssign(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = TRY(toObject(engine, call.arg(0)));
  for (std::size_t i = 1; i < call.args.size(); ++i) {
    Value source = call.args[i];
    if (source.isNullish()) continue;
    Value from = toObject(engine, source);
    Interpreter::Pin pin(engine.interpreter(), from);
    auto keys = ops::ownPropertyKeys(engine, from.asCell());
    if (engine.hasPendingException()) return Value::exception();
    for (const auto& key : keys) {
      auto own = ops::getOwnProperty(engine, from.asCell(), key);
      if (engine.hasPendingException()) return Value::exception();
      if (!own || !own->enumerable.value_or(false)) continue;
      Value value = ops::get(engine, from, key);
      if (value.isException() || !ops::set(engine, target, key, value)) return Value::exception();
    }
  }
  return target;
}

// --- Function ---

Value functionPrototype(NativeCall&) { return Value::undefined(); }

Value functionPrototypeCall(NativeCall& call) {
  auto rest = call.args.empty() ? call.args : call.args.subspan(1);
  return call.engine.call(call.thisValue, call.arg(0), rest);
}

Value functionPrototypeApply(NativeCall& call) {
  Engine& engine = call.engine;
  Value list = call.arg(1);
  if (list.isNullish()) return engine.call(call.thisValue, call.arg(0), {});
  auto args = listFromArrayLike(engine, list);
  if (!args) return Value::exception();
  return engine.call(call.thisValue, call.arg(0), *args);
}

Value boundFunction(NativeCall& call);

bool isBound(Engine& engine, Value v) {
  return v.isObject() && engine.heap().get(v.asCell()).kind == CellKind::Function &&
         engine.heap().as<JSFunction>(v).native == boundFunction;
}

// A bound function of a bound function calls the innermost target at once, with
// every level's arguments, innermost first, and the innermost level's `this`: the
// outer levels' `this` is ignored anyway. A chain of 100,000 binds is then one call
// deep, as in V8, rather than a native recursion per level.
Value boundFunction(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = call.callee;
  Value thisValue = Value::undefined();
  Value newTarget = call.newTarget;
  std::vector<Value> args(call.args.begin(), call.args.end());
  while (isBound(engine, target)) {
    const auto& slots = engine.heap().as<JSFunction>(target).hostSlots;
    args.insert(args.begin(), slots.begin() + 2, slots.end());
    if (newTarget == target) newTarget = slots[0];
    thisValue = slots[1];
    target = slots[0];
  }
  if (call.isConstruct()) return engine.construct(target, args, newTarget);
  return engine.call(target, thisValue, args);
}

Value functionPrototypeBind(NativeCall& call) {
  Engine& engine = call.engine;
  Value target = call.thisValue;
  if (!engine.isCallable(target)) return engine.throwError(ErrorType::TypeError, "Bind must be called on a function");
  Value name = TRY(ops::get(engine, target, PropertyKey::fromAtom(engine.atoms().name)));
  Value length = TRY(ops::get(engine, target, PropertyKey::fromAtom(engine.atoms().length)));
  double bound = length.isNumber()
                     ? std::max(0.0, toIntegerOrInfinity(engine, length) -
                                         static_cast<double>(call.args.empty() ? 0 : call.args.size() - 1))
                     : 0;
  Value fn = engine.newNativeFunction(boundFunction, "", static_cast<std::uint32_t>(bound),
                                      engine.heap().as<JSObject>(target).proto);
  // The name is a concatenation, as in V8: a chain of binds then makes each longer name
  // without copying the one before (and no interned string, which would live for ever).
  Value boundName = engine.intern("bound ");
  if (name.isString()) boundName = TRY(concatStrings(engine, boundName, name));
  auto& function = engine.heap().as<JSFunction>(fn);
  function.properties.setValue(static_cast<std::uint32_t>(function.properties.find(engine.atoms().name)), boundName);
  function.isConstructor = engine.isConstructor(target);
  function.hostSlots = {target, call.arg(0)};
  for (std::size_t i = 1; i < call.args.size(); ++i) function.hostSlots.push_back(call.args[i]);
  return fn;
}

// Function(…) and AsyncFunction(…), called or constructed alike.
template <DynamicFunctionKind kKind>
Value functionConstructor(NativeCall& call) {
  return createDynamicFunction(call.engine, call.args, kKind);
}

Value functionPrototypeHasInstance(NativeCall& call) {
  return ordinaryHasInstance(call.engine, call.thisValue, call.arg(0));
}

Value functionPrototypeToString(NativeCall& call) {
  Engine& engine = call.engine;
  if (!engine.isCallable(call.thisValue)) {
    return engine.throwError(ErrorType::TypeError, "Function.prototype.toString requires that 'this' be a Function");
  }
  const auto& fn = engine.heap().as<JSFunction>(call.thisValue);
  if (fn.code) return engine.newString(fn.code->sourceText);
  Value name = TRY(ops::get(engine, call.thisValue, PropertyKey::fromAtom(engine.atoms().name)));
  return engine.newString("function " + (name.isString() ? stringText(engine, name) : std::string()) +
                          "() { [native code] }");
}

// --- Errors ---

// AggregateError(errors, message, options): the message comes second.
template <ErrorType kType>
Value errorConstructor(NativeCall& call);

Value aggregateErrorConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  Value args[] = {call.arg(1), call.arg(2)};
  NativeCall inner{engine, call.callee, call.thisValue, args, call.isConstruct() ? call.newTarget : call.callee};
  Value error = TRY(errorConstructor<ErrorType::AggregateError>(inner));
  Interpreter::Pin pin(engine.interpreter(), error);
  Value errors = engine.newArray();
  Interpreter::Pin pinErrors(engine.interpreter(), errors);
  if (!appendIterated(engine, errors, call.arg(0))) return Value::exception();
  defineValue(engine, error.asCell(), "errors", errors);
  return error;
}

template <ErrorType kType>
Value errorConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  Value newTarget = call.isConstruct() ? call.newTarget : call.callee;
  Value prototype = TRY(ops::get(engine, newTarget, PropertyKey::fromAtom(engine.atoms().prototype)));
  Value message = call.arg(0);
  std::string text;
  if (!message.isUndefined()) {
    Value s = TRY(toString(engine, message));
    text = stringText(engine, s);
  }
  Value error = engine.newError(kType, text);
  auto& object = engine.heap().as<JSObject>(error);
  if (prototype.isObject()) object.proto = prototype.asCell();
  if (message.isUndefined()) ops::deleteProperty(engine, error.asCell(), PropertyKey::fromAtom(engine.atoms().message));
  Value options = call.arg(1);
  if (options.isObject() && ops::hasProperty(engine, options.asCell(), PropertyKey::fromAtom(engine.atoms().cause))) {
    Value cause = TRY(ops::get(engine, options, PropertyKey::fromAtom(engine.atoms().cause)));
    defineValue(engine, error.asCell(), "cause", cause);
  }
  return error;
}

Value errorPrototypeToString(NativeCall& call) {
  Engine& engine = call.engine;
  if (!call.thisValue.isObject()) {
    return engine.throwError(ErrorType::TypeError, "Error.prototype.toString requires that 'this' be an Object");
  }
  Value name = TRY(ops::get(engine, call.thisValue, PropertyKey::fromAtom(engine.atoms().name)));
  Value message = TRY(ops::get(engine, call.thisValue, PropertyKey::fromAtom(engine.atoms().message)));
  std::string n = name.isUndefined() ? "Error" : stringText(engine, toString(engine, name));
  std::string m = message.isUndefined() ? "" : stringText(engine, toString(engine, message));
  if (n.empty()) return engine.newString(m);
  if (m.empty()) return engine.newString(n);
  return engine.newString(n + ": " + m);
}

// V8's Error.captureStackTrace(object): an own `stack` on any object, its header only
// under the reference command's --stack-trace-limit=0 ("Name: message", as
// Error.prototype.toString reads it at the time of the call).
Value errorCaptureStackTrace(NativeCall& call) {
  Engine& engine = call.engine;
  Value object = call.arg(0);
  if (!object.isObject()) return engine.throwError(ErrorType::TypeError, "invalid_argument");
  NativeCall asThis{engine, call.callee, object, {}, Value::undefined()};
  Value header = TRY(errorPrototypeToString(asThis));
  if (!ops::defineOwnProperty(engine, object.asCell(), PropertyKey::fromAtom(engine.atoms().stack),
                              PropertyDescriptor::data(header, kWritable | kConfigurable), true))
    return Value::exception();
  return Value::undefined();
}

// --- Globals ---

// A collection's work grows with the heap: it counts a step per 4 cells it looked at
// (tracing a cell costs about what a statement does), so that `for (;;) gc();` meets
// the step budget in seconds, not in minutes.
Value globalGc(NativeCall& call) {
  constexpr std::size_t kCellsPerStep = 4;
  CollectionResult result = call.engine.collectGarbage(CollectionReason::Explicit);
  if (!call.engine.interpreter().countIteration(result.cellsBefore / kCellsPerStep)) return Value::exception();
  return Value::undefined();
}

Value globalParseFloat(NativeCall& call) {
  Value s = TRY(toString(call.engine, call.arg(0)));
  return Value::number(parseFloat(call.engine.heap().text(s)));
}

Value globalIsNaN(NativeCall& call) {
  double d = toNumber(call.engine, call.arg(0));
  if (call.engine.hasPendingException()) return Value::exception();
  return Value::boolean(std::isnan(d));
}

// `new String(…)` and its siblings box the primitive a plain call returns, with the
// prototype of newTarget (so that subclasses work).
Value boxIfConstructing(NativeCall& call, Value primitive, Intrinsic fallback) {
  if (primitive.isException() || !call.isConstruct()) return primitive;
  Engine& engine = call.engine;
  Value prototype = TRY(ops::get(engine, call.newTarget, PropertyKey::fromAtom(engine.atoms().prototype)));
  CellId proto = prototype.isObject() ? prototype.asCell() : engine.intrinsic(fallback);
  return Value::object(engine.heap().make<PrimitiveWrapperObject>(proto, primitive).id);
}

Value stringConstructor(NativeCall& call) {
  Value v = call.args.empty() ? call.engine.atoms().empty : call.args[0];
  Value primitive = v.isSymbol() && !call.isConstruct() ? call.engine.newString(toDisplayString(call.engine, v))
                                                        : toString(call.engine, v);
  return boxIfConstructing(call, primitive, Intrinsic::StringPrototype);
}

Value numberConstructor(NativeCall& call) {
  Value numeric = call.args.empty() ? Value::number(0) : TRY(toNumeric(call.engine, call.args[0]));
  // Number(big) converts explicitly, where arithmetic would refuse to mix.
  double d = numeric.isBigInt() ? bigintToNumber(bigintValue(call.engine, numeric)) : numeric.asNumber();
  return boxIfConstructing(call, Value::number(d), Intrinsic::NumberPrototype);
}

Value booleanConstructor(NativeCall& call) {
  return boxIfConstructing(call, Value::boolean(toBoolean(call.engine, call.arg(0))), Intrinsic::BooleanPrototype);
}

}  // namespace

bool isBoundFunction(const JSFunction& fn) { return fn.native == boundFunction; }
bool isObjectPrototypeToString(const JSFunction& fn) { return fn.native == objectPrototypeToString; }
bool isErrorPrototypeToString(const JSFunction& fn) { return fn.native == errorPrototypeToString; }

void installObjectBuiltins(Engine& engine) {
  CellId prototype = engine.intrinsic(Intrinsic::ObjectPrototype);
  Value object = defineConstructor(engine, "Object", objectConstructor, 1, prototype);
  defineMethod(engine, prototype, "toString", objectPrototypeToString, 0);
  defineMethod(engine, prototype, "toLocaleString", objectPrototypeToLocaleString, 0);
  defineMethod(engine, prototype, "valueOf", objectPrototypeValueOf, 0);
  defineMethod(engine, prototype, "hasOwnProperty", objectPrototypeHasOwnProperty, 1);
  defineMethod(engine, prototype, "propertyIsEnumerable", objectPrototypePropertyIsEnumerable, 1);
  CellId o = object.asCell();
  defineMethod(engine, o, "getPrototypeOf", objectGetPrototypeOf, 1);
  defineMethod(engine, o, "keys", objectEnumerate<0>, 1);
  defineMethod(engine, o, "values", objectEnumerate<1>, 1);
  defineMethod(engine, o, "entries", objectEnumerate<2>, 1);
  defineMethod(engine, o, "assign", objectAssign, 2);
}

void installFunctionBuiltins(Engine& engine) {
  CellId prototype = engine.intrinsic(Intrinsic::FunctionPrototype);
  auto& fn = engine.heap().as<JSFunction>(prototype);
  fn.native = functionPrototype;
  defineValue(engine, prototype, "length", Value::number(0), kConfigurable);
  defineValue(engine, prototype, "name", engine.atoms().empty, kConfigurable);
  defineMethod(engine, prototype, "call", functionPrototypeCall, 1);
  defineMethod(engine, prototype, "apply", functionPrototypeApply, 2);
  defineMethod(engine, prototype, "bind", functionPrototypeBind, 1);
  defineMethod(engine, prototype, "toString", functionPrototypeToString, 0);
  // Neither writable nor configurable, so that no program can make instanceof lie.
  Value hasInstance = engine.newNativeFunction(functionPrototypeHasInstance, "[Symbol.hasInstance]", 1);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(engine.realm().symbols.hasInstance),
                         PropertyDescriptor::data(hasInstance, 0), false);
  engine.realm()[Intrinsic::FunctionHasInstance] = hasInstance.asCell();
  Value function = defineConstructor(engine, "Function", functionConstructor<DynamicFunctionKind::Normal>, 1, prototype);
  CellId asyncPrototype = engine.intrinsic(Intrinsic::AsyncFunctionPrototype);
  Value asyncFunction = defineConstructor(engine, "AsyncFunction", functionConstructor<DynamicFunctionKind::Async>, 1, asyncPrototype, false);
  engine.heap().as<JSObject>(asyncFunction).proto = function.asCell();
  ops::defineOwnProperty(engine, asyncPrototype, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("AsyncFunction"), kConfigurable), false);
}

void installErrorBuiltins(Engine& engine) {
  struct Kind {
    ErrorType type;
    std::string_view name;
    NativeFunction constructor;
  };
  const Kind kinds[] = {
      {ErrorType::Error, "Error", errorConstructor<ErrorType::Error>},
      {ErrorType::TypeError, "TypeError", errorConstructor<ErrorType::TypeError>},
      {ErrorType::RangeError, "RangeError", errorConstructor<ErrorType::RangeError>},
      {ErrorType::ReferenceError, "ReferenceError", errorConstructor<ErrorType::ReferenceError>},
      {ErrorType::SyntaxError, "SyntaxError", errorConstructor<ErrorType::SyntaxError>},
      {ErrorType::EvalError, "EvalError", errorConstructor<ErrorType::EvalError>},
      {ErrorType::URIError, "URIError", errorConstructor<ErrorType::URIError>},
      {ErrorType::AggregateError, "AggregateError", aggregateErrorConstructor},
  };
  Value base;
  for (const auto& kind : kinds) {
    CellId prototype = engine.intrinsic(Realm::prototypeOf(kind.type));
    std::uint32_t length = kind.type == ErrorType::AggregateError ? 2 : 1;
    Value constructor = defineConstructor(engine, kind.name, kind.constructor, length, prototype);
    defineValue(engine, prototype, "name", engine.intern(kind.name));
    defineValue(engine, prototype, "message", engine.atoms().empty);
    if (kind.type == ErrorType::Error) {
      base = constructor;
      defineMethod(engine, prototype, "toString", errorPrototypeToString, 0);
      defineMethod(engine, constructor.asCell(), "captureStackTrace", errorCaptureStackTrace, 2);
      defineValue(engine, constructor.asCell(), "stackTraceLimit", Value::number(0), kDefaultAttributes);
    } else {
      engine.heap().as<JSObject>(constructor).proto = base.asCell();
    }
  }
}

void installGlobalBuiltins(Engine& engine) {
  CellId global = engine.intrinsic(Intrinsic::GlobalObject);
  defineValue(engine, global, "globalThis", Value::object(global));
  defineValue(engine, global, "undefined", Value::undefined(), 0);
  defineValue(engine, global, "NaN", Value::number(std::nan("")), 0);
  defineValue(engine, global, "Infinity", Value::number(INFINITY), 0);
  defineMethod(engine, global, "gc", globalGc, 0);
  defineMethod(engine, global, "parseFloat", globalParseFloat, 1);
  defineMethod(engine, global, "isNaN", globalIsNaN, 1);
  defineConstructor(engine, "String", stringConstructor, 1, engine.intrinsic(Intrinsic::StringPrototype));
  defineConstructor(engine, "Number", numberConstructor, 1, engine.intrinsic(Intrinsic::NumberPrototype));
  defineConstructor(engine, "Boolean", booleanConstructor, 1, engine.intrinsic(Intrinsic::BooleanPrototype));
}

}  // namespace reachable
