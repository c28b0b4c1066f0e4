#include "MemorySeries.h"

#include <algorithm>

namespace reachable {

MemorySeries::MemorySeries(std::uint64_t stepCount, const std::function<MemoryPoint(std::uint64_t)>& memoryAt,
                           std::span<const StepMarker> markers, std::size_t maxSamples)
    : stepCount_(stepCount) {
  if (stepCount == 0 || maxSamples < 2) return;
  // Evenly spaced steps, always the first and the last.
  const std::uint64_t count = std::min<std::uint64_t>(stepCount, maxSamples);
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::uint64_t step = count == 1 ? 0 : i * (stepCount - 1) / (count - 1);
    const MemoryPoint memory = memoryAt(step);
    samples_.push_back({step, memory});
    maxObjects_ = std::max(maxObjects_, memory.objects);
    maxBytes_ = std::max(maxBytes_, memory.bytes);
  }
  for (const StepMarker& marker : markers)
    if (marker.kind != StepMarker::Kind::Callback) collections_.push_back(marker);
}

}  // namespace reachable
