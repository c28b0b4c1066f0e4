#pragma once

#include "heap/JSObject.h"
#include "heap/OrderedTable.h"

namespace reachable {

// Map and Set hold their keys and values strongly.
struct MapObject : JSObject {
  explicit MapObject(CellId prototype) : JSObject(CellKind::Map, prototype) {}
  OrderedTable table;
};

struct SetObject : JSObject {
  explicit SetObject(CellId prototype) : JSObject(CellKind::Set, prototype) {}
  OrderedTable table;  // values are the keys; `value` is unused
};

// A WeakMap entry is an ephemeron: the key is held weakly, and the value is live
// only while both the map and the key are live.
struct WeakMapObject : JSObject {
  explicit WeakMapObject(CellId prototype) : JSObject(CellKind::WeakMap, prototype) {}
  OrderedTable table;
};

// A WeakSet holds its members weakly.
struct WeakSetObject : JSObject {
  explicit WeakSetObject(CellId prototype) : JSObject(CellKind::WeakSet, prototype) {}
  OrderedTable table;
};

}  // namespace reachable
