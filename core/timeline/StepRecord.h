#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text/SourcePosition.h"
#include "timeline/HeapState.h"

namespace reachable {

// What a step is (PRODUCT.md, "The timeline and what a step is").
enum class StepKind : std::uint8_t {
  Start,      // step 0: before the first statement
  Statement,  // a statement begun
  GcMark,     // a collection's four phases, in the collector's order
  GcClear,
  GcSweep,
  GcQueueCleanup,
  TaskStart,  // the event loop begins a task or a callback
  TaskEnd,    // a task ended: its kept objects are released
};

std::string_view stepKindName(StepKind kind);  // "statement", "gc-mark" … as `trace` prints them

// Something a step did, with the why, for the GUI to animate and say in words.
struct StepEvent {
  enum class Kind : std::uint8_t {
    Allocated,       // object
    Freed,           // object (swept)
    Marked,          // object, reached from `from` (kNoObject: a root) through the edge `text`
    ClearedWeakRef,  // object: the WeakRef; other: its target, which was not marked
    RemovedEntry,    // object: the WeakMap/WeakSet; other: the key, which was not marked
    EmptiedCell,     // object: the registry; other: the cell's target, which was not marked
    CleanupQueued,   // object: the registry whose cleanup task was queued
    TaskStarted,     // text: what the task runs
    TaskEnded,       // text: how many kept objects were released
    Console,         // text: one call's output; `toStandardError` for warn/error
  };
  Kind kind = Kind::Allocated;
  ObjectId object = kNoObject;
  ObjectId other = kNoObject;
  std::string text;
  bool toStandardError = false;
  friend bool operator==(const StepEvent&, const StepEvent&) = default;
};

enum class CollectionKind : std::uint8_t { Explicit, Requested, Automatic };

struct StepRecord {
  std::uint64_t number = 0;
  StepKind kind = StepKind::Start;
  std::optional<SourceRange> range;
  std::optional<CollectionKind> collection;  // the gc-* steps: why the collection ran
  std::vector<StepEvent> events;             // what happened during the step, in order
};

// Objects and bytes of the view after a step, for the memory panel.
struct MemoryPoint {
  std::uint32_t objects = 0;
  std::uint64_t bytes = 0;
};

}  // namespace reachable
