#pragma once

#include <gtest/gtest.h>

#include <string>

#include "RootSet.h"
#include "heap/Collector.h"
#include "heap/FunctionCells.h"
#include "heap/Heap.h"
#include "heap/WeakOperations.h"

namespace reachable::testing {

// A heap, a hand-made root set and a collector over both, with small helpers to
// build object graphs the way a program would.
class HeapFixture : public ::testing::Test {
 protected:
  explicit HeapFixture(HeapOptions options = {}) : heap(options), collector(heap, roots) {}

  Value object() { return Value::object(heap.make<JSObject>().id); }
  Value function() { return Value::object(heap.make<JSFunction>(kNoCell).id); }

  void link(Value from, const std::string& key, Value to) {
    auto& o = heap.as<JSObject>(from);
    Value name = heap.intern(key);
    if (auto index = o.properties.find(name); index >= 0) {
      o.properties.setValue(static_cast<std::uint32_t>(index), to);
    } else {
      o.properties.add(heap.emptyShape(), name, to, kDefaultAttributes);
      heap.reaccount(o);
    }
  }
  void global(const std::string& name, Value v) { roots.globals.push_back({name, v}); }
  bool alive(Value v) const { return heap.contains(v.asCell()); }

  CollectionResult gc(CollectionRecord* record = nullptr) {
    return collector.collect(CollectionReason::Explicit, record);
  }

  WeakRefObject& weakRef(Value ref) { return heap.as<WeakRefObject>(ref); }
  Value makeWeakRef(Value target) {
    auto made = weak::makeWeakRef(heap, kNoCell, target);
    EXPECT_TRUE(made.ok());
    return Value::object(made.value);
  }
  Value makeRegistry() {
    auto made = weak::makeRegistry(heap, kNoCell, function());
    EXPECT_TRUE(made.ok());
    return Value::object(made.value);
  }
  FinalizationRegistryObject& registry(Value r) { return heap.as<FinalizationRegistryObject>(r); }
  Value makeWeakMap() { return Value::object(heap.make<WeakMapObject>(kNoCell).id); }

  Heap heap;
  RootSet roots;
  Collector collector;
};

}  // namespace reachable::testing
