#pragma once

#include "engine/StepRecord.h"
#include "scenario/Scenario.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace reachable {

// A point of interest on the scrubber.
struct StepMarker {
  enum class Kind : std::uint8_t {
    Collection,           // a collection's mark step (gc() or "collect now")
    AutomaticCollection,  // one the heap threshold started
    Callback,             // a FinalizationRegistry cleanup task starts
  };
  std::uint64_t step = 0;
  Kind kind = Kind::Collection;
};

// What one pass over a recorded run tells the panels about every step, so that no
// panel scans the timeline while drawing: the scrubber's markers, the code lines
// already run, and which narration entry speaks at each step.
class TimelineIndex {
 public:
  explicit TimelineIndex(std::span<const Narration> narration = {});

  // Steps must come in order, from step 0.
  void add(const StepRecord& step);

  std::span<const StepMarker> markers() const { return markers_; }
  // Whether a statement on `line` (of the program, from 1) began before `step`.
  bool lineRanBefore(std::uint32_t line, std::uint64_t step) const;
  // The narration of the latest step at or before `step` that triggered any,
  // in the scenario's order; empty before the first, and from the step where the
  // module finished until another entry speaks.
  std::vector<std::string_view> narrationAt(std::uint64_t step) const;
  // The step that triggered narrationAt(step), if any.
  std::optional<std::uint64_t> narrationStepAt(std::uint64_t step) const;

 private:
  struct Triggered {
    std::uint64_t step = 0;
    std::vector<std::size_t> entries;  // into narration_
  };
  void noteEvent(const StepEvent& event, std::vector<std::size_t>& entries) const;
  void trigger(NarrationTrigger kind, std::uint32_t line, std::vector<std::size_t>& entries) const;
  const Triggered* triggeredAt(std::uint64_t step) const;

  std::vector<Narration> narration_;
  std::vector<StepMarker> markers_;
  std::vector<std::uint64_t> firstRun_;  // by line; UINT64_MAX for a line that never ran
  std::vector<Triggered> triggered_;  // by step, ascending
};

}  // namespace reachable
