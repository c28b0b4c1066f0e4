#pragma once

#include <unordered_map>
#include <vector>

#include "HeapLayout.h"

namespace reachable::view {

// Where every box is in one frame: the layout's places, or places between two steps'
// while they are tweened. Arrows, hit-testing and drawing all read this.
struct SceneGeometry {
  std::vector<BoxGeometry> roots;
  std::unordered_map<ObjectId, BoxGeometry> cards;

  const BoxGeometry* card(ObjectId id) const {
    const auto found = cards.find(id);
    return found == cards.end() ? nullptr : &found->second;
  }
  // The scene the layout holds now, for the cards of its last update.
  static SceneGeometry of(const HeapLayout& layout);
};

}  // namespace reachable::view
