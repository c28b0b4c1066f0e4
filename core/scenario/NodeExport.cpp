#include "scenario/NodeExport.h"

namespace reachable {

namespace {

// alert shows String(value) as the browser's dialog would; Reachable's console
// prints it on standard output.
constexpr std::string_view kAlert =
    R"(function alert(...values) { console.log(values.length ? String(values[0]) : ""); })";

// Each call makes a new object; an async stub's arrives through a timer, as
// the engine's host stubs schedule it.
std::string stubFunction(const ScenarioStub& stub) {
  const std::string result =
      stub.async ? "new Promise((resolve) => setTimeout(resolve, " + std::to_string(stub.delayMs) + ", {}))" : "{}";
  return "function " + stub.name + "() { return " + result + "; }";
}

}  // namespace

std::string exportForNode(const Scenario& scenario) {
  std::string out = scenario.program;
  if (!out.empty() && out.back() != '\n') out += '\n';
  out += kAlert;
  for (const ScenarioStub& stub : scenario.stubs) out += " " + stubFunction(stub);
  out += '\n';
  return out;
}

}  // namespace reachable
