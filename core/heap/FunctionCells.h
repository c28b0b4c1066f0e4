#pragma once

#include <string>
#include <vector>

#include "heap/JSObject.h"

namespace reachable {

// The compiled code of a function and the engine that runs built-ins belong to the
// engine; the heap only carries pointers to them.
struct FunctionCode;
struct NativeCall;
using NativeFunction = Value (*)(NativeCall& call);

// A context holds the variables that inner functions capture (V8's Context): its
// slots, its parent, and the names of the slots for display.
struct Context : HeapCell {
  Context(CellId parentContext, std::size_t slotCount, const std::vector<std::string>* names)
      : HeapCell(CellKind::Context),
        parent(parentContext),
        slots(slotCount, Value::uninitialized()),
        slotNames(names) {}
  CellId parent;
  std::vector<Value> slots;
  const std::vector<std::string>* slotNames;
};

// A function object: a closure over `context` running `code`, or a built-in. A
// closure keeps its whole context chain alive (PRODUCT.md, "Closures").
struct JSFunction : JSObject {
  explicit JSFunction(CellId prototype, const FunctionCode* c = nullptr, CellId closureContext = kNoCell)
      : JSObject(CellKind::Function, prototype), code(c), context(closureContext) {}
  const FunctionCode* code;
  NativeFunction native = nullptr;
  bool isConstructor = false;  // a built-in that `new` may call
  CellId context;
  // The object whose methods see it as `super`'s base.
  Value homeObject;
  // Values a built-in closes over (a bound function's target, this and arguments;
  // a promise resolver's promise).
  std::vector<Value> hostSlots;
};

}  // namespace reachable
