#include "timeline/HeapState.h"

#include <algorithm>

namespace reachable {

const ObjectView* HeapState::find(ObjectId id) const {
  auto it = std::lower_bound(objects.begin(), objects.end(), id,
                             [](const ObjectView& o, ObjectId key) { return o.id < key; });
  return it != objects.end() && it->id == id ? &*it : nullptr;
}

}  // namespace reachable
