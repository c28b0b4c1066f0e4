#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "Arrow.h"
#include "SceneGeometry.h"
#include "TextMeasure.h"

namespace reachable::view {

// Words written beside an arrow, in the graph's units.
struct ArrowLabel {
  std::size_t arrow = 0;  // its index in the arrows given
  std::string text;
  Rect rect;
};

// Places each arrow's label where it covers no card, no root box and no other label:
// the property's name in the tutorial look (for arrows that leave a card), "weak" on a
// weak reference otherwise. It tries places along the arrow from near its start, where
// arrows into one card have not yet converged; a label with no free place is left out,
// since the arrow's colour and dashes still say what it is.
std::vector<ArrowLabel> placeArrowLabels(const std::vector<Arrow>& arrows, const SceneGeometry& scene,
                                         const TextMeasure& measure, bool propertyNames);

}  // namespace reachable::view
