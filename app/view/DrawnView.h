#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "Geometry.h"
#include "timeline/HeapState.h"
#include "timeline/StateReachability.h"

namespace reachable::view {

// What one frame of the heap view drew, in window pixels: the record behind
// `--dump-view`, from which tests check that nothing is cut off unseen, that text is
// legible and that arrows and labels keep clear of cards.
struct DrawnCard {
  ObjectId serial = kNoObject;
  std::string title;
  std::string label;
  Rect rect;
  float textPixels = 0;  // the height of its smallest text
  bool inside = false;   // wholly inside the panel's view
  Reach reach = Reach::Strong;
};

struct DrawnRootBox {
  std::string title;
  Rect rect;
};

struct DrawnArrow {
  ObjectId from = kNoObject;  // the card it leaves, or kNoObject for a root
  std::string root;           // a root's variable
  std::size_t row = 0;        // the card's row, or the root box's variable
  ObjectId to = kNoObject;
  bool weak = false;
  std::vector<Vec2> polyline;
};

struct DrawnLabel {
  std::string text;
  Rect rect;
};

// A sign at the panel's edge for cards beyond it on that side.
struct OffscreenMarker {
  std::string side;  // "left", "right", "top", "bottom"
  Rect rect;
  std::size_t count = 0;
};

struct DrawnHeap {
  Rect panel;  // where the graph is drawn: the heap panel less its legend strip
  // The camera: a point (x, y) of the graph is drawn at panel.min + pan + (x, y) × zoom.
  Vec2 pan;
  float zoom = 1;
  // The layout plan the cards follow: one for the whole run, or one per window of
  // steps when a run is richer than the panel (cards move only where a window begins).
  std::size_t layoutWindow = 0;
  std::size_t layoutWindows = 1;
  std::vector<DrawnRootBox> roots;
  std::vector<DrawnCard> cards;
  std::vector<DrawnArrow> arrows;
  std::vector<DrawnLabel> labels;
  std::vector<OffscreenMarker> offscreen;
  std::optional<Rect> minimap;  // drawn when some cards are out of view
  std::size_t hiddenObjects = 0;  // engine objects left out, and what folded stacks hold
  std::size_t foldedRows = 0;     // rows behind "… N more"
};

}  // namespace reachable::view
