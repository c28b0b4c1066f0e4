#pragma once

#include <cstdint>
#include <vector>

#include "heap/JSObject.h"

namespace reachable {

enum class PromiseState : std::uint8_t { Pending, Fulfilled, Rejected };

// A reaction waiting on a pending promise: what `then` (or an `await`) registered.
struct PromiseReaction {
  Value onFulfilled;
  Value onRejected;
  // The promise (or parked async frame) that the handler's result settles.
  Value derived;
};

struct PromiseObject : JSObject {
  explicit PromiseObject(CellId prototype) : JSObject(CellKind::Promise, prototype) {}
  PromiseState state = PromiseState::Pending;
  Value result;
  std::vector<PromiseReaction> reactions;
  bool handled = false;
};

}  // namespace reachable
