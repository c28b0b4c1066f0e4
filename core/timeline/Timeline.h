#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "engine/StepRecord.h"
#include "timeline/HeapState.h"

namespace reachable {

// Objects and bytes of the view after a step, for the memory panel.
struct MemoryPoint {
  std::uint32_t objects = 0;
  std::uint64_t bytes = 0;
};

struct ConsoleLine {
  std::uint64_t step = 0;  // the step during which it was printed
  std::string text;
  bool toStandardError = false;
};

// A recorded run: any step's state at about the same cost wherever it is (the
// nearest checkpoint plus a bounded replay of the changes after it), the events of
// each step for animation, and the console. Every reader may run on any thread while
// the recorder appends steps (BackgroundRecording): each reads the steps recorded as
// it looks.
class Timeline {
 public:
  Timeline();
  ~Timeline();
  Timeline(Timeline&&) noexcept;
  Timeline& operator=(Timeline&&) noexcept;

  std::uint64_t stepCount() const;
  StepRecord step(std::uint64_t number) const;
  // The steps from `first` up to `end` (or the last recorded as it starts) in order, at
  // the cost of reading each record once. The recorder is held up for a few hundred records at a
  // time, never for what `visit` does.
  void forEachStep(const std::function<void(const StepRecord&)>& visit, std::uint64_t first = 0,
                   std::uint64_t end = UINT64_MAX) const;
  // The state once `number` has happened (step 0: before the first statement).
  HeapState stateAt(std::uint64_t number) const;
  // The states of `ascending` steps in order, walking forward through the changes
  // between them instead of starting each from its checkpoint; `visit` may move
  // from the state it is given only what it does not need back (the walk goes on
  // from it). The recorder is held up for one walk at a time, never for what `visit` does.
  void forEachState(std::span<const std::uint64_t> ascending,
                    const std::function<void(std::uint64_t, const HeapState&)>& visit) const;
  MemoryPoint memoryAt(std::uint64_t number) const;
  // What the program printed, from its `first` line on: a copy, since the recorder may
  // be appending lines.
  std::vector<ConsoleLine> console(std::size_t first = 0) const;

  // Figures for the benchmark and the README.
  std::size_t bytesUsed() const;
  std::size_t checkpointCount() const;
  std::size_t checkpointBytes() const;  // of bytesUsed

 private:
  friend class TimelineRecorder;
  struct Data;
  struct Walk;
  std::size_t recordOffset(std::uint64_t number) const;
  std::unique_ptr<Data> data_;
};

}  // namespace reachable
