#pragma once

#include "engine/Engine.h"
#include "engine/EventLoop.h"
#include "heap/JSObject.h"

namespace reachable {

// Node's Timeout, what setTimeout and setInterval return: an object (its prototype's
// constructor is named Timeout) that clearTimeout takes, that is `this` in the
// callback, and that converts to a number. A plain object whose hidden state is its
// `elements` vector, which property operations never read for a non-array (as the
// built-in iterators keep theirs); the collector traces it, so a Timeout keeps its
// callback and arguments alive after it fired, as Node's keeps `_onTimeout`.
enum TimeoutSlot : std::size_t {
  kTimeoutBrand,     // Timeout.prototype itself: marks the object as a Timeout
  kTimeoutId,        // the timer's id in the event loop, and the number it converts to
  kTimeoutDelay,     // milliseconds; -1 once cleared (refresh() then does nothing)
  kTimeoutRepeat,    // setInterval's
  kTimeoutRefed,     // false after unref()
  kTimeoutCallback,  // undefined once cleared, as Node nulls `_onTimeout`
  kTimeoutArguments  // the callback's arguments follow
};

// A Timeout for `timer`, which then holds it weakly.
Value newTimeout(Engine& engine, Timer& timer);
// The Timeout of a waiting timer: its own if it lives, else a new one like it.
Value timeoutOf(Engine& engine, Timer& timer);
// `v` as a Timeout, or nullptr when it is none.
JSObject* timeoutState(Engine& engine, Value v);

}  // namespace reachable
