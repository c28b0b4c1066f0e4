#pragma once

#include "TimelineIndex.h"
#include "timeline/Timeline.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace reachable {

// The memory panel's chart: objects and bytes across the steps recorded so far, read
// at most about `maxSamples` times however long the run, with the collections to mark
// on it. It grows with the recording and reads only what is new: samples fall on
// every `stride`-th step, and when there are too many the stride doubles and every
// other sample goes; the last step recorded is always one.
class MemorySeries {
 public:
  struct Sample {
    std::uint64_t step = 0;
    MemoryPoint memory;
  };

  explicit MemorySeries(std::size_t maxSamples = 400) : maxSamples_(std::max<std::size_t>(maxSamples, 2)) {}

  // The run has `stepCount` steps now; `markers`: all of the index's so far.
  void grow(std::uint64_t stepCount, const std::function<MemoryPoint(std::uint64_t)>& memoryAt,
            std::span<const StepMarker> markers);

  std::span<const Sample> samples() const { return samples_; }
  // The collections, explicit and automatic (callbacks are not memory events).
  std::span<const StepMarker> collections() const { return collections_; }
  std::uint64_t stepCount() const { return stepCount_; }
  std::uint32_t maxObjects() const { return maxObjects_; }
  std::uint64_t maxBytes() const { return maxBytes_; }

 private:
  void doubleStride();

  std::size_t maxSamples_;
  std::uint64_t stepCount_ = 0;
  std::uint64_t stride_ = 1;
  std::uint64_t nextSample_ = 0;   // the next multiple of stride_ to read
  bool endsWithLastStep_ = false;  // samples_ ends with the last step, off the stride
  std::vector<Sample> samples_;
  std::size_t markersSeen_ = 0;
  std::vector<StepMarker> collections_;
  std::uint32_t maxObjects_ = 0;
  std::uint64_t maxBytes_ = 0;
};

}  // namespace reachable
