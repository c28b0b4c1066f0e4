#include "heap/PropertyStorage.h"

namespace reachable {

std::int64_t PropertyStorage::find(Value key) const {
  if (dictionary_) return dictionary_->indexOf(key);
  return shape_ ? shape_->find(key) : -1;
}

void PropertyStorage::add(Shape& emptyShape, Value key, Value value, std::uint8_t attributes) {
  if (!dictionary_ && size() >= kMaxShapedProperties) toDictionary();
  if (dictionary_) {
    dictionary_->append(key, value, attributes);
    return;
  }
  std::uint32_t index = size();
  shape_ = (shape_ ? *shape_ : emptyShape).withProperty(key, attributes);
  if (index >= kInlineSlots) overflow_.push_back(value);
  slot(index) = value;
}

void PropertyStorage::addWithShape(Shape* next, Value value) {
  std::uint32_t index = size();
  shape_ = next;
  if (index >= kInlineSlots) overflow_.push_back(value);
  slot(index) = value;
}

bool PropertyStorage::remove(Value key) {
  if (find(key) < 0) return false;
  if (!dictionary_) toDictionary();
  return dictionary_->remove(key);
}

void PropertyStorage::setAttributes(std::uint32_t index, std::uint8_t attributes) {
  if (this->attributes(index) == attributes) return;
  if (!dictionary_) toDictionary();
  dictionary_->at(index).attributes = attributes;
}

void PropertyStorage::toDictionary() {
  auto dictionary = std::make_unique<PropertyDictionary>();
  for (std::uint32_t i = 0; i < size(); ++i) dictionary->append(key(i), slot(i), attributes(i));
  dictionary_ = std::move(dictionary);
  shape_ = nullptr;
  overflow_ = {};
  for (auto& v : inline_) v = Value();
}

}  // namespace reachable
