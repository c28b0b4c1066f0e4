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

HeapState cardRowsOf(const HeapState& state, std::size_t keptRows) {
  HeapState copy;
  copy.step = state.step;
  copy.scopes = state.scopes;
  copy.frames = state.frames;
  copy.suspended = state.suspended;
  copy.timers = state.timers;
  copy.tasks = state.tasks;
  copy.microtasks = state.microtasks;
  copy.kept = state.kept;
  copy.clock = state.clock;
  copy.consoleLines = state.consoleLines;
  copy.bytes = state.bytes;
  copy.objects.reserve(state.objects.size());
  for (const ObjectView& object : state.objects) {
    ObjectView& card = copy.objects.emplace_back();
    card.id = object.id;
    card.kind = object.kind;
    card.title = object.title;
    card.label = object.label;
    card.bytes = object.bytes;
    card.site = object.site;
    card.madeByEngine = object.madeByEngine;
    card.rowsLeftOut = object.rowsLeftOut;
    card.rows.reserve(std::min(object.rows.size(), keptRows));
    std::size_t plain = 0;
    for (const Row& row : object.rows) {
      const bool refers = row.value.target != kNoObject || (row.key && row.key->target != kNoObject);
      if (refers || row.internal || plain++ < keptRows) card.rows.push_back(row);
      else ++card.rowsLeftOut;
    }
  }
  return copy;
}

}  // namespace reachable::view
