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
  if (transitionIndex_) {
    auto it = transitionIndex_->find({key.bits(), attributes});
    if (it != transitionIndex_->end()) return it->second;
  } else {
    for (const Transition& t : transitions_) {
      if (t.key == key && t.attributes == attributes) return t.child.get();
    }
  }
  auto child = std::make_unique<Shape>();
  child->entries_ = entries_;
  child->entries_.push_back({key, attributes});
  if (child->entries_.size() > kIndexThreshold) {
    child->index_ = std::make_unique<std::unordered_map<std::uint64_t, std::uint32_t>>();
    for (std::uint32_t i = 0; i < child->entries_.size(); ++i) child->index_->emplace(child->entries_[i].key.bits(), i);
  }
  Shape* made = child.get();
  transitions_.push_back({key, attributes, std::move(child)});
  if (transitionIndex_) {
    transitionIndex_->emplace(std::pair{key.bits(), attributes}, made);
  } else if (transitions_.size() > kTransitionIndexThreshold) {
    transitionIndex_ = std::make_unique<std::map<std::pair<std::uint64_t, std::uint8_t>, Shape*>>();
    for (const Transition& t : transitions_)
      transitionIndex_->emplace(std::pair{t.key.bits(), t.attributes}, t.child.get());
  }
  return made;
}

}  // namespace reachable
