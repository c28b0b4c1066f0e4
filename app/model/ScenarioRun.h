#pragma once

#include "engine/StepRecord.h"
#include "scenario/Scenario.h"
#include "timeline/HeapState.h"
#include "timeline/Recording.h"
#include "timeline/Timeline.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace reachable {

// One recording of a scenario, as the panels read it, shared between the panels
// (a program with errors keeps the last good run on screen).
class ScenarioRun {
 public:
  // The most steps a recording for the program keeps: the timeline is designed for a
  // million (DESIGN.md), and a program that never ends stops here within seconds,
  // before its step or heap budget, which `reachable-cli run` reaches only later.
  static constexpr std::uint64_t kStepCap = 1'000'000;

  ScenarioRun();  // nothing recorded: one step, an empty heap
  // `parsed`: the scenario's program, parsed without errors (ScenarioDocument's).
  static ScenarioRun record(const Scenario& scenario, const ParseResult& parsed,
                            std::optional<std::uint64_t> collectAfter, std::uint64_t stepCap = kStepCap);

  std::uint64_t stepCount() const;  // at least 1
  StepRecord step(std::uint64_t number) const;
  // Every step in order, reading the recording once.
  void forEachStep(const std::function<void(const StepRecord&)>& visit) const;
  HeapState stateAt(std::uint64_t number) const;
  void forEachState(std::span<const std::uint64_t> ascending,
                    const std::function<void(std::uint64_t, const HeapState&)>& visit) const;
  MemoryPoint memoryAt(std::uint64_t number) const;
  std::vector<ConsoleLine> console() const;
  const RecordedEnd& end() const { return end_; }
  // Tells one recording from another (a new one after a reload or "collect now").
  const void* identity() const { return recorded_.get(); }

 private:
  struct Recorded;
  std::shared_ptr<const Recorded> recorded_;  // shared: a run is copied into the view's frame cheaply
  RecordedEnd end_;
};

}  // namespace reachable
