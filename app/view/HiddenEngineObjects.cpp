#include "HiddenEngineObjects.h"

#include <algorithm>
#include <unordered_set>

namespace reachable::view {

HiddenEngineObjects::HiddenEngineObjects(const HeapState& state, const RowVisibility& visibility, bool show)
    : state_(state), visibility_(visibility) {
  if (show) return;
  for (const ObjectView& object : state.objects)
    if (object.madeByEngine && visibility.shows(object.id)) hidden_.emplace(object.id, &object);
}

// First over strong references only, so that what a strong chain reaches is strong;
// then over any, for what only weak ones reach.
std::vector<Bridge> HiddenEngineObjects::bridgesFrom(ObjectId id) const {
  std::vector<Bridge> found;
  if (!hides(id)) return found;
  walk(id, true, found);
  walk(id, false, found);
  return found;
}

// Every row of a hidden object counts, plumbing included: hidden, it keeps alive
// whatever it refers to. The walk stops at shown objects, which are where the
// arrows end.
void HiddenEngineObjects::walk(ObjectId from, bool strongOnly, std::vector<Bridge>& found) const {
  std::unordered_set<ObjectId> seen{from};
  std::vector<ObjectId> work{from};
  const auto visit = [&](ObjectId target, Strength strength) {
    if (target == kNoObject || (strongOnly && strength != Strength::Strong) || !seen.insert(target).second) return;
    if (hides(target)) {
      work.push_back(target);
    } else if (visibility_.shows(target) && state_.find(target) &&
               std::none_of(found.begin(), found.end(), [&](const Bridge& b) { return b.to == target; })) {
      found.push_back({target, strongOnly ? Strength::Strong : Strength::Weak});
    }
  };
  while (!work.empty()) {
    const ObjectView& object = *hidden_.at(work.back());
    work.pop_back();
    for (const Row& row : object.rows) {
      if (row.key) visit(row.key->target, row.keyStrength);
      visit(row.value.target, row.valueStrength);
    }
  }
}

}  // namespace reachable::view
