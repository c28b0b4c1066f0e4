#include "engine/StepStream.h"

#include <unordered_map>

#include "engine/Engine.h"
#include "engine/AllocationSites.h"
#include "heap/EdgeDescription.h"

namespace reachable {

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

std::uint32_t StepStream::lineOf(std::uint32_t site) const {
  const AllocationSites* sites = engine_.allocationSites();
  const auto position = sites ? sites->position(site) : std::nullopt;
  return position ? position->line : 0;
}

// An event about a cell still in the heap, named by serial and by the line that made it.
StepEvent StepStream::eventAbout(StepEvent::Kind kind, const HeapCell* cell, ObjectId other) const {
  if (!cell) return {kind, kNoObject, other, {}};
  const ObjectId object = engine_.heap().programObjects().idOf(*cell);
  return {kind, object, other, {}, false, object ? lineOf(cell->site) : 0};
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
  for (const auto& swept : record.sweptObjects)
    add({StepEvent::Kind::Freed, swept.object, kNoObject, {}, false, lineOf(swept.site)});
  begin(StepKind::GcQueueCleanup);
  current_->collection = record.reason;
  for (CellId registry : record.cleanupDue)
    add(eventAbout(StepEvent::Kind::CleanupQueued, &engine_.heap().get(registry)));
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
  const Heap& heap = engine_.heap();
  for (const auto& c : record.clearedWeakRefs)
    add(eventAbout(StepEvent::Kind::ClearedWeakRef, &heap.get(c.weakRef), sweptObject(c.target)));
  for (const auto& r : record.removedEntries)
    add(eventAbout(StepEvent::Kind::RemovedEntry, &heap.get(r.container), sweptObject(r.key)));
  for (const auto& c : record.emptiedCells)
    add(eventAbout(StepEvent::Kind::EmptiedCell, &heap.get(c.registry), sweptObject(c.target)));
}

void StepStream::taskStarted(std::string description, const HeapCell* callback) {
  begin(StepKind::TaskStart);
  StepEvent event = eventAbout(StepEvent::Kind::TaskStarted, callback);
  event.text = std::move(description);
  add(std::move(event));
}

void StepStream::cleanupStarted(std::string description, const HeapCell* registry, const HeapCell* callback) {
  begin(StepKind::TaskStart);
  const ObjectId calls = callback ? engine_.heap().programObjects().idOf(*callback) : kNoObject;
  StepEvent event = eventAbout(StepEvent::Kind::CleanupStarted, registry, calls);
  event.text = std::move(description);
  add(std::move(event));
}

void StepStream::taskEnded(std::size_t keptReleased) {
  begin(StepKind::TaskEnd);
  add({StepEvent::Kind::TaskEnded, kNoObject, kNoObject,
       std::to_string(keptReleased) + " kept objects released after the microtask checkpoint"});
  if (!moduleFinished_) return;
  add({StepEvent::Kind::ModuleFinished, kNoObject, kNoObject, "the module's variables are roots no more"});
  moduleFinished_ = false;
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
