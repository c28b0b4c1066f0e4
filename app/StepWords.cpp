#include "StepWords.h"

#include "CountWords.h"

#include <algorithm>

namespace reachable {
namespace {

// PRODUCT.md, "Reachability": V8 drops a module's variables once it has run, unless
// a closure captured them (then they live in its context).
constexpr const char* kModuleFinished =
    "The module has finished running, so its variables are gone and no longer hold anything. "
    "What a function still captures, or globalThis holds, stays reachable; "
    "everything else is now unreachable, garbage for the next collection.";

std::size_t count(const StepRecord& step, StepEvent::Kind kind) {
  return static_cast<std::size_t>(
      std::ranges::count_if(step.events, [kind](const StepEvent& event) { return event.kind == kind; }));
}

// What a task-start step runs, as the event loop named it.
std::string taskText(const StepRecord& step) {
  const auto found = std::ranges::find_if(step.events, [](const StepEvent& event) {
    return event.kind == StepEvent::Kind::TaskStarted || event.kind == StepEvent::Kind::CleanupStarted;
  });
  return found == step.events.end() ? "" : found->text;
}

std::string collectionWhy(const StepRecord& step) {
  if (step.collection == CollectionReason::Automatic)
    return " (an automatic collection: the heap passed its threshold)";
  if (step.collection == CollectionReason::Requested) return " (you asked for it: collect now)";
  return "";
}

}  // namespace

std::string stepHeading(const StepRecord& step) {
  switch (step.kind) {
    case StepKind::Start: return "start";
    case StepKind::Statement: return step.range ? "line " + std::to_string(step.range->start.line) : "statement";
    case StepKind::GcMark: return "mark";
    case StepKind::GcClear: return "clear";
    case StepKind::GcSweep: return "sweep";
    case StepKind::GcQueueCleanup: return "queue cleanup";
    case StepKind::TaskStart: return "task starts";
    case StepKind::TaskEnd: return "task ends";
  }
  return "";
}

std::string stepSentence(const StepRecord& step) {
  switch (step.kind) {
    case StepKind::Start: return "Nothing has run yet.";
    case StepKind::Statement: return "";
    case StepKind::GcMark:
      return "The collector marks everything it can reach from the roots: " +
             objectCount(count(step, StepEvent::Kind::Marked)) + " reached" + collectionWhy(step) + ".";
    case StepKind::GcClear:
      return "Weak references whose targets were not marked are cleared: " +
             std::to_string(count(step, StepEvent::Kind::ClearedWeakRef) + count(step, StepEvent::Kind::RemovedEntry) +
                            count(step, StepEvent::Kind::EmptiedCell)) +
             " cleared.";
    case StepKind::GcSweep:
      return "What was never marked is swept: " + objectCount(count(step, StepEvent::Kind::Freed)) + " freed.";
    case StepKind::GcQueueCleanup: {
      const std::size_t queued = count(step, StepEvent::Kind::CleanupQueued);
      return queued == 0
                 ? "No registry lost a target, so no cleanup task is queued."
                 : "Registries that lost targets queue their cleanup task: " + std::to_string(queued) + " queued.";
    }
    case StepKind::TaskStart:
      return "The event loop starts a task: " + taskText(step) + ".";
    case StepKind::TaskEnd:
      if (count(step, StepEvent::Kind::ModuleFinished) > 0) return kModuleFinished;
      return "The task and its microtasks are over; the objects it kept alive are released.";
  }
  return "";
}

}  // namespace reachable
