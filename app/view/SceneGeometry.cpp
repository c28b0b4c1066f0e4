#include "SceneGeometry.h"

namespace reachable::view {

SceneGeometry SceneGeometry::of(const HeapLayout& layout) {
  SceneGeometry scene;
  scene.roots = layout.roots();
  scene.cards.reserve(layout.shown().size());
  for (ObjectId id : layout.shown()) scene.cards.emplace(id, *layout.card(id));
  return scene;
}

}  // namespace reachable::view
