#include "ScenarioRun.h"

#include <algorithm>

namespace reachable {

ScenarioRun ScenarioRun::record(std::shared_ptr<const LessonFile> lesson, std::optional<std::uint64_t> collectAfter,
                                std::uint64_t stepCap) {
  RecordOptions options;
  options.stepCap = stepCap;
  options.collectAfter = collectAfter;
  ScenarioRun run;
  run.recording_ = std::make_shared<BackgroundRecording>(std::move(lesson), std::move(options));
  run.waitForSteps(1);
  return run;
}

std::uint64_t ScenarioRun::stepCount() const {
  return recording_ ? std::max<std::uint64_t>(recording_->recordedSteps(), 1) : 1;
}

StepRecord ScenarioRun::step(std::uint64_t number) const {
  return recording_ && number < recording_->recordedSteps() ? recording_->timeline().step(number) : StepRecord{};
}

void ScenarioRun::forEachStep(const std::function<void(const StepRecord&)>& visit, std::uint64_t first,
                              std::uint64_t end) const {
  if (!recording_ || recording_->recordedSteps() == 0) {
    if (first == 0 && end > 0) visit(StepRecord{});
    return;
  }
  recording_->timeline().forEachStep(visit, first, end);
}

HeapState ScenarioRun::stateAt(std::uint64_t number) const {
  return recording_ && number < recording_->recordedSteps() ? recording_->timeline().stateAt(number) : HeapState{};
}

void ScenarioRun::forEachState(std::span<const std::uint64_t> ascending,
                               const std::function<void(std::uint64_t, const HeapState&)>& visit) const {
  if (recording_) recording_->timeline().forEachState(ascending, visit);
}

MemoryPoint ScenarioRun::memoryAt(std::uint64_t number) const {
  return recording_ && number < recording_->recordedSteps() ? recording_->timeline().memoryAt(number) : MemoryPoint{};
}

std::vector<ConsoleLine> ScenarioRun::console(std::size_t first) const {
  return recording_ ? recording_->timeline().console(first) : std::vector<ConsoleLine>();
}

std::optional<RecordedEnd> ScenarioRun::end() const { return recording_ ? recording_->end() : RecordedEnd{}; }

void ScenarioRun::waitForSteps(std::uint64_t steps) const {
  if (recording_) recording_->waitForSteps(steps);
}

bool ScenarioRun::waitForEnd(std::chrono::milliseconds patience) const {
  return !recording_ || recording_->waitForEnd(patience);
}

void ScenarioRun::waitForEnd() const {
  if (recording_) recording_->waitForEnd();
}

void ScenarioRun::cancel() {
  if (recording_) recording_->cancel();
}

ScenarioRun::ScenarioRun() = default;

}  // namespace reachable
