#include "engine/PropertyCache.h"

#include "heap/JSObject.h"

namespace reachable::property_cache {

namespace {

// Objects whose named lookups the shape describes completely: not arrays (their
// `length`), not wrappers (a string's indices), not dictionaries.
JSObject* cacheable(Engine& engine, Value v) {
  if (!v.isObject()) return nullptr;
  HeapCell& cell = engine.heap().get(v.asCell());
  if (!isObjectKind(cell.kind) || cell.kind == CellKind::PrimitiveWrapper || cell.kind == CellKind::Proxy)
    return nullptr;
  auto& object = static_cast<JSObject&>(cell);
  return object.properties.isDictionary() ? nullptr : &object;
}

// Records the prototype chain of `o` (up to kChain objects) with their shapes.
bool recordChain(Engine& engine, PropertyCache& cache, const JSObject& o) {
  cache.chainLength = 0;
  for (CellId p = o.proto; p != kNoCell; p = engine.heap().as<JSObject>(p).proto) {
    const auto& proto = engine.heap().as<JSObject>(p);
    if (cache.chainLength == PropertyCache::kChain || proto.properties.isDictionary() ||
        proto.kind == CellKind::Array) {
      return false;
    }
    cache.chain[cache.chainLength] = p;
    cache.chainShapes[cache.chainLength++] = proto.properties.shape();
  }
  return true;
}

// Adds the property a cached transition to `next` adds, as a write the timeline sees.
void addCachedProperty(Engine& engine, JSObject& o, Shape* next, Value value) {
  engine.heap().noteWrite(o);
  o.properties.addWithShape(next, value);
  engine.heap().accountNewProperty(o);
}

bool chainUnchanged(Engine& engine, const PropertyCache& cache, const JSObject& o) {
  CellId p = o.proto;
  for (std::uint8_t i = 0; i < cache.chainLength; ++i) {
    if (p != cache.chain[i]) return false;
    const auto& proto = engine.heap().as<JSObject>(p);
    if (!sameShape(proto, cache.chainShapes[i])) return false;
    p = proto.proto;
  }
  return p == kNoCell;
}

}  // namespace

void rememberGet(Engine& engine, PropertyCache& cache, Value receiver, Value key) {
  JSObject* o = cacheable(engine, receiver);
  if (!o || key == engine.atoms().length || o->kind == CellKind::Array) return;
  auto own = o->properties.find(key);
  if (own >= 0) {
    if (o->properties.attributes(static_cast<std::uint32_t>(own)) & kAccessor) return;
    cache = {PropertyCache::Kind::Own, o->properties.shape(), static_cast<std::uint32_t>(own)};
    return;
  }
  if (o->proto == kNoCell) return;
  JSObject* holder = cacheable(engine, Value::object(o->proto));
  if (!holder) return;
  auto found = holder->properties.find(key);
  if (found < 0 || (holder->properties.attributes(static_cast<std::uint32_t>(found)) & kAccessor)) return;
  cache = {PropertyCache::Kind::Prototype, o->properties.shape(), static_cast<std::uint32_t>(found)};
  cache.chain[0] = o->proto;
  cache.chainShapes[0] = holder->properties.shape();
}

bool set(Engine& engine, const PropertyCache& cache, Value receiver, Value value) {
  if (!receiver.isObject()) return false;
  auto& o = engine.heap().as<JSObject>(receiver);
  // A proxy has no properties, like an empty object, but every write goes to its trap.
  if (!sameShape(o, cache.shape) || o.kind == CellKind::Array || o.kind == CellKind::Proxy) return false;
  if (cache.kind == PropertyCache::Kind::Own) {
    engine.heap().noteWrite(o);
    o.properties.setValue(cache.slot, value);
    return true;
  }
  if (cache.kind != PropertyCache::Kind::Transition || !o.extensible || !chainUnchanged(engine, cache, o)) return false;
  addCachedProperty(engine, o, cache.next, value);
  return true;
}

void rememberSet(Engine& engine, PropertyCache& cache, Value receiver, Value key, const Shape* before,
                 bool wasDictionary) {
  JSObject* o = cacheable(engine, receiver);
  if (!o || wasDictionary || key == engine.atoms().length || o->kind == CellKind::Array) return;
  auto index = o->properties.find(key);
  if (index < 0) return;
  auto slot = static_cast<std::uint32_t>(index);
  if (o->properties.attributes(slot) != kDefaultAttributes) return;
  if (o->properties.shape() == before) {
    cache = {PropertyCache::Kind::Own, before, slot};
    return;
  }
  // A new property: replayable while the prototypes keep their shapes (so that no
  // setter or read-only property of the same name has appeared on them).
  PropertyCache transition{PropertyCache::Kind::Transition, before, slot};
  transition.next = const_cast<Shape*>(o->properties.shape());
  if (recordChain(engine, transition, *o)) cache = transition;
}

bool define(Engine& engine, const PropertyCache& cache, Value receiver, Value value) {
  if (cache.kind != PropertyCache::Kind::Define) return false;
  auto& o = engine.heap().as<JSObject>(receiver);
  // Arrays and wrappers have properties their shape does not list (length, a string's
  // indices), which CreateDataProperty must not define over.
  if (!sameShape(o, cache.shape) || !o.extensible || o.kind == CellKind::Array ||
      o.kind == CellKind::PrimitiveWrapper) {
    return false;
  }
  addCachedProperty(engine, o, cache.next, value);
  return true;
}

void rememberDefine(Engine& engine, PropertyCache& cache, Value receiver, Value key, const Shape* before,
                    bool wasDictionary) {
  JSObject* o = cacheable(engine, receiver);
  if (!o || wasDictionary || o->kind == CellKind::Array || o->properties.shape() == before) return;
  auto index = o->properties.find(key);
  if (index < 0 || o->properties.attributes(static_cast<std::uint32_t>(index)) != kDefaultAttributes) return;
  PropertyCache defined{PropertyCache::Kind::Define, before, static_cast<std::uint32_t>(index)};
  defined.next = const_cast<Shape*>(o->properties.shape());
  cache = defined;
}

}  // namespace reachable::property_cache
