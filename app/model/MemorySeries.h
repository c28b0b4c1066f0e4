#pragma once

#include "TimelineIndex.h"
#include "timeline/Timeline.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace reachable {

// The memory panel's chart: objects and bytes across the steps, read at most
// `maxSamples` times however long the run, with the collections to mark on it.
class MemorySeries {
 public:
  struct Sample {
    std::uint64_t step = 0;
    MemoryPoint memory;
  };

  MemorySeries() = default;
  MemorySeries(std::uint64_t stepCount, const std::function<MemoryPoint(std::uint64_t)>& memoryAt,
               std::span<const StepMarker> markers, std::size_t maxSamples = 400);

  std::span<const Sample> samples() const { return samples_; }
  // The collections, explicit and automatic (callbacks are not memory events).
  std::span<const StepMarker> collections() const { return collections_; }
  std::uint64_t stepCount() const { return stepCount_; }
  std::uint32_t maxObjects() const { return maxObjects_; }
  std::uint64_t maxBytes() const { return maxBytes_; }

 private:
  std::uint64_t stepCount_ = 0;
  std::vector<Sample> samples_;
  std::vector<StepMarker> collections_;
  std::uint32_t maxObjects_ = 0;
  std::uint64_t maxBytes_ = 0;
};

}  // namespace reachable
