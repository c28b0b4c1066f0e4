#pragma once

#include <vector>

#include "heap/ElementStorage.h"
#include "heap/HeapCell.h"
#include "heap/PropertyStorage.h"
#include "text/SourcePosition.h"

namespace reachable {

// A JavaScript object: a prototype, named properties in insertion order and
// integer-indexed elements (holes allowed). Every object kind derives from it.
struct JSObject : HeapCell {
  explicit JSObject(CellKind k = CellKind::Object, CellId prototype = kNoCell) : HeapCell(k), proto(prototype) {}

  // Its flags (extensible, …) are in the header's spare bytes: see HeapCell.
  CellId proto;
  PropertyStorage properties;
  // Arrays only: the elements, holes included; `length` is their count.
  ElementStorage elements;
};

// A primitive boxed as an object (ECMA-262's [[NumberData]], [[StringData]], …).
struct PrimitiveWrapperObject : JSObject {
  PrimitiveWrapperObject(CellId prototype, Value value)
      : JSObject(CellKind::PrimitiveWrapper, prototype), primitive(value) {}
  Value primitive;
};

// An Error, and where the program made it: V8 records its stack there, and the
// report of an uncaught error points at it (line 0 when made outside the program).
struct ErrorObject : JSObject {
  explicit ErrorObject(CellId prototype) : JSObject(CellKind::Error, prototype) {}
  SourcePosition madeAt{0, 0, 0};
};

// A Date (ECMA-262's [[DateValue]]): milliseconds since the epoch in UTC, NaN for an
// invalid date.
struct DateObject : JSObject {
  DateObject(CellId prototype, double time) : JSObject(CellKind::Date, prototype), timeValue(time) {}
  double timeValue;
};

// The getter and setter of an accessor property (undefined when absent).
struct AccessorPair : HeapCell {
  AccessorPair(Value g, Value s) : HeapCell(CellKind::AccessorPair), getter(g), setter(s) {}
  Value getter;
  Value setter;
};

}  // namespace reachable
