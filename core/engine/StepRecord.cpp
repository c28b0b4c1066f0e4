#include "engine/StepRecord.h"

namespace reachable {

std::string_view stepKindName(StepKind kind) {
  switch (kind) {
    case StepKind::Start: return "start";
    case StepKind::Statement: return "statement";
    case StepKind::GcMark: return "gc-mark";
    case StepKind::GcClear: return "gc-clear";
    case StepKind::GcSweep: return "gc-sweep";
    case StepKind::GcQueueCleanup: return "gc-queue-cleanup";
    case StepKind::TaskStart: return "task-start";
    case StepKind::TaskEnd: return "task-end";
  }
  return "?";
}

std::string_view stepEventKindName(StepEvent::Kind kind) {
  switch (kind) {
    case StepEvent::Kind::Freed: return "freed";
    case StepEvent::Kind::Marked: return "marked";
    case StepEvent::Kind::ClearedWeakRef: return "cleared-weakref";
    case StepEvent::Kind::RemovedEntry: return "removed-entry";
    case StepEvent::Kind::EmptiedCell: return "emptied-cell";
    case StepEvent::Kind::CleanupQueued: return "cleanup-queued";
    case StepEvent::Kind::TaskStarted: return "task-started";
    case StepEvent::Kind::CleanupStarted: return "cleanup-started";
    case StepEvent::Kind::TaskEnded: return "task-ended";
    case StepEvent::Kind::ModuleFinished: return "module-finished";
    case StepEvent::Kind::Console: return "console";
  }
  return "?";
}

}  // namespace reachable
