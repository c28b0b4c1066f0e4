#pragma once

#include <vector>

#include "heap/HeapCell.h"
#include "heap/PropertyStorage.h"

namespace reachable {

// A JavaScript object: a prototype, named properties in insertion order and
// integer-indexed elements (holes allowed). Every object kind derives from it.
struct JSObject : HeapCell {
  explicit JSObject(CellKind k = CellKind::Object, CellId prototype = kNoCell) : HeapCell(k), proto(prototype) {}

  CellId proto;
  bool extensible = true;
  // Arrays only: whether `length` can be assigned, and the attributes every element
  // shares (Object.freeze makes them read-only all at once).
  bool lengthWritable = true;
  // An arguments object (util.inspect prints it as [Arguments]).
  bool isArguments = false;
  // Arrays only: some indices (defined with their own attributes or as accessors)
  // live among the named properties, leaving a hole in `elements`.
  bool namedIndices = false;
  std::uint8_t elementAttributes = kDefaultAttributes;
  PropertyStorage properties;
  // Arrays only: the elements, holes included; `length` is their count.
  std::vector<Value> elements;
};

// A primitive boxed as an object (ECMA-262's [[NumberData]], [[StringData]], …).
struct PrimitiveWrapperObject : JSObject {
  PrimitiveWrapperObject(CellId prototype, Value value)
      : JSObject(CellKind::PrimitiveWrapper, prototype), primitive(value) {}
  Value primitive;
};

// The getter and setter of an accessor property (undefined when absent).
struct AccessorPair : HeapCell {
  AccessorPair(Value g, Value s) : HeapCell(CellKind::AccessorPair), getter(g), setter(s) {}
  Value getter;
  Value setter;
};

}  // namespace reachable
