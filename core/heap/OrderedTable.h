#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "heap/Value.h"

namespace reachable {

// The entries of a Map, Set, WeakMap or WeakSet in insertion order. A deleted entry
// leaves a hole (its key becomes Value::hole()) so that positions stay stable for
// iterators and for the edge names the collector records ("entry 3"). The caller
// supplies the hash and the key equality (SameValueZero compares strings by content,
// which needs the heap; weak tables compare by identity).
class OrderedTable {
 public:
  struct Entry {
    Value key;
    Value value;
    bool live() const { return !key.isHole(); }
  };

  template <class Equal>
  std::int64_t find(Value key, std::uint64_t hash, Equal&& equal) const {
    auto [first, last] = index_.equal_range(hash);
    for (auto it = first; it != last; ++it) {
      if (equal(entries_[it->second].key, key)) return it->second;
    }
    return -1;
  }
  std::int64_t findIdentical(Value key) const {
    return find(key, key.bits(), [](Value a, Value b) { return a == b; });
  }

  void append(Value key, Value value, std::uint64_t hash);
  void appendIdentical(Value key, Value value) { append(key, value, key.bits()); }
  void eraseAt(std::uint32_t position, std::uint64_t hash);
  void eraseIdenticalAt(std::uint32_t position) { eraseAt(position, entries_[position].key.bits()); }
  void clear();

  // Whether the holes outnumber the live entries (eight at least): then the table is
  // worth compacting before it grows, or a Map used as a queue would keep a slot for
  // every entry it ever held, and its iteration would walk them all.
  bool sparse() const {
    const std::size_t holes = entries_.size() - liveCount_;
    return holes >= 8 && holes >= liveCount_;
  }
  // Drops the holes, moving live entries down: positions change, so only while
  // nothing walks the table by position (below).
  void compact();

  // What walks the table by position while the program runs: its unfinished
  // iterators, by id and serial (a swept iterator's id may be another cell's now), and
  // forEach loops under way. The engine keeps these; a compaction waits for them.
  std::vector<std::pair<CellId, std::uint32_t>> iterators;
  std::uint32_t loops = 0;

  const std::vector<Entry>& entries() const { return entries_; }
  Entry& at(std::uint32_t position) { return entries_[position]; }
  std::size_t liveCount() const { return liveCount_; }
  // Whether no entry was deleted since the last compaction: then an entry's place as a
  // Map shows it is its position.
  bool dense() const { return entries_.size() == liveCount_; }
  // How many live entries come before `position`: the entry's place as a Map shows it.
  std::uint32_t liveIndex(std::uint32_t position) const {
    if (dense()) return position;
    std::uint32_t live = 0;
    for (std::uint32_t i = 0; i < position; ++i) live += entries_[i].live() ? 1 : 0;
    return live;
  }

 private:
  std::vector<Entry> entries_;
  std::unordered_multimap<std::uint64_t, std::uint32_t> index_;
  std::size_t liveCount_ = 0;
};

}  // namespace reachable
