#include "timeline/HeapState.h"

#include <algorithm>

namespace reachable {

const ObjectView* HeapState::find(ObjectId id) const {
  const auto found =
      std::lower_bound(objects.begin(), objects.end(), id, [](const ObjectView& o, ObjectId key) { return o.id < key; });
  return found != objects.end() && found->id == id ? &*found : nullptr;
}

}  // namespace reachable
