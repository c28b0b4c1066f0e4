#include "heap/PropertyStorage.h"

namespace reachable {

PropertyStorage::~PropertyStorage() {
  if (shape_) {
    delete overflow_;
  } else {
    delete dictionary_;
  }
}

std::int64_t PropertyStorage::find(Value key) const {
  if (shape_) return shape_->find(key);
  return dictionary_ ? dictionary_->indexOf(key) : -1;
}

void PropertyStorage::appendOverflow(Value value) {
  if (!overflow_) overflow_ = new std::vector<Value>();
  overflow_->push_back(value);
}

void PropertyStorage::add(Shape& emptyShape, Value key, Value value, std::uint8_t attributes) {
  if (!isDictionary() && size() >= kMaxShapedProperties) toDictionary();
  if (isDictionary()) {
    dictionary_->append(key, value, attributes);
    return;
  }
  addWithShape((shape_ ? *shape_ : emptyShape).withProperty(key, attributes), value);
}

void PropertyStorage::addWithShape(Shape* next, Value value) {
  std::uint32_t index = size();
  shape_ = next;
  if (index >= kInlineSlots) {
    appendOverflow(value);
  } else {
    inline_[index] = value;
  }
}

bool PropertyStorage::remove(Value key) {
  if (find(key) < 0) return false;
  if (!isDictionary()) toDictionary();
  return dictionary_->remove(key);
}

void PropertyStorage::setAttributes(std::uint32_t index, std::uint8_t attributes) {
  if (this->attributes(index) == attributes) return;
  if (!isDictionary()) toDictionary();
  dictionary_->at(index).attributes = attributes;
}

void PropertyStorage::toDictionary() {
  auto* dictionary = new PropertyDictionary();
  for (std::uint32_t i = 0; i < size(); ++i) dictionary->append(key(i), slot(i), attributes(i));
  delete overflow_;
  dictionary_ = dictionary;
  shape_ = nullptr;
  for (auto& v : inline_) v = Value();
}

}  // namespace reachable
