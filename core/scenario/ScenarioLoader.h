#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioError.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reachable {

// A scenario, or every error found in its file (syntax errors stop at the first).
struct LoadResult {
  std::optional<Scenario> scenario;
  std::vector<ScenarioError> errors;
};

// Reads a scenario file: JSON in the format of assets/scenario.schema.json, or a
// plain .js/.mjs program, which becomes a scenario titled with its file name.
LoadResult loadScenario(std::string_view fileName, std::string_view bytes);

// Printed after an error in a JSON scenario's program, whose lines and columns
// count from the program's own start: "FILE:LINE:COL: note: the program starts here".
std::string formatProgramStart(std::string_view fileName, const Scenario& scenario);

}  // namespace reachable
