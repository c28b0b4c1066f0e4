#include "engine/Trace.h"

namespace reachable {

namespace {

std::string_view reasonName(CollectionReason reason) {
  switch (reason) {
    case CollectionReason::Explicit: return "gc()";
    case CollectionReason::Requested: return "requested";
    case CollectionReason::Automatic: return "automatic";
  }
  return "?";
}

template <class List, class Id>
std::vector<CellId> idsOf(const List& list, Id id) {
  std::vector<CellId> ids;
  ids.reserve(list.size());
  for (const auto& item : list) ids.push_back(id(item));
  return ids;
}

}  // namespace

Tracer::Tracer(TraceSink& sink) : sink_(sink) { begin("start"); }

void Tracer::begin(std::string kind, std::optional<SourceRange> range) {
  if (current_) sink_.step(*current_);
  current_ = TraceStep{next_++, std::move(kind), range, std::move(pending_)};
  pending_.clear();
}

void Tracer::flush() { finish(); }

void Tracer::finish() {
  if (current_) sink_.step(*current_);
  current_.reset();
}

void Tracer::statement(const SourceRange& range) { begin("statement", range); }

bool Tracer::collectionRequestedNow() {
  if (!collectAfter_ || *collectAfter_ != currentStep()) return false;
  collectAfter_.reset();
  return true;
}

void Tracer::collectionStarting() { begin("gc-mark"); }

// The collector's four phases, each its own step, in the order it ran them; the
// mark step began as the collection started.
void Tracer::collection(const CollectionRecord& record) {
  sink_.collectionRecorded(record);
  std::string reason(reasonName(record.reason));
  current_->events.push_back({"marked",
                              std::to_string(record.marked.size()) + " cells reached from the roots (" + reason + ")",
                              idsOf(record.marked, [](const auto& m) { return m.id; })});
  begin("gc-clear");
  if (!record.clearedWeakRefs.empty()) {
    current_->events.push_back({"cleared-weakref", "WeakRefs emptied: their targets were not marked",
                                idsOf(record.clearedWeakRefs, [](const auto& c) { return c.weakRef; })});
  }
  if (!record.emptiedCells.empty()) {
    current_->events.push_back({"emptied-cell", "registry cells emptied: their targets were not marked",
                                idsOf(record.emptiedCells, [](const auto& c) { return c.registry; })});
  }
  if (!record.removedEntries.empty()) {
    current_->events.push_back({"removed-entry", "WeakMap/WeakSet entries removed: their keys were not marked",
                                idsOf(record.removedEntries, [](const auto& e) { return e.container; })});
  }
  begin("gc-sweep");
  current_->events.push_back(
      {"swept", std::to_string(record.swept.size()) + " cells the mark never reached", record.swept});
  begin("gc-queue-cleanup");
  if (!record.cleanupQueued.empty()) {
    current_->events.push_back(
        {"cleanup-queued", "a cleanup task for each registry with emptied cells", record.cleanupQueued});
  }
}

void Tracer::taskStarted(std::string description) {
  begin("task-start");
  current_->events.push_back({"task", std::move(description), {}});
}

void Tracer::taskEnded(std::size_t keptReleased) {
  begin("task-end");
  current_->events.push_back(
      {"kept-released", std::to_string(keptReleased) + " kept objects released after the microtask checkpoint", {}});
}

void Tracer::console(bool toStandardError, std::string text) {
  TraceEvent event{toStandardError ? "console-error" : "console", std::move(text), {}};
  if (current_) {
    current_->events.push_back(std::move(event));
  } else {
    pending_.push_back(std::move(event));
  }
}

}  // namespace reachable
