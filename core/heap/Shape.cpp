#include "heap/Shape.h"

namespace reachable {

std::int64_t Shape::find(Value key) const {
  if (index_) {
    auto it = index_->find(key.bits());
    return it == index_->end() ? -1 : static_cast<std::int64_t>(it->second);
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].key == key) return static_cast<std::int64_t>(i);
  }
  return -1;
}

Shape* Shape::withProperty(Value key, std::uint8_t attributes) {
  if (lastKey_ == key && lastAttributes_ == attributes) return lastChild_;
  auto& child = transitions_[{key.bits(), attributes}];
  if (!child) {
    child = std::make_unique<Shape>();
    child->entries_ = entries_;
    child->entries_.push_back({key, attributes});
    if (child->entries_.size() > kIndexThreshold) {
      child->index_ = std::make_unique<std::unordered_map<std::uint64_t, std::uint32_t>>();
      for (std::uint32_t i = 0; i < child->entries_.size(); ++i)
        child->index_->emplace(child->entries_[i].key.bits(), i);
    }
  }
  lastKey_ = key;
  lastAttributes_ = attributes;
  lastChild_ = child.get();
  return child.get();
}

}  // namespace reachable
