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

bool holdsAnObject(const RootScope& scope) {
  return std::ranges::any_of(scope.variables,
                             [](const Variable& v) { return !v.hidden && v.value.target != kNoObject; });
}

// The scopes and frames a plan needs. A scope's variables as a card's rows: of those
// the heap view shows, those that hold objects and the first `keptRows` others, so that a module of 100,000 `let`s
// costs the plan a few. And of a deep stack (a runaway recursion), the frames whose
// variables hold no object past the outermost and innermost kPlannedFrames: they only
// lengthen the roots column, and would cost the plan every frame at every step. (What
// a hidden temporary holds is kept, for reachability, but keeps no frame.)
void copyPlannedScopes(const HeapState& state, std::size_t keptRows, HeapState& copy) {
  constexpr std::size_t kPlannedFrames = 16;
  const std::size_t frameCount = state.frames.size();
  std::vector<int> newFrame(frameCount, -1);
  for (std::size_t f = 0; f < frameCount; ++f) {
    const int scope = state.frames[f].scope;
    const bool edge = f < kPlannedFrames || f + kPlannedFrames >= frameCount;
    if (edge || scope < 0 || holdsAnObject(state.scopes[static_cast<std::size_t>(scope)])) {
      newFrame[f] = static_cast<int>(copy.frames.size());
      copy.frames.push_back(state.frames[f]);
    }
  }
  for (FrameView& frame : copy.frames) frame.scope = -1;
  for (const RootScope& scope : state.scopes) {
    const bool framed = scope.frame >= 0 && static_cast<std::size_t>(scope.frame) < frameCount;
    const int frame = framed ? newFrame[static_cast<std::size_t>(scope.frame)] : -1;
    if (framed && frame < 0) continue;
    if (frame >= 0) copy.frames[static_cast<std::size_t>(frame)].scope = static_cast<int>(copy.scopes.size());
    RootScope& box = copy.scopes.emplace_back(RootScope{scope.kind, scope.name, frame, {}});
    std::size_t plain = 0;
    for (const Variable& variable : scope.variables) {
      if (variable.value.target != kNoObject || (!variable.hidden && plain++ < keptRows))
        box.variables.push_back(variable);
    }
  }
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
  copyPlannedScopes(state, keptRows, copy);
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
