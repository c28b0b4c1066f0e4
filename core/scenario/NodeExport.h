#pragma once

#include <string>

#include "scenario/Scenario.h"

namespace reachable {

// The scenario's program as a module Node runs
// (`node --expose-gc --single-threaded-gc --stack-trace-limit=0 FILE.mjs`) to
// print what Reachable prints: the program verbatim, then, on one line, the host
// functions Reachable has and Node lacks — `alert` and the scenario's stubs. They
// come after the program as function declarations, which are hoisted, so that the
// program's lines keep their numbers.
std::string exportForNode(const Scenario& scenario);

}  // namespace reachable
