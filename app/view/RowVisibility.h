#pragma once

#include <unordered_set>

#include "timeline/HeapState.h"

namespace reachable::view {

// Which rows and objects the heap view leaves out by default, so that a learner sees
// the references a lesson is about and not the engine's plumbing.
//
// Rows: an internal row is hidden when it is plumbing every object has
// ([[Prototype]], [[HomeObject]]); the slots lessons are about ([[Scopes]],
// [[Target]], registry cells, held values) stay. A function's `prototype` row is
// hidden while its object is untouched: the `{ constructor }` object every function
// gets and the program never uses.
//
// Objects: one is hidden when every reference to it comes through hidden rows or
// from hidden objects. An object nothing refers to (garbage) is never hidden.
class RowVisibility {
 public:
  RowVisibility(const HeapState& state, bool showInternalRows);

  bool shows(const ObjectView& owner, const Row& row) const;
  bool shows(ObjectId object) const { return !hiddenObjects_.contains(object); }

 private:
  bool isUntouchedPrototype(const ObjectView& function, const Row& row) const;
  void hideUnreferencedNoise();

  const HeapState& state_;
  bool showInternalRows_;
  std::unordered_set<ObjectId> untouchedPrototypes_;
  std::unordered_set<ObjectId> hiddenObjects_;
};

}  // namespace reachable::view
