#pragma once

#include <unordered_set>

#include "timeline/HeapState.h"

namespace reachable::view {

// Which rows and objects the heap view leaves out by default, so that a learner sees
// the references a lesson is about and not the engine's plumbing.
//
// Rows: the rows the timeline marks internal are plumbing ([[Prototype]], a method's
// home object, promise bookkeeping) and are hidden, except an engine object's, which
// are all it is (HiddenEngineObjects draws them as bridges); the slots lessons are
// about ([[Target]], registry cells, closures' scopes) are not internal and stay. A
// function's `prototype` row is hidden while its object is untouched: the
// `{ constructor }` object every function gets and the program never uses.
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
