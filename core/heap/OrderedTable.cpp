#include "heap/OrderedTable.h"

namespace reachable {

void OrderedTable::append(Value key, Value value, std::uint64_t hash) {
  index_.emplace(hash, static_cast<std::uint32_t>(entries_.size()));
  entries_.push_back({key, value});
  ++liveCount_;
}

void OrderedTable::eraseAt(std::uint32_t position, std::uint64_t hash) {
  auto [first, last] = index_.equal_range(hash);
  for (auto it = first; it != last; ++it) {
    if (it->second == position) {
      index_.erase(it);
      break;
    }
  }
  entries_[position] = {Value::hole(), Value::undefined()};
  --liveCount_;
}

void OrderedTable::compact() {
  std::vector<std::uint32_t> moved(entries_.size());
  std::uint32_t next = 0;
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    moved[i] = next;
    if (entries_[i].live()) entries_[next++] = entries_[i];
  }
  entries_.resize(next);
  if (entries_.capacity() > 2 * entries_.size() + 16) entries_.shrink_to_fit();
  // Only live entries are indexed.
  for (auto& [hash, position] : index_) position = moved[position];
}

void OrderedTable::clear() {
  for (auto& e : entries_) e = {Value::hole(), Value::undefined()};
  index_.clear();
  liveCount_ = 0;
}

}  // namespace reachable
