#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "timeline/HeapState.h"

namespace reachable::view {

// The steps whose pictures the heap view lays out together, so that every card has
// one place for the whole run: every step of a short run; of a long or a large one,
// steps spread evenly over it, as many as `objectBudget` objects in all allow. The
// first and the last step are always among them. `objectsAt(step)` counts a step's
// objects.
std::vector<std::uint64_t> sampleSteps(std::uint64_t stepCount, const std::function<std::uint64_t(std::uint64_t)>& objectsAt,
                                       std::uint64_t objectBudget, std::uint64_t maxSteps);

// The states the heap view plans a run's layout from, with the program's budgets: a
// run is a Timeline or anything with its stepCount(), memoryAt() and stateAt().
inline constexpr std::uint64_t kPlannedObjects = 60'000;
inline constexpr std::uint64_t kPlannedSteps = 400;

template <typename Run>
std::vector<HeapState> plannedStates(const Run& run) {
  std::vector<HeapState> states;
  const auto objectsAt = [&](std::uint64_t step) { return std::uint64_t{run.memoryAt(step).objects}; };
  for (std::uint64_t step : sampleSteps(run.stepCount(), objectsAt, kPlannedObjects, kPlannedSteps))
    states.push_back(run.stateAt(step));
  return states;
}

}  // namespace reachable::view
