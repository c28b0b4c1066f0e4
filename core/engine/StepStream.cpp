#include "engine/StepStream.h"

#include <unordered_map>

#include "engine/Engine.h"
#include "heap/EdgeDescription.h"

namespace reachable {

namespace {

StepEvent objectEvent(StepEvent::Kind kind, ObjectId object, ObjectId other = kNoObject) {
  return {kind, object, other, {}, false};
}

}  // namespace

StepStream::StepStream(const Engine& engine, StepSink& sink) : engine_(engine), sink_(sink) { begin(StepKind::Start); }

void StepStream::begin(StepKind kind, std::optional<SourceRange> range) {
  if (current_) sink_.step(*current_);
  current_ = StepRecord{next_++, kind, range, std::nullopt, std::move(pending_)};
  pending_.clear();
}

void StepStream::flush() { finish(); }

void StepStream::finish() {
  if (current_) sink_.step(*current_);
  current_.reset();
}

void StepStream::statement(const SourceRange& range) { begin(StepKind::Statement, range); }

bool StepStream::collectionRequestedNow() {
  if (!collectAfter_ || *collectAfter_ != currentStep()) return false;
  collectAfter_.reset();
  return true;
}

ObjectId StepStream::objectOf(CellId id) const {
  const Heap& heap = engine_.heap();
  return heap.programObjects().idOf(heap.get(id));
}

void StepStream::collectionStarting() { begin(StepKind::GcMark); }

// The collector's four phases, each its own step, in the order it ran them; the
// mark step began as the collection started.
void StepStream::collection(const CollectionRecord& record) {
  sink_.collectionRecorded(record);
  current_->collection = record.reason;
  addMarked(record);
  begin(StepKind::GcClear);
  current_->collection = record.reason;
  addCleared(record);
  begin(StepKind::GcSweep);
  current_->collection = record.reason;
  for (const auto& swept : record.sweptObjects) add(objectEvent(StepEvent::Kind::Freed, swept.object));
  begin(StepKind::GcQueueCleanup);
  current_->collection = record.reason;
  for (CellId registry : record.cleanupDue) add(objectEvent(StepEvent::Kind::CleanupQueued, objectOf(registry)));
}

// Each of the program's objects the mark reached, with the edge (or root) it came by.
void StepStream::addMarked(const CollectionRecord& record) {
  const Heap& heap = engine_.heap();
  for (const auto& m : record.marked) {
    ObjectId object = objectOf(m.id);
    if (!object) continue;
    if (m.via.fromRoot()) {
      add({StepEvent::Kind::Marked, object, kNoObject, engine_.describeRoot(m.via.root)});
    } else {
      add({StepEvent::Kind::Marked, object, objectOf(m.via.from), describeEdge(heap, m.via.from, m.via.edge)});
    }
  }
}

// What was cleared refers to what was not marked, and so swept by the time the
// record is handed on: those are named by the serials the sweep kept.
void StepStream::addCleared(const CollectionRecord& record) {
  if (record.clearedWeakRefs.empty() && record.removedEntries.empty() && record.emptiedCells.empty()) return;
  std::unordered_map<CellId, ObjectId> swept;
  for (const auto& s : record.sweptObjects) swept.emplace(s.id, s.object);
  auto sweptObject = [&](CellId id) {
    auto it = swept.find(id);
    return it == swept.end() ? kNoObject : it->second;
  };
  for (const auto& c : record.clearedWeakRefs) {
    add(objectEvent(StepEvent::Kind::ClearedWeakRef, objectOf(c.weakRef), sweptObject(c.target)));
  }
  for (const auto& r : record.removedEntries) {
    add(objectEvent(StepEvent::Kind::RemovedEntry, objectOf(r.container), sweptObject(r.key)));
  }
  for (const auto& c : record.emptiedCells) {
    add(objectEvent(StepEvent::Kind::EmptiedCell, objectOf(c.registry), sweptObject(c.target)));
  }
}

void StepStream::taskStarted(std::string description, ObjectId runsFor) {
  begin(StepKind::TaskStart);
  add({StepEvent::Kind::TaskStarted, runsFor, kNoObject, std::move(description)});
}

void StepStream::taskEnded(std::size_t keptReleased) {
  begin(StepKind::TaskEnd);
  add({StepEvent::Kind::TaskEnded, kNoObject, kNoObject,
       std::to_string(keptReleased) + " kept objects released after the microtask checkpoint"});
}

void StepStream::console(bool toStandardError, std::string text) {
  StepEvent event{StepEvent::Kind::Console, kNoObject, kNoObject, std::move(text), toStandardError};
  if (current_) {
    add(std::move(event));
  } else {
    pending_.push_back(std::move(event));
  }
}

}  // namespace reachable
