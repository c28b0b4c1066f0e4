#pragma once

#include <array>
#include <cstdint>

#include "engine/Engine.h"
#include "heap/Shape.h"

namespace reachable {

// An inline cache for one `obj.name` read or write in the bytecode: what the last
// lookup found, keyed on the shapes it depended on. A hit reads or writes a slot
// directly; anything unusual (accessors, arrays' length, dictionary objects) is
// simply not cached and takes the full lookup of ObjectOps.
struct PropertyCache {
  // Define: a property an object literal creates (CreateDataProperty), a transition
  // that no prototype can intercept.
  enum class Kind : std::uint8_t { Empty, Own, Prototype, Transition, Define };
  Kind kind = Kind::Empty;
  const Shape* shape = nullptr;  // the receiver's shape (null: no properties)
  std::uint32_t slot = 0;        // where the value is (in the holder for Prototype)
  // Prototype: the object holding the property and its shape. Transition: the
  // prototype chain whose shapes must not have changed (no setter appeared).
  static constexpr std::size_t kChain = 3;
  std::array<CellId, kChain> chain{};
  std::array<const Shape*, kChain> chainShapes{};
  std::uint8_t chainLength = 0;
  Shape* next = nullptr;  // Transition, Define: the receiver's shape after the write
};

namespace property_cache {

// A cached read; false on a miss.
bool get(Engine& engine, const PropertyCache& cache, Value receiver, Value& result);
// Remembers how `receiver.key` was found, when that can be replayed.
void rememberGet(Engine& engine, PropertyCache& cache, Value receiver, Value key);
// A cached write; false on a miss.
bool set(Engine& engine, const PropertyCache& cache, Value receiver, Value value);
// Remembers a write just done: `before` is the receiver's shape before it.
void rememberSet(Engine& engine, PropertyCache& cache, Value receiver, Value key, const Shape* before,
                 bool wasDictionary);

// A cached CreateDataProperty of a new property; false on a miss.
bool define(Engine& engine, const PropertyCache& cache, Value receiver, Value value);
// Remembers a CreateDataProperty just done: `before` is the receiver's shape before it.
void rememberDefine(Engine& engine, PropertyCache& cache, Value receiver, Value key, const Shape* before,
                    bool wasDictionary);

}  // namespace property_cache
}  // namespace reachable
