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

// The steps the heap view plans a run's layout from, with the program's budgets: a
// run is a Timeline or anything with its stepCount(), memoryAt() and forEachState().
inline constexpr std::uint64_t kPlannedObjects = 60'000;
inline constexpr std::uint64_t kPlannedSteps = 400;
// More than an unfolded card shows (ViewGraph::kMostRowsUnfolded).
inline constexpr std::size_t kPlannedRowsPerCard = 256;

struct PlannedSteps {
  std::vector<std::uint64_t> steps;  // ascending
  std::vector<HeapState> states;     // of each step
};

// A copy of `state` with what its cards can show: rows that refer to no object past
// the first `keptRows` of a card are counted (ObjectView::rowsLeftOut), not copied,
// so that a long array costs the plan its first rows, not every element at every step;
// and so for a scope's variables.
HeapState cardRowsOf(const HeapState& state, std::size_t keptRows);

// At most `maxSteps` of the run's first `stepCount`: a run still recording is laid out
// from a few of the steps it has.
template <typename Run>
PlannedSteps plannedStates(const Run& run, std::uint64_t stepCount, std::uint64_t maxSteps) {
  PlannedSteps planned;
  const auto objectsAt = [&](std::uint64_t step) { return std::uint64_t{run.memoryAt(step).objects}; };
  planned.steps = sampleSteps(stepCount, objectsAt, kPlannedObjects, maxSteps);
  run.forEachState(planned.steps, [&](std::uint64_t, const HeapState& state) {
    planned.states.push_back(cardRowsOf(state, kPlannedRowsPerCard));
  });
  return planned;
}

template <typename Run>
PlannedSteps plannedStates(const Run& run) {
  return plannedStates(run, run.stepCount(), kPlannedSteps);
}

}  // namespace reachable::view
