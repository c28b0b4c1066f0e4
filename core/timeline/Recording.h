#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "engine/Engine.h"
#include "parse/Parser.h"
#include "text/SourcePosition.h"
#include "timeline/Timeline.h"

namespace reachable {

struct Scenario;

struct RecordOptions {
  EngineOptions engine;
  std::uint64_t stepCap = 2'000'000;  // the recording's own limit, apart from the step budget
  // "Collect now": a collection injected after this step, the program untouched.
  std::optional<std::uint64_t> collectAfter;
  // For tests: called after each step but a collection's inner phases with the state
  // a fresh look at the whole engine finds, to check what was recorded against it,
  // for as long as it returns true (that look costs the whole heap each step).
  std::function<bool(std::uint64_t step, const HeapState& state)> checkEachStep;
  // Once it turns true the run stops at its next statement, and ends as Cancelled.
  const std::atomic<bool>* cancel = nullptr;
  // Called as each step is appended to the timeline, with the steps recorded so far.
  std::function<void(std::uint64_t recorded)> stepRecorded;
};

// How a recorded run ended, with the place to show when it did not complete.
struct RecordedEnd {
  enum class Status : std::uint8_t { Completed, Uncaught, Terminated, UnsettledTopLevelAwait, ProgramError, Cancelled };
  Status status = Status::Completed;
  std::string message;  // "Uncaught TypeError: …", a limit in words, or a parse error
  std::optional<SourcePosition> position;
};

struct RecordedRun {
  Timeline timeline;
  RecordedEnd end;
};

// Runs a scenario's program (its stubs installed, its labels applied) and records
// every step.
RecordedRun recordScenario(const Scenario& scenario, const RecordOptions& options = {});
// The same, for a program already parsed, without errors (a LessonFile's).
RecordedRun recordScenario(const Scenario& scenario, const ParseResult& parsed, const RecordOptions& options = {});
// The same into `timeline`, which other threads may read meanwhile.
RecordedEnd recordScenarioInto(Timeline& timeline, const Scenario& scenario, const ParseResult& parsed,
                               const RecordOptions& options = {});

}  // namespace reachable
