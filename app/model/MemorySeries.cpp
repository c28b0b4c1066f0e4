#include "MemorySeries.h"

#include <algorithm>

namespace reachable {

void MemorySeries::grow(std::uint64_t stepCount, const std::function<MemoryPoint(std::uint64_t)>& memoryAt,
                        std::span<const StepMarker> markers) {
  if (stepCount <= stepCount_) return;
  stepCount_ = stepCount;
  if (endsWithLastStep_) samples_.pop_back();
  while ((stepCount - 1) / stride_ + 1 > maxSamples_) doubleStride();
  for (; nextSample_ < stepCount; nextSample_ += stride_) samples_.push_back({nextSample_, memoryAt(nextSample_)});
  endsWithLastStep_ = samples_.back().step != stepCount - 1;
  if (endsWithLastStep_) samples_.push_back({stepCount - 1, memoryAt(stepCount - 1)});
  maxObjects_ = 0;
  maxBytes_ = 0;
  for (const Sample& sample : samples_) {
    maxObjects_ = std::max(maxObjects_, sample.memory.objects);
    maxBytes_ = std::max(maxBytes_, sample.memory.bytes);
  }
  for (; markersSeen_ < markers.size(); ++markersSeen_)
    if (markers[markersSeen_].kind != StepMarker::Kind::Callback) collections_.push_back(markers[markersSeen_]);
}

void MemorySeries::doubleStride() {
  stride_ *= 2;
  std::erase_if(samples_, [this](const Sample& sample) { return sample.step % stride_ != 0; });
  nextSample_ = (nextSample_ + stride_ - 1) / stride_ * stride_;
}

}  // namespace reachable
