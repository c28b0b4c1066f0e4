#pragma once

#include <cstdint>
#include <vector>

#include "heap/HeapCell.h"

namespace reachable {

struct FunctionCode;

// A try handler of a parked frame: where to go, how deep its operand stack was, and
// the context to restore.
struct SavedHandler {
  std::uint32_t pc;
  std::uint32_t stackDepth;
  CellId context;
};

// An async function suspended at an `await`: its frame, moved off the interpreter's
// stack into the heap. Nothing roots it but the reaction of the promise it awaits,
// so when nothing can settle that promise, the frame and its locals are garbage
// (PRODUCT.md, "A suspended async function is not a root").
struct AsyncFrame : HeapCell {
  AsyncFrame() : HeapCell(CellKind::AsyncFrame) {}
  const FunctionCode* code = nullptr;
  std::uint32_t pc = 0;
  std::uint32_t statement = 0;
  std::vector<Value> values;  // the locals, then the operand stack
  Value callee;
  Value thisValue;
  Value newTarget;
  CellId context = kNoCell;
  std::vector<Value> extraArguments;
  std::vector<SavedHandler> handlers;
  Value promise;  // the promise the async function returned to its caller
  Value generator;  // the async generator whose body awaits here, if it is one
  // Running again: the frame is back on the stack, and this cell, emptied, is garbage.
  bool resumed = false;
};

}  // namespace reachable
