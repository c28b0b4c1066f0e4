#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "heap/HeapCell.h"

namespace reachable {

// The cells written since the timeline last looked, so that recording a step costs
// what the step changed rather than the size of the heap. Off unless a timeline is
// being recorded; then every write to a cell notes it here once per step (a write
// barrier, in collector terms). A write to elements alone notes which: an array that
// grew at its end notes from where, a write to one element or one Map entry notes
// that one, so that recording a step on a long array or Map costs the rows it wrote.
class WriteLog {
 public:
  static constexpr std::uint32_t kWhole = 0;
  static constexpr std::uint32_t kToEnd = std::numeric_limits<std::uint32_t>::max();

  // Elements moved as a whole: `removed` of them taken out at `at` and `inserted` new
  // ones put there (shift, unshift, splice), the ones after only moving along.
  struct Splice {
    std::uint32_t at = 0;
    std::uint32_t removed = 0;
    std::uint32_t inserted = 0;
  };

  struct Entry {
    CellId id;
    // The elements (or entries) that may have changed: [elementsFrom, elementsTo),
    // after `splice` when there is one (then the range may be empty: from past to).
    // Anything may have when elementsFrom is kWhole and elementsTo kToEnd; when
    // elementsTo is kToEnd the length may have changed too.
    std::uint32_t elementsFrom;
    std::uint32_t elementsTo;
    std::optional<Splice> splice;
    bool whole() const { return elementsFrom == kWhole && elementsTo == kToEnd; }
  };

  bool on() const { return on_; }
  void start() { on_ = true; }
  // Stops logging, forgetting what was not taken.
  template <class Find>
  void stop(Find&& find) {
    std::vector<Entry> forgotten;
    take(find, forgotten);
    on_ = false;
  }

  // Elements [from, to) changed: the union with what the step wrote before.
  void note(HeapCell& cell, std::uint32_t from, std::uint32_t to) {
    Range& range = rangeOf(cell);
    range.from = std::min(range.from, from);
    range.to = std::max(range.to, to);
  }
  // A splice, as the first write to the cell in its step; after another write it is
  // noted as what it changed: every element from `at` on.
  void noteSplice(HeapCell& cell, Splice splice) {
    const bool first = !(cell.flags & kWritten);
    Range& range = rangeOf(cell);
    if (first) {
      range.splice = splice;
    } else {
      note(cell, splice.at, kToEnd);
    }
  }

  // What was written since the last call, each cell once, in the order first written,
  // into `entries` (cleared first). `find` gives the live cell for an id (nullptr when
  // it was freed meanwhile).
  template <class Find>
  void take(Find&& find, std::vector<Entry>& entries) {
    entries.clear();
    for (CellId id : ids_) {
      HeapCell* cell = find(id);
      if (!cell || !(cell->flags & kWritten)) continue;
      cell->flags &= static_cast<std::uint8_t>(~kWritten);
      entries.push_back({id, ranges_[id].from, ranges_[id].to, ranges_[id].splice});
    }
    ids_.clear();
  }

 private:
  static constexpr std::uint8_t kWritten = 2;  // bit 0 is the heap's external-bytes flag

  // Empty until noted: `from` past `to`.
  struct Range {
    std::uint32_t from = kToEnd;
    std::uint32_t to = 0;
    std::optional<Splice> splice;
  };

  // The cell's range, reset when this is its step's first write.
  Range& rangeOf(HeapCell& cell) {
    if (!(cell.flags & kWritten)) {
      cell.flags |= kWritten;
      if (cell.id >= ranges_.size()) ranges_.resize(cell.id + 1);
      ranges_[cell.id] = Range();
      ids_.push_back(cell.id);
    }
    return ranges_[cell.id];
  }

  bool on_ = false;
  std::vector<CellId> ids_;
  std::vector<Range> ranges_;  // by cell id, for the cells noted since the last take
};

}  // namespace reachable
