#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "RowVisibility.h"
#include "ViewGraph.h"

namespace reachable::view {

// The objects the engine made on the program's behalf (ObjectView::madeByEngine: a
// for…of's iterator results, a promise's resolve function) that the view leaves out
// unless the learner asks for them. They keep objects alive all the same: a row that
// refers to one says what it is in words and gets, as bridges, arrows to the shown
// objects it leads to through them. An object the program made is never left out
// by this rule, whatever refers to it.
class HiddenEngineObjects {
 public:
  // `visibility` has already left out what is plumbing; this hides, of what remains,
  // the engine's objects, unless `show`.
  HiddenEngineObjects(const HeapState& state, const RowVisibility& visibility, bool show);

  bool hides(ObjectId id) const { return hidden_.contains(id); }
  std::size_t count() const { return hidden_.size(); }
  // How a reference to a hidden object reads: its card's title ("ƒ resolve").
  const std::string& title(ObjectId id) const { return hidden_.at(id)->title; }
  // The shown objects a hidden one leads to through hidden ones only, each with the
  // weakest strength on its strongest way there.
  std::vector<Bridge> bridgesFrom(ObjectId id) const;

 private:
  void walk(ObjectId from, bool strongOnly, std::vector<Bridge>& found) const;

  const HeapState& state_;
  const RowVisibility& visibility_;
  std::unordered_map<ObjectId, const ObjectView*> hidden_;
};

}  // namespace reachable::view
