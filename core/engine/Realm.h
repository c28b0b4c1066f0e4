#pragma once

#include <cstdint>

#include "heap/Value.h"

namespace reachable {

// The built-in objects every program starts with, by name.
enum class Intrinsic : std::uint8_t {
  GlobalObject,
  ObjectPrototype,
  FunctionPrototype,
  ArrayPrototype,
  StringPrototype,
  NumberPrototype,
  BooleanPrototype,
  SymbolPrototype,
  BigIntPrototype,
  ErrorPrototype,
  TypeErrorPrototype,
  RangeErrorPrototype,
  ReferenceErrorPrototype,
  SyntaxErrorPrototype,
  EvalErrorPrototype,
  URIErrorPrototype,
  AggregateErrorPrototype,
  IteratorPrototype,
  ArrayIteratorPrototype,
  MapIteratorPrototype,
  SetIteratorPrototype,
  StringIteratorPrototype,
  MapPrototype,
  SetPrototype,
  WeakMapPrototype,
  WeakSetPrototype,
  WeakRefPrototype,
  FinalizationRegistryPrototype,
  PromisePrototype,
  AsyncFunctionPrototype,
  GeneratorFunctionPrototype,  // %GeneratorFunction.prototype%: generator functions inherit from it
  GeneratorPrototype,          // %GeneratorPrototype%: generator objects inherit from it
  AsyncIteratorPrototype,      // %AsyncIteratorPrototype%: its [Symbol.asyncIterator]() returns this
  AsyncGeneratorFunctionPrototype,
  AsyncGeneratorPrototype,
  TimeoutPrototype,
  RegExpPrototype,
  RegExpStringIteratorPrototype,
  // %RegExp% itself, which RegExp's species lookups fall back on.
  RegExpConstructor,
  DatePrototype,
  // DOMException.prototype: DOMExceptions are Errors whose prototype inherits Error's.
  DOMExceptionPrototype,
  // The global eval as installed: `eval(src)` is a direct eval only when it calls this.
  Eval,
  // Function.prototype[Symbol.hasInstance]: `instanceof` finding it asks
  // OrdinaryHasInstance at once instead of calling it.
  FunctionHasInstance,
  Count,
};

enum class ErrorType : std::uint8_t {
  Error,
  TypeError,
  RangeError,
  ReferenceError,
  SyntaxError,
  EvalError,
  URIError,
  AggregateError,
};

struct WellKnownSymbols {
  Value iterator, asyncIterator, hasInstance, toPrimitive, toStringTag, isConcatSpreadable, species, unscopables;
  Value match, matchAll, replace, search, split;
};

struct Realm {
  CellId intrinsics[static_cast<std::size_t>(Intrinsic::Count)] = {};
  WellKnownSymbols symbols;

  CellId operator[](Intrinsic i) const { return intrinsics[static_cast<std::size_t>(i)]; }
  CellId& operator[](Intrinsic i) { return intrinsics[static_cast<std::size_t>(i)]; }
  static Intrinsic prototypeOf(ErrorType type) {
    return static_cast<Intrinsic>(static_cast<std::size_t>(Intrinsic::ErrorPrototype) + static_cast<std::size_t>(type));
  }
};

}  // namespace reachable
