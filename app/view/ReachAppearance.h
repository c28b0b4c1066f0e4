#pragma once

#include <string_view>

#include "timeline/StateReachability.h"

namespace reachable::view {

// How a card says how reachable it is by shape as well as by colour, so that the
// difference survives a projector and colour blindness.
enum class Outline : std::uint8_t {
  Solid,   // strongly reachable
  Dashed,  // reachable only through weak references: the weak colour, with a badge
  Ghost,   // unreachable: no fill, a faint dashed outline, "not reached"
};

struct ReachAppearance {
  Outline outline = Outline::Solid;
  std::string_view badge;  // written in the card's header, right of the title
};

constexpr ReachAppearance appearanceOf(Reach reach) {
  switch (reach) {
    case Reach::Strong: return {Outline::Solid, ""};
    case Reach::WeakOnly: return {Outline::Dashed, "weakly held"};
    case Reach::Unreachable: return {Outline::Ghost, "not reached"};
  }
  return {};
}

}  // namespace reachable::view
