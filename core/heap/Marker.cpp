#include "heap/Marker.h"

#include "heap/Tracing.h"

namespace reachable {

namespace {

bool holdsWeakReferences(CellKind kind) {
  return kind == CellKind::WeakRef || kind == CellKind::WeakMap || kind == CellKind::WeakSet ||
         kind == CellKind::FinalizationRegistry;
}

// Roots the heap keeps by itself, named for retaining paths.
constexpr std::uint32_t kHeapGroup = 0xFFFF'FFFF;

}  // namespace

Marker::Marker(const Heap& heap, std::vector<CollectionRecord::Marked>* marked, Edges followed)
    : heap_(heap), followed_(followed), color_(heap.idLimit(), kWhite), marked_(marked) {}

void Marker::markRoots(const RootProvider& roots) {
  struct Visitor final : RootVisitor {
    Marker& marker;
    explicit Visitor(Marker& m) : marker(m) {}
    void visitRoot(RootRef ref, Value value) override { marker.markValue(value, Retainer{kNoCell, {}, ref}); }
  } visitor(*this);
  roots.forEachRoot(visitor);
  if (followed_ == Edges::All) roots.forEachWeaklyHeld(visitor);
  const auto& kept = heap_.kept().values();
  for (std::uint32_t i = 0; i < kept.size(); ++i) markValue(kept[i], Retainer{kNoCell, {}, {RootKind::Kept, 0, i}});
  heap_.forEachOwnRoot([&](Value v) { markValue(v, Retainer{kNoCell, {}, {RootKind::Intrinsic, kHeapGroup, 0}}); });
}

void Marker::markValue(Value v, const Retainer& why) {
  if (!v.isCell()) return;
  CellId id = v.asCell();
  if (color_[id] != kWhite) return;
  color_[id] = kGray;
  gray_.push_back(id);
  if (marked_) marked_->push_back({id, why});
}

void Marker::trace() {
  do {
    drainStackWithLookahead();
  } while (settleEphemerons());
}

// Marking is bound by memory latency: each cell and its property array sit
// somewhere random in memory. Cells therefore pass through a short window between
// the gray stack and `blacken`: the cell is fetched when it enters the window and
// its properties halfway through, so that the misses of several cells overlap.
// The order stays last-in first-out apart from this short delay.
void Marker::drainStackWithLookahead() {
  constexpr std::size_t kWindow = 16, kHalf = kWindow / 2;
  CellId window[kWindow];
  std::size_t head = 0, count = 0;
  while (true) {
    while (count < kWindow && !gray_.empty()) {
      CellId id = gray_.back();
      gray_.pop_back();
      __builtin_prefetch(&heap_.get(id));
      window[(head + count++) % kWindow] = id;
    }
    if (count == 0) return;
    if (count > kHalf) prefetchContents(window[(head + kHalf) % kWindow]);
    CellId id = window[head];
    head = (head + 1) % kWindow;
    --count;
    blacken(id);
  }
}

void Marker::prefetchContents(CellId id) const {
  const HeapCell& cell = heap_.get(id);
  if (!isObjectKind(cell.kind)) return;
  const auto& object = static_cast<const JSObject&>(cell);
  if (const Value* first = object.properties.firstValue(); first && object.properties.size() > 0) {
    __builtin_prefetch(first);
  }
}

void Marker::blacken(CellId id) {
  color_[id] = kBlack;
  const HeapCell& cell = heap_.get(id);
  if (holdsWeakReferences(cell.kind)) weakHolders_.push_back(id);
  traceCell(cell, [&](const Edge& edge) {
    if (edge.strength == EdgeStrength::Strong || followed_ == Edges::All) {
      // Most edges of a big graph lead to cells already reached: tell those apart
      // before making the retainer a first mark records.
      if (edge.target.isCell() && color_[edge.target.asCell()] == kWhite) {
        markValue(edge.target, Retainer{id, edge.name, {}});
      }
    } else if (edge.strength == EdgeStrength::Ephemeron) {
      if (isMarked(edge.ephemeronKey)) {
        markValue(edge.target, Retainer{id, edge.name, {}});
      } else {
        pendingEphemerons_.push_back({id, edge.name.index, edge.ephemeronKey, edge.target});
      }
    }
  });
}

// The ephemeron rule: a WeakMap value becomes live once its key is. Marking one
// value may reach another entry's key, so the caller repeats until nothing changes.
bool Marker::settleEphemerons() {
  bool progressed = false;
  std::vector<PendingEphemeron> stillPending;
  for (const auto& e : pendingEphemerons_) {
    if (isMarked(e.key)) {
      markValue(e.value, Retainer{e.map, EdgeName{EdgeKind::WeakMapValue, e.entry, Value()}, {}});
      progressed = true;
    } else {
      stillPending.push_back(e);
    }
  }
  pendingEphemerons_.swap(stillPending);
  return progressed;
}

}  // namespace reachable
