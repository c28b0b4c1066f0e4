#include "ScenarioRun.h"

namespace reachable {

struct ScenarioRun::Recorded {
  Timeline timeline;
};

ScenarioRun ScenarioRun::record(const Scenario& scenario, const ParseResult& parsed,
                                std::optional<std::uint64_t> collectAfter, std::uint64_t stepCap) {
  RecordOptions options;
  options.stepCap = stepCap;
  options.collectAfter = collectAfter;
  RecordedRun recorded = recordScenario(scenario, parsed, options);
  ScenarioRun run;
  run.end_ = std::move(recorded.end);
  run.recorded_ = std::make_shared<const Recorded>(Recorded{std::move(recorded.timeline)});
  return run;
}

std::uint64_t ScenarioRun::stepCount() const {
  return recorded_ ? std::max<std::uint64_t>(recorded_->timeline.stepCount(), 1) : 1;
}

StepRecord ScenarioRun::step(std::uint64_t number) const {
  return recorded_ && number < recorded_->timeline.stepCount() ? recorded_->timeline.step(number) : StepRecord{};
}

void ScenarioRun::forEachStep(const std::function<void(const StepRecord&)>& visit) const {
  if (!recorded_ || recorded_->timeline.stepCount() == 0) {
    visit(StepRecord{});
    return;
  }
  recorded_->timeline.forEachStep(visit);
}

HeapState ScenarioRun::stateAt(std::uint64_t number) const {
  return recorded_ && number < recorded_->timeline.stepCount() ? recorded_->timeline.stateAt(number) : HeapState{};
}

void ScenarioRun::forEachState(std::span<const std::uint64_t> ascending,
                               const std::function<void(std::uint64_t, const HeapState&)>& visit) const {
  if (recorded_) recorded_->timeline.forEachState(ascending, visit);
}

MemoryPoint ScenarioRun::memoryAt(std::uint64_t number) const {
  return recorded_ && number < recorded_->timeline.stepCount() ? recorded_->timeline.memoryAt(number) : MemoryPoint{};
}

std::vector<ConsoleLine> ScenarioRun::console() const {
  return recorded_ ? recorded_->timeline.console() : std::vector<ConsoleLine>();
}

ScenarioRun::ScenarioRun() = default;

}  // namespace reachable
