#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "heap/Value.h"

namespace reachable {

struct FunctionCode;

// One activation of a function, kept by the interpreter rather than on the C++
// stack: a call pushes one, a return pops it, and a run can stop between any two
// statements.
struct Frame {
  const FunctionCode* code = nullptr;
  std::size_t pc = 0;
  Value* base = nullptr;  // the first local; the operand stack lies above the locals
  Value callee;
  Value thisValue;
  Value newTarget;
  CellId context = kNoCell;
  std::vector<Value> extraArguments;  // arguments beyond the formal parameters
  std::uint32_t argumentCount = 0;    // how many the call passed (arguments.length)
  std::size_t handlerBase = 0;
  std::uint32_t statement = 0;  // the last statement begun, for messages
  bool entry = false;           // entered from C++: its return leaves the run loop
  Value* resultSlot = nullptr;  // where the caller expects the result
  Value asyncPromise;           // an async function's promise; undefined otherwise
  Value generator;              // the generator object a generator's body runs for; undefined otherwise
  bool construct = false;
  // Tells this activation apart from an earlier one at the same depth (the timeline
  // re-reads only frames that changed).
  std::uint64_t serial = 0;
  // The locals written since the timeline last read this frame, logged only while a
  // recording asks (Interpreter::logLocalWrites), so that a frame of 100,000
  // variables is re-read by what changed. A frame reused at the same depth may keep
  // an earlier activation's entries: its new serial has it read whole anyway.
  std::vector<std::uint32_t> localsWritten;
  bool tooManyLocalsWritten = false;  // past Interpreter::kLoggedLocalWrites
};

// The interpreter's call stack. A frame keeps its address while frames above it come
// and go (the run loop holds a pointer to its own while a getter or valueOf runs in a
// nested loop), and a frame once made is kept for the next call at its depth: a call
// costs no allocation, where a deque allocated and freed a block each time a call
// crossed one of its (three-frame) blocks.
class FrameStack {
 public:
  // A frame on top of the stack, as the last call at this depth left it: the caller
  // sets every field (a call does, and clearing them first would cost as much again).
  Frame& pushReused() {
    if (size_ == frames_.size()) frames_.push_back(std::make_unique<Frame>());
    return *frames_[size_++];
  }
  void pop_back() { --size_; }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Frame& operator[](std::size_t i) { return *frames_[i]; }
  const Frame& operator[](std::size_t i) const { return *frames_[i]; }
  Frame& back() { return *frames_[size_ - 1]; }
  const Frame& back() const { return *frames_[size_ - 1]; }
  const Frame& front() const { return *frames_[0]; }

 private:
  std::vector<std::unique_ptr<Frame>> frames_;
  std::size_t size_ = 0;
};

}  // namespace reachable
