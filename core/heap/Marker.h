#pragma once

#include <cstdint>
#include <vector>

#include "heap/CollectionRecord.h"
#include "heap/Heap.h"
#include "heap/Retainer.h"
#include "heap/Roots.h"

namespace reachable {

// The mark phase, on its own: tricolour marking from the roots along strong edges,
// depth first over an explicit stack of gray cells (never recursion), with WeakMap
// ephemerons resolved to a fixpoint.
class Marker {
 public:
  // Which edges keep their targets: the strong ones (a full collection's rule), or
  // every edge, weak ones included (a quiet collection's: Collector::collectQuietly).
  enum class Edges { Strong, All };

  // `marked`, when given, receives each cell as it is first reached, with how (the
  // record's list, whose memory a collection recorded after it reuses).
  Marker(const Heap& heap, std::vector<CollectionRecord::Marked>* marked, Edges followed = Edges::Strong);

  void markRoots(const RootProvider& roots);
  // Blackens gray cells until none is left, then settles the ephemerons.
  void trace();

  bool isMarked(CellId id) const { return color_[id] != kWhite; }
  // Whether the cell existed when marking began (later cells are unknown to it).
  bool covers(CellId id) const { return id < color_.size(); }
  bool isMarked(Value v) const { return !v.isCell() || isMarked(v.asCell()); }
  // Live cells that hold weak references: the collector's clear phase visits these.
  const std::vector<CellId>& weakHolders() const { return weakHolders_; }

 private:
  static constexpr std::uint8_t kWhite = 0, kGray = 1, kBlack = 2;
  struct PendingEphemeron {
    CellId map;
    std::uint32_t entry;
    Value key;
    Value value;
  };

  void markValue(Value v, const Retainer& why);
  void drainStackWithLookahead();
  void prefetchContents(CellId id) const;
  void blacken(CellId id);
  bool settleEphemerons();

  const Heap& heap_;
  const Edges followed_;
  std::vector<std::uint8_t> color_;
  std::vector<CellId> gray_;
  // Appended in mark order rather than kept in a table by cell id: a table would be
  // cleared and written at random across the whole heap's id range every collection.
  std::vector<CollectionRecord::Marked>* const marked_;
  std::vector<CellId> weakHolders_;
  std::vector<PendingEphemeron> pendingEphemerons_;
};

}  // namespace reachable
