#include "lesson/ScenarioStubs.h"

#include <vector>

#include "engine/HostStubs.h"

namespace reachable {

void installScenarioStubs(Engine& engine, const Scenario& scenario) {
  std::vector<HostStub> stubs;
  for (const ScenarioStub& stub : scenario.stubs) {
    stubs.push_back({stub.name, stub.returnsLabel, stub.returnsBytes, stub.async, stub.delayMs});
  }
  installHostStubs(engine, stubs);
}

}  // namespace reachable
