#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "heap/CollectionRecord.h"
#include "heap/ProgramObjects.h"
#include "text/SourcePosition.h"

namespace reachable {

// What a step is (PRODUCT.md, "The timeline and what a step is").
enum class StepKind : std::uint8_t {
  Start,      // step 0: before the first statement
  Statement,  // a statement begun
  GcMark,     // a collection's four phases, in the collector's order
  GcClear,
  GcSweep,
  GcQueueCleanup,  // each registry with newly emptied cells gets a cleanup task
  TaskStart,       // the event loop begins a task or a callback
  TaskEnd,         // a task ended: its kept objects are released
};

std::string_view stepKindName(StepKind kind);  // "statement", "gc-mark" … as `trace` prints them

// Something a step did, with the why. Objects are named by serial (ObjectId), the
// same in the heap view, the timeline and `reachable-cli trace`.
struct StepEvent {
  enum class Kind : std::uint8_t {
    Freed,           // object (swept)
    Marked,          // object, reached from `other` (kNoObject: a root or a built-in) through `text`
    ClearedWeakRef,  // object: the WeakRef; other: its target, which was not marked
    RemovedEntry,    // object: the WeakMap/WeakSet; other: the key, which was not marked
    EmptiedCell,     // object: the registry; other: the cell's target, which was not marked
    CleanupQueued,   // object: the registry whose cleanup task was queued
    TaskStarted,     // object: the timer's callback; text: the task
    CleanupStarted,  // object: the registry whose cleanup the task runs; other: its callback; text: the task
    TaskEnded,       // text: how many kept objects were released
    ModuleFinished,  // the module's code ran to its end: its variables are roots no more; text: so
    Console,         // text: one call's output; `toStandardError` for warn/error
  };
  Kind kind = Kind::Freed;
  ObjectId object = kNoObject;
  ObjectId other = kNoObject;
  std::string text;
  bool toStandardError = false;
  // The program line that made `object` (0: unknown, or the run tracks no allocation
  // sites), so that a scenario's narration can wait for what befalls it.
  std::uint32_t line = 0;
  friend bool operator==(const StepEvent&, const StepEvent&) = default;
};

std::string_view stepEventKindName(StepEvent::Kind kind);  // "marked", "cleared-weakref" … as `trace` prints them

// One step of a run, as the engine's step stream hands it on, the timeline keeps it
// and `reachable-cli trace` prints it.
struct StepRecord {
  std::uint64_t number = 0;
  StepKind kind = StepKind::Start;
  std::optional<SourceRange> range;
  std::optional<CollectionReason> collection;  // the gc-* steps: why the collection ran
  std::vector<StepEvent> events;               // what happened during the step, in order
};

}  // namespace reachable
