#include "RunSample.h"

#include <algorithm>

namespace reachable::view {
namespace {

// `count` steps spread evenly from the first to the last, no step twice.
std::vector<std::uint64_t> spread(std::uint64_t stepCount, std::uint64_t count) {
  std::vector<std::uint64_t> steps;
  if (stepCount == 0) return steps;
  count = std::clamp<std::uint64_t>(count, 1, stepCount);
  for (std::uint64_t i = 0; i < count; ++i)
    steps.push_back(count == 1 ? stepCount - 1 : i * (stepCount - 1) / (count - 1));
  steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
  return steps;
}

}  // namespace

std::vector<std::uint64_t> sampleSteps(std::uint64_t stepCount, const std::function<std::uint64_t(std::uint64_t)>& objectsAt,
                                       std::uint64_t objectBudget, std::uint64_t maxSteps) {
  std::vector<std::uint64_t> steps = spread(stepCount, maxSteps);
  std::uint64_t objects = 0;
  for (std::uint64_t step : steps) objects += std::max<std::uint64_t>(objectsAt(step), 1);
  if (objects <= objectBudget) return steps;
  // Fewer steps, as many as the budget allows at the mean size of those measured.
  const std::uint64_t mean = objects / steps.size();
  return spread(stepCount, std::max<std::uint64_t>(objectBudget / std::max<std::uint64_t>(mean, 1), 2));
}

}  // namespace reachable::view
