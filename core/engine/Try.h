#pragma once

#include "heap/Value.h"

// LibJS's TRY: `Value length = TRY(ops::get(engine, o, key));` evaluates a call that
// returns a Value and, when it threw (Value::exception(), with the error pending in
// the engine), returns that from the calling function at once; otherwise it is the
// value. For the built-ins, where nearly every step may throw. A statement
// expression (GCC and Clang); __extension__ keeps -Wpedantic quiet about it.
#define TRY(expression)                          \
  __extension__({                                \
    ::reachable::Value tryValue_ = (expression); \
    if (tryValue_.isException()) [[unlikely]]    \
      return tryValue_;                          \
    tryValue_;                                   \
  })
