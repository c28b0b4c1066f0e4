#include "Session.h"

namespace reachable {

bool Session::openBundled(const CatalogueEntry& entry) {
  if (!document_.openBundled(entry)) return false;
  record(0, std::nullopt);
  return true;
}

bool Session::openFile(const std::filesystem::path& file) {
  if (!document_.openFile(file)) return false;
  record(0, std::nullopt);
  return true;
}

bool Session::rerun(const std::string& program) {
  if (!document_.replaceProgram(program)) return false;
  record(player_.step(), std::nullopt);
  return true;
}

// The collection comes right after the current step: the player moves on to its
// mark, so that what the learner asked for starts at once.
void Session::collectNow() {
  const std::uint64_t now = player_.step();
  record(now + 1, now);
}

bool Session::reloadIfChanged() {
  if (!document_.changedOnDisk() || !document_.reload()) return false;
  record(player_.step(), std::nullopt);
  return true;
}

void Session::record(std::uint64_t step, std::optional<std::uint64_t> collectAfter) {
  if (!document_.scenario()) return;
  // Nobody will look at the old recording again: its thread stops at once, though a
  // copy of it (the heap view's planner's) may still be read.
  run_.cancel();
  collectAfter_ = collectAfter;
  run_ = ScenarioRun::record(document_.lesson(), collectAfter, stepCap_);
  stepsTaken_ = 0;
  end_.reset();
  index_ = TimelineIndex(document_.scenario()->narration);
  memory_ = MemorySeries();
  console_.clear();
  current_ = {};
  player_.landOn(step);
  followRecording();
}

void Session::followRecording() {
  if (end_) return;
  // Whether it ended first: then the count read after it is the whole run's.
  std::optional<RecordedEnd> end = run_.end();
  const std::uint64_t count = run_.stepCount();
  if (count > stepsTaken_) {
    run_.forEachStep([this](const StepRecord& step) { index_.add(step); }, stepsTaken_, count);
    memory_.grow(
        count, [this](std::uint64_t i) { return run_.memoryAt(i); }, index_.markers());
    for (ConsoleLine& line : run_.console(console_.size())) console_.push_back(std::move(line));
    stepsTaken_ = count;
  }
  end_ = std::move(end);
  player_.setRecorded(count, end_.has_value());
}

void Session::waitForSteps(std::uint64_t steps) {
  run_.waitForSteps(steps);
  followRecording();
}

void Session::finishRecording() {
  run_.waitForEnd();
  followRecording();
}

std::optional<DocumentError> Session::runError() const {
  if (!end_ || end_->status != RecordedEnd::Status::Terminated) return std::nullopt;
  const SourcePosition at = end_->position.value_or(SourcePosition{});
  // A program file's lines are the file's; a scenario's count within its program.
  return DocumentError{document_.name(), at.line, at.column, end_->message, !document_.isProgramFile()};
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
