#include "Session.h"

namespace reachable {

bool Session::openBundled(const CatalogueEntry& entry) {
  if (!document_.openBundled(entry)) return false;
  record(Step::Reset, std::nullopt);
  return true;
}

bool Session::openFile(const std::filesystem::path& file) {
  if (!document_.openFile(file)) return false;
  record(Step::Reset, std::nullopt);
  return true;
}

bool Session::rerun(const std::string& program) {
  if (!document_.replaceProgram(program)) return false;
  record(Step::Keep, std::nullopt);
  return true;
}

// The collection comes right after the current step: the player moves on to its
// mark, so that what the learner asked for starts at once.
void Session::collectNow() {
  record(Step::Keep, player_.step());
  player_.stepForward();
}

bool Session::reloadIfChanged() {
  if (!document_.changedOnDisk() || !document_.reload()) return false;
  record(Step::Keep, std::nullopt);
  return true;
}

void Session::record(Step step, std::optional<std::uint64_t> collectAfter) {
  if (!document_.scenario()) return;
  const Scenario& scenario = *document_.scenario();
  collectAfter_ = collectAfter;
  run_ = ScenarioRun::record(scenario, document_.parsedProgram(), collectAfter, stepCap_);
  index_ = TimelineIndex(scenario.narration);
  run_.forEachStep([this](const StepRecord& step) { index_.add(step); });
  memory_ = MemorySeries(
      run_.stepCount(), [this](std::uint64_t i) { return run_.memoryAt(i); }, index_.markers());
  if (step == Step::Reset) player_.jumpTo(0);
  player_.setStepCount(run_.stepCount());
  current_ = {};
}

std::optional<DocumentError> Session::runError() const {
  const RecordedEnd& end = run_.end();
  if (end.status != RecordedEnd::Status::Terminated) return std::nullopt;
  const SourcePosition at = end.position.value_or(SourcePosition{});
  // A program file's lines are the file's; a scenario's count within its program.
  return DocumentError{document_.name(), at.line, at.column, end.message, !document_.isProgramFile()};
}

const HeapState& Session::cached(CachedState& cache, std::uint64_t step) {
  if (cache.step != step) cache = {step, run_.stateAt(step)};
  return cache.state;
}

const HeapState& Session::state() { return cached(current_, player_.transition().to); }

namespace {

bool isCollectionStep(StepKind kind) {
  return kind == StepKind::GcMark || kind == StepKind::GcClear || kind == StepKind::GcSweep ||
         kind == StepKind::GcQueueCleanup;
}

// The function a task-start step calls: a timer's callback, a registry's cleanup callback.
ObjectId calledBy(const StepRecord& step) {
  for (const StepEvent& event : step.events) {
    if (event.kind == StepEvent::Kind::TaskStarted) return event.object;
    if (event.kind == StepEvent::Kind::CleanupStarted) return event.other;
  }
  return kNoObject;
}

}  // namespace

std::uint32_t Session::markedLine() {
  const std::uint64_t now = player_.step();
  StepRecord step = run_.step(now);
  if (step.kind == StepKind::TaskStart) {
    const ObjectView* callback = state().find(calledBy(step));
    return callback && callback->site ? callback->site->line : 0;
  }
  // A collection runs within the statement before its mark step (up to three steps back).
  for (std::uint64_t back = 1; isCollectionStep(step.kind) && back <= 4 && back <= now; ++back)
    step = run_.step(now - back);
  return step.kind == StepKind::Statement && step.range ? step.range->start.line : 0;
}

}  // namespace reachable
