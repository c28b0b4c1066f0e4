#pragma once

#include "engine/StepRecord.h"
#include "lesson/LessonFile.h"
#include "timeline/BackgroundRecording.h"
#include "timeline/HeapState.h"
#include "timeline/Recording.h"
#include "timeline/Timeline.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace reachable {

// One recording of a scenario, as the panels read it, shared between the panels
// (a program with errors keeps the last good run on screen). It is recorded in the
// background: every reader may be called while it grows, and reads what is recorded.
class ScenarioRun {
 public:
  // The most steps a recording for the program keeps: the timeline is designed for a
  // million (DESIGN.md), and a program that never ends stops here within seconds,
  // before its step or heap budget, which `reachable-cli run` reaches only later.
  static constexpr std::uint64_t kStepCap = 1'000'000;

  ScenarioRun();  // nothing recorded: one step, an empty heap, ended
  // Starts recording `lesson` (LessonFile::ok()) on a thread of its own, and returns
  // as soon as its first step is recorded, or the recording ended.
  static ScenarioRun record(std::shared_ptr<const LessonFile> lesson, std::optional<std::uint64_t> collectAfter,
                            std::uint64_t stepCap = kStepCap);

  std::uint64_t stepCount() const;  // at least 1
  StepRecord step(std::uint64_t number) const;
  // The steps from `first` up to `end` (or the last recorded) in order, reading each once.
  void forEachStep(const std::function<void(const StepRecord&)>& visit, std::uint64_t first, std::uint64_t end) const;
  HeapState stateAt(std::uint64_t number) const;
  void forEachState(std::span<const std::uint64_t> ascending,
                    const std::function<void(std::uint64_t, const HeapState&)>& visit) const;
  MemoryPoint memoryAt(std::uint64_t number) const;
  // What the program printed, from its `first` line on.
  std::vector<ConsoleLine> console(std::size_t first) const;

  // How the run ended: nothing while it is recorded.
  std::optional<RecordedEnd> end() const;
  // Waits until `steps` steps are recorded, or the recording ended.
  void waitForSteps(std::uint64_t steps) const;
  // Waits at most `patience` for the recording to end; whether it has.
  bool waitForEnd(std::chrono::milliseconds patience) const;
  void waitForEnd() const;
  // Stops the recording at its next statement: a run nobody will look at.
  void cancel();

  // Tells one recording from another (a new one after a reload or "collect now").
  const void* identity() const { return recording_.get(); }

 private:
  // Shared: a run is copied into the view's planner cheaply; the last copy let go
  // cancels the recording and waits for its thread.
  std::shared_ptr<BackgroundRecording> recording_;
};

}  // namespace reachable
