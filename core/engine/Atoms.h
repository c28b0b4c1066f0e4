#pragma once

#include "heap/Heap.h"

namespace reachable {

// Interned names the engine looks up often, made once per heap.
#define REACHABLE_ATOMS(X)                                                                                            \
  X(length)                                                                                                           \
  X(prototype)                                                                                                        \
  X(constructor) X(name) X(message) X(toString) X(valueOf) X(next) X(done) X(value) X(get) X(set) X(writable)         \
      X(enumerable) X(configurable) X(cause) X(errors) X(stack) X(then) X(callee) X(anonymous) X(default_, "default") \
          X(empty, "") X(undefined) X(null_, "null") X(object) X(function) X(number) X(string) X(boolean) X(symbol)   \
              X(bigint) X(true_, "true") X(false_, "false") X(NaN) X(Infinity) X(negativeInfinity, "-Infinity")       \
                  X(zero, "0") X(join) X(size) X(description) X(globalThis) X(index) X(input) X(groups) X(arguments)  \
                      X(caller) X(toJSON) X(raw) X(return_, "return") X(throw_, "throw")

struct Atoms {
#define REACHABLE_ATOM_FIELD(field, ...) Value field;
  REACHABLE_ATOMS(REACHABLE_ATOM_FIELD)
#undef REACHABLE_ATOM_FIELD

  explicit Atoms(Heap& heap);
};

}  // namespace reachable
