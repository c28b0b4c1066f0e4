#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace reachable::view {

// The steps whose pictures the heap view lays out together, so that every card has
// one place for the whole run: every step of a short run; of a long or a large one,
// steps spread evenly over it, as many as `objectBudget` objects in all allow. The
// first and the last step are always among them. `objectsAt(step)` counts a step's
// objects.
std::vector<std::uint64_t> sampleSteps(std::uint64_t stepCount, const std::function<std::uint64_t(std::uint64_t)>& objectsAt,
                                       std::uint64_t objectBudget, std::uint64_t maxSteps);

}  // namespace reachable::view
