// Symbol, its registry (Symbol.for / Symbol.keyFor) and Symbol.prototype (ECMA-262 §20.4).
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"

namespace reachable {

namespace {

Value symbolConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  if (call.isConstruct()) return engine.throwError(ErrorType::TypeError, "Symbol is not a constructor");
  Value description = Value::undefined();
  if (!call.arg(0).isUndefined()) {
    description = TRY(toString(engine, call.arg(0)));
  }
  return engine.heap().newSymbol(description);
}

Value symbolFor(NativeCall& call) {
  Value key = TRY(toString(call.engine, call.arg(0)));
  return call.engine.heap().registeredSymbol(key);
}

Value symbolKeyFor(NativeCall& call) {
  Engine& engine = call.engine;
  Value v = call.arg(0);
  if (!v.isSymbol()) return engine.throwError(ErrorType::TypeError, toDisplayString(engine, v) + " is not a symbol");
  const auto& symbol = engine.heap().as<SymbolCell>(v);
  return symbol.registered ? symbol.description : Value::undefined();
}

// thisSymbolValue: a symbol, or the symbol a Symbol object wraps.
Value thisSymbol(NativeCall& call, std::string_view method) {
  auto value = primitiveValue(call.engine, call.thisValue);
  if (value && value->isSymbol()) return *value;
  return call.engine.throwError(ErrorType::TypeError,
                                "Symbol.prototype" + std::string(method) + " requires that 'this' be a Symbol");
}

Value symbolToString(NativeCall& call) {
  Value symbol = TRY(thisSymbol(call, ".toString"));
  return call.engine.newString(toDisplayString(call.engine, symbol));
}

Value symbolValueOf(NativeCall& call) { return thisSymbol(call, ".valueOf"); }

Value symbolToPrimitive(NativeCall& call) { return thisSymbol(call, " [ @@toPrimitive ]"); }

Value symbolDescription(NativeCall& call) {
  Value symbol = TRY(thisSymbol(call, ".description"));
  return call.engine.heap().as<SymbolCell>(symbol).description;
}

}  // namespace

void installSymbolBuiltins(Engine& engine) {
  CellId prototype = engine.intrinsic(Intrinsic::SymbolPrototype);
  Value symbol = defineConstructor(engine, "Symbol", symbolConstructor, 0, prototype);
  CellId s = symbol.asCell();
  defineMethod(engine, s, "for", symbolFor, 1);
  defineMethod(engine, s, "keyFor", symbolKeyFor, 1);
  const auto& known = engine.realm().symbols;
  struct WellKnown {
    std::string_view name;
    Value symbol;
  };
  auto made = [&](std::string_view name) {
    return engine.heap().newSymbol(engine.intern("Symbol." + std::string(name)));
  };
  // The ones the engine itself consults live in the realm; the others (used by
  // explicit resource management) are made here and kept alive by the Symbol
  // constructor's properties.
  const WellKnown wellKnown[] = {
      {"asyncIterator", known.asyncIterator},
      {"hasInstance", known.hasInstance},
      {"isConcatSpreadable", known.isConcatSpreadable},
      {"iterator", known.iterator},
      {"match", known.match},
      {"matchAll", known.matchAll},
      {"replace", known.replace},
      {"search", known.search},
      {"species", known.species},
      {"split", known.split},
      {"toPrimitive", known.toPrimitive},
      {"toStringTag", known.toStringTag},
      {"unscopables", known.unscopables},
      {"dispose", made("dispose")},
      {"asyncDispose", made("asyncDispose")},
  };
  for (const auto& w : wellKnown) defineValue(engine, s, w.name, w.symbol, 0);

  defineMethod(engine, prototype, "toString", symbolToString, 0);
  defineMethod(engine, prototype, "valueOf", symbolValueOf, 0);
  defineGetter(engine, prototype, engine.intern("description"), "description", symbolDescription);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(known.toStringTag),
                         PropertyDescriptor::data(engine.intern("Symbol"), kConfigurable), false);
  Value toPrimitive = engine.newNativeFunction(symbolToPrimitive, "[Symbol.toPrimitive]", 1);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(known.toPrimitive),
                         PropertyDescriptor::data(toPrimitive, kConfigurable), false);
}

}  // namespace reachable
