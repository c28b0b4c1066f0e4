#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace reachable {

// One refusal of a scenario file, at a place in that file (lines from 1,
// columns counting code points from 1).
struct ScenarioError {
  uint32_t line = 1;
  uint32_t column = 1;
  std::string message;
};

// FILE:LINE:COL: SEVERITY: message, the form editors and compilers use.
inline std::string formatScenarioDiagnostic(std::string_view fileName, const ScenarioError& error,
                                            std::string_view severity) {
  return std::string(fileName) + ":" + std::to_string(error.line) + ":" + std::to_string(error.column) + ": " +
         std::string(severity) + ": " + error.message;
}

inline std::string formatScenarioError(std::string_view fileName, const ScenarioError& error) {
  return formatScenarioDiagnostic(fileName, error, "error");
}

}  // namespace reachable
