#pragma once

#include <array>
#include <cstdint>

#include "engine/Engine.h"
#include "heap/JSObject.h"
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

// Whether `o` has the layout a cache recorded. A null shape is an object without
// properties; a dictionary has no shape either.
inline bool sameShape(const JSObject& o, const Shape* shape) {
  return o.properties.shape() == shape && (shape || !o.properties.isDictionary());
}

// A cached read; false on a miss. Inline: the interpreter's commonest instruction
// after the stack's own.
inline bool get(Engine& engine, const PropertyCache& cache, Value receiver, Value& result) {
  if (cache.kind == PropertyCache::Kind::Empty || cache.kind == PropertyCache::Kind::Transition) return false;
  if (!receiver.isObject()) return false;
  auto& o = engine.heap().as<JSObject>(receiver);
  if (!sameShape(o, cache.shape) || o.kind == CellKind::Array) return false;
  if (cache.kind == PropertyCache::Kind::Own) {
    result = o.properties.value(cache.slot);
  } else {
    if (o.proto != cache.chain[0]) return false;
    const auto& holder = engine.heap().as<JSObject>(cache.chain[0]);
    if (!sameShape(holder, cache.chainShapes[0])) return false;
    result = holder.properties.value(cache.slot);
  }
  // The lazily formatted stack of an error is not a value yet.
  return !result.isUninitialized();
}

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
