#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "engine/PropertyKey.h"
#include "heap/Heap.h"

namespace reachable {

class Engine;

// The properties Node's built-ins have and Reachable's lack on purpose (V8's stack
// hook, sloppy-mode accessors, Annex B's leftovers, Node's console internals). A
// program that reads one is stopped by name, rather than run on with `undefined` to
// print what Node would not. tests/builtins checks that every property Node has is
// either here too or in this list.
class KnownAbsent {
 public:
  // Finds the built-ins that would hold them: after the built-ins are installed.
  explicit KnownAbsent(Engine& engine);

  struct Property {
    WeakHandle holder;  // the object Node has it on (String.prototype)
    std::string name;   // its whole name, "String.prototype.bold"
    const char* why;
  };
  // The absent property that a read of `key`, missing from `object` and its
  // prototypes, was after; null when it is none of them.
  const Property* find(const Engine& engine, CellId object, const PropertyKey& key) const;

 private:
  std::unordered_map<CellId, std::vector<Property>> byName_;  // by the name's atom
};

}  // namespace reachable
