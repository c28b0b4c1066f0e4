#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "engine/Engine.h"

namespace reachable {

// A host function that a lesson only imagines (downloading an image): calling it
// allocates a new object of `returnsBytes`, labelled `returnsLabel`, returned at once
// or, when `async`, through a promise settled after `delayMs` of virtual time.
struct HostStub {
  std::string name;
  std::string returnsLabel;
  uint64_t returnsBytes = 0;
  bool async = false;
  uint64_t delayMs = 0;
};

// Makes host stubs global functions. Each call makes a new plain
// object, labelled with the stub's label and weighing its bytes in the heap's
// figures, and returns it at once or, for an async stub, through a promise
// fulfilled with it after the stub's delay on the virtual clock — as
// `new Promise((resolve) => setTimeout(resolve, delayMs, {}))` would.
void installHostStubs(Engine& engine, std::span<const HostStub> stubs);

}  // namespace reachable
