#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "heap/PropertyAttributes.h"
#include "heap/Value.h"

namespace reachable {

struct ShapeEntry {
  Value key;
  std::uint8_t attributes;
};

// The layout shared by objects built alike (V8's hidden class, or "map"): the keys
// in insertion order with their attributes; the object keeps only the values, in
// the same order. Adding a property moves an object to a child shape, made once and
// shared by every object that adds the same key next. Shapes are immutable and live
// as long as the heap, so an interpreter can cache "this shape has `name` at slot 2".
class Shape {
 public:
  Shape() = default;
  Shape(const Shape&) = delete;
  Shape& operator=(const Shape&) = delete;

  std::uint32_t size() const { return static_cast<std::uint32_t>(entries_.size()); }
  const ShapeEntry& entry(std::uint32_t index) const { return entries_[index]; }
  // The slot of `key`, or -1.
  std::int64_t find(Value key) const;
  // The shape of an object that has these properties and then `key`.
  Shape* withProperty(Value key, std::uint8_t attributes);

 private:
  static constexpr std::size_t kIndexThreshold = 8;

  struct Transition {
    Value key;
    std::uint8_t attributes;
    std::unique_ptr<Shape> child;
  };
  // Most shapes have a child or two (the empty shape a few dozen), scanned in a
  // short array; a shape that objects used as maps leave by many keys gets an index.
  static constexpr std::size_t kTransitionIndexThreshold = 8;

  std::vector<ShapeEntry> entries_;
  std::unique_ptr<std::unordered_map<std::uint64_t, std::uint32_t>> index_;
  std::vector<Transition> transitions_;
  std::unique_ptr<std::map<std::pair<std::uint64_t, std::uint8_t>, Shape*>> transitionIndex_;
};

}  // namespace reachable
