#pragma once

#include <vector>

#include "engine/AllocationSites.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioError.h"

namespace reachable {

// The narration entries waiting for an event (collected, callback, cleared) that
// never befell what their line allocated in a run, each as a warning at the entry's
// place in the scenario file: their text would never be shown. The run must have
// tracked allocation sites.
std::vector<ScenarioError> unmetNarration(const Scenario& scenario, const AllocationSites& sites);

}  // namespace reachable
