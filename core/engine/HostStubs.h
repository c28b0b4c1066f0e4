#pragma once

#include <span>

#include "engine/Engine.h"
#include "scenario/Scenario.h"

namespace reachable {

// Makes a scenario's host stubs global functions. Each call makes a new plain
// object, labelled with the stub's label and weighing its bytes in the heap's
// figures, and returns it at once or, for an async stub, through a promise
// fulfilled with it after the stub's delay on the virtual clock — as
// `new Promise((resolve) => setTimeout(resolve, delayMs, {}))` would.
void installHostStubs(Engine& engine, std::span<const HostStub> stubs);

}  // namespace reachable
