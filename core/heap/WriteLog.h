#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "heap/HeapCell.h"

namespace reachable {

// The cells written since the timeline last looked, so that recording a step costs
// what the step changed rather than the size of the heap. Off unless a timeline is
// being recorded; then every write to a cell notes it here once per step (a write
// barrier, in collector terms). An array that only grew at its end notes from where,
// so that pushing onto a long array stays cheap to record.
class WriteLog {
 public:
  static constexpr std::uint32_t kWhole = 0;
  static constexpr std::uint32_t kNothing = std::numeric_limits<std::uint32_t>::max();

  struct Entry {
    CellId id;
    // The first element that may have changed; kWhole when anything may have.
    std::uint32_t elementsFrom;
  };

  bool on() const { return on_; }
  void start() { on_ = true; }
  // Stops logging, forgetting what was not taken.
  template <class Find>
  void stop(Find&& find) {
    take(find);
    on_ = false;
  }

  void note(HeapCell& cell, std::uint32_t elementsFrom) {
    if (!(cell.flags & kWritten)) {
      cell.flags |= kWritten;
      if (cell.id >= from_.size()) from_.resize(cell.id + 1, kNothing);
      from_[cell.id] = elementsFrom;
      ids_.push_back(cell.id);
    } else if (elementsFrom < from_[cell.id]) {
      from_[cell.id] = elementsFrom;
    }
  }

  // What was written since the last call, each cell once, in the order first written.
  // `find` gives the live cell for an id (nullptr when it was freed meanwhile).
  template <class Find>
  std::vector<Entry> take(Find&& find) {
    std::vector<Entry> entries;
    entries.reserve(ids_.size());
    for (CellId id : ids_) {
      HeapCell* cell = find(id);
      if (!cell || !(cell->flags & kWritten)) continue;
      cell->flags &= static_cast<std::uint8_t>(~kWritten);
      entries.push_back({id, from_[id]});
      from_[id] = kNothing;
    }
    ids_.clear();
    return entries;
  }

  // The collector frees a cell: whatever reuses its id starts afresh.
  void forget(CellId id) {
    if (id < from_.size()) from_[id] = kNothing;
  }

 private:
  static constexpr std::uint8_t kWritten = 2;  // bit 0 is the heap's external-bytes flag

  bool on_ = false;
  std::vector<CellId> ids_;
  std::vector<std::uint32_t> from_;  // by cell id
};

}  // namespace reachable
