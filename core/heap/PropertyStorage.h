#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "heap/PropertyDictionary.h"
#include "heap/Shape.h"

namespace reachable {

// An object's own named properties, in insertion order, addressed by index.
//
// Most objects are *shaped*: the keys and attributes live in a Shape shared with
// every object built alike, and the object holds only the values, the first few
// inline (so that reading a small object touches one cache line, which is what the
// collector's mark loop waits on) and the rest beside it. An object that deletes a
// property, changes one's attributes or grows past kMaxShapedProperties moves to a
// private dictionary, as V8's objects do.
class PropertyStorage {
 public:
  static constexpr std::uint32_t kInlineSlots = 4;
  static constexpr std::uint32_t kMaxShapedProperties = 64;

  PropertyStorage() = default;
  ~PropertyStorage();
  PropertyStorage(const PropertyStorage&) = delete;
  PropertyStorage& operator=(const PropertyStorage&) = delete;

  // The index of `key`, or -1.
  std::int64_t find(Value key) const;
  // The accessors below are inline: the interpreter's inline caches and the size
  // estimate of every new cell go through them.
  std::uint32_t size() const {
    if (shape_) return shape_->size();
    return dictionary_ ? dictionary_->size() : 0;
  }
  bool empty() const { return size() == 0; }
  Value key(std::uint32_t index) const { return shape_ ? shape_->entry(index).key : dictionary_->at(index).key; }
  std::uint8_t attributes(std::uint32_t index) const {
    return shape_ ? shape_->entry(index).attributes : dictionary_->at(index).attributes;
  }
  Value value(std::uint32_t index) const { return shape_ ? slot(index) : dictionary_->at(index).value; }
  void setValue(std::uint32_t index, Value value) {
    if (shape_) {
      slot(index) = value;
    } else {
      dictionary_->at(index).value = value;
    }
  }

  // Adds a property that must not exist yet. `emptyShape` is the heap's root shape.
  void add(Shape& emptyShape, Value key, Value value, std::uint8_t attributes);
  // Removing or reconfiguring changes the layout, so the object leaves its shape.
  bool remove(Value key);
  void setAttributes(std::uint32_t index, std::uint8_t attributes);

  bool isDictionary() const { return !shape_ && dictionary_; }
  // The shared layout while shaped, null while there are no properties or in
  // dictionary mode: with isDictionary(), what an inline cache keys on.
  const Shape* shape() const { return shape_; }
  // Adds the property a cached transition says `next` (a child of the current
  // shape) adds, without looking the transition up.
  void addWithShape(Shape* next, Value value);
  // The first inline value, for the collector to prefetch.
  const Value* firstValue() const { return isDictionary() ? nullptr : inline_; }

 private:
  Value& slot(std::uint32_t index) {
    return index < kInlineSlots ? inline_[index] : (*overflow_)[index - kInlineSlots];
  }
  const Value& slot(std::uint32_t index) const {
    return index < kInlineSlots ? inline_[index] : (*overflow_)[index - kInlineSlots];
  }
  void appendOverflow(Value value);
  void toDictionary();

  // Three states in one word beside the inline values, so that a small object stays
  // small: no properties (both null); shaped (`shape_` set, `overflow_` holding the
  // values past the inline slots once there are any); dictionary (`shape_` null,
  // `dictionary_` set).
  Shape* shape_ = nullptr;
  Value inline_[kInlineSlots];
  union {
    std::vector<Value>* overflow_ = nullptr;
    PropertyDictionary* dictionary_;
  };
};

}  // namespace reachable
