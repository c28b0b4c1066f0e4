#pragma once

#include "engine/Engine.h"
#include "scenario/Scenario.h"

namespace reachable {

// Makes the host functions the scenario declares global functions of the engine
// (installHostStubs), before its program runs.
void installScenarioStubs(Engine& engine, const Scenario& scenario);

}  // namespace reachable
