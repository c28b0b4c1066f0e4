#include "heap/PropertyDictionary.h"

namespace reachable {

std::int64_t PropertyDictionary::indexOf(Value key) const {
  if (index_) {
    auto it = index_->find(key.bits());
    return it == index_->end() ? -1 : static_cast<std::int64_t>(it->second);
  }
  for (std::size_t i = 0; i < properties_.size(); ++i) {
    if (properties_[i].key == key) return static_cast<std::int64_t>(i);
  }
  return -1;
}

void PropertyDictionary::append(Value key, Value value, std::uint8_t attributes) {
  properties_.push_back({key, value, attributes});
  if (index_) {
    index_->emplace(key.bits(), static_cast<std::uint32_t>(properties_.size() - 1));
  } else if (properties_.size() > kIndexThreshold) {
    rebuildIndex();
  }
}

bool PropertyDictionary::remove(Value key) {
  auto i = indexOf(key);
  if (i < 0) return false;
  properties_.erase(properties_.begin() + i);
  if (properties_.size() > kIndexThreshold) {
    rebuildIndex();
  } else {
    index_.reset();
  }
  return true;
}

void PropertyDictionary::rebuildIndex() {
  index_ = std::make_unique<std::unordered_map<std::uint64_t, std::uint32_t>>();
  index_->reserve(properties_.size() * 2);
  for (std::uint32_t i = 0; i < properties_.size(); ++i) index_->emplace(properties_[i].key.bits(), i);
}

}  // namespace reachable
