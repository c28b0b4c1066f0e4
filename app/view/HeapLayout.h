#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "Geometry.h"
#include "LayoutMetrics.h"
#include "TextMeasure.h"
#include "ViewGraph.h"

namespace reachable::view {

// A box of rows: an object's card or a box of the roots column.
struct BoxGeometry {
  Rect rect;
  float headerHeight = 0;
  float rowHeight = 0;
  std::size_t rowCount = 0;

  Rect header() const { return {rect.min, {rect.max.x, rect.min.y + headerHeight}}; }
  Rect row(std::size_t index) const;
  // Where a reference leaves a row: the dot near its right end. A row that refers by
  // key and by value (a Map entry) has two dots, the key's above the value's.
  Vec2 anchor(std::size_t row, RowSlot slot, bool twoSlots) const;
};

// Where the scenario wants an object, by its label, relative to the objects' area
// (the top-left corner right of the roots column).
struct Pin {
  std::string label;
  Vec2 position;
};

// Places for the cards of a run (or of part of it), made by HeapLayout::sketch.
struct LayoutPlan {
  std::unordered_map<ObjectId, Vec2> places;  // each card's top-left corner
  Rect bounds;                                // everything at once, the roots column too
  float objectsLeft = 0;                      // where the objects' area begins
  float overflow = 0;  // how much it must shrink to fit the room it was made for: 1 or less when it fits
};

// Places the roots column and the cards. The cards of a whole run (or of steps spread
// over it) are laid out together in layers (LayeredPlacement), each at the largest
// size it takes, so that a card has one place from its birth to its sweep and never
// needs to move. A card the plan did not foresee goes beside its first referrer, in
// the nearest free place. Cards never overlap; a learner's drag wins over the plan.
class HeapLayout {
 public:
  explicit HeapLayout(LayoutMetrics metrics = {}) : metrics_(metrics) {}

  void setPins(std::vector<Pin> pins) { pins_ = std::move(pins); }
  // Plans places for every card of these graphs (steps of one run). When they do not
  // fit in `room` (the panel, in the graph's units at the smallest legible zoom; zero:
  // no limit), tall layers wrap into several columns and the columns into bands.
  // Without a plan, the first update plans for its own graph.
  void plan(std::span<const ViewGraph> graphs, const TextMeasure& measure, Vec2 room = {}) {
    adopt(sketch(graphs, measure, room));
  }
  // The plan alone, for choosing among plans: what plan() would adopt.
  LayoutPlan sketch(std::span<const ViewGraph> graphs, const TextMeasure& measure, Vec2 room = {}) const;
  // Cards move to the plan's places at the next update; those the learner placed stay.
  void adopt(LayoutPlan plan);
  void update(const ViewGraph& graph, const TextMeasure& measure);
  // A user's drag: the card goes there and stays; the cards it lands on make room.
  void moveCard(ObjectId id, Vec2 topLeft);
  // Forgets every place, for a new program.
  void clear();

  const std::vector<BoxGeometry>& roots() const { return roots_; }
  // A card of the last update, or where a card that has left the graph was last seen.
  const BoxGeometry* card(ObjectId id) const;
  const std::vector<ObjectId>& shown() const { return shown_; }
  Rect bounds() const;
  // Everything the plan foresaw at once: each planned card at its largest, and the
  // tallest roots column. Nothing before a plan.
  std::optional<Rect> plannedBounds() const { return plannedBounds_; }
  const LayoutMetrics& metrics() const { return metrics_; }

 private:
  BoxGeometry measureCard(const Card& card, const TextMeasure& measure) const;
  float rootsWidth(const ViewGraph& graph, const TextMeasure& measure) const;
  std::vector<BoxGeometry> stackRoots(const ViewGraph& graph, const TextMeasure& measure, float width) const;
  void layOutRoots(const ViewGraph& graph, const TextMeasure& measure);
  void shiftObjects(float objectsLeft);
  bool applyPins(const ViewGraph& graph);  // whether a pin moved a card
  void placeNewCards(const ViewGraph& graph, const std::vector<ObjectId>& fresh);
  bool hasPlace(ObjectId id) const;
  float desiredTop(const ViewGraph& graph, ObjectId id, const BoxGeometry& box) const;
  float desiredLeft(const ViewGraph& graph, ObjectId id) const;
  void resolveOverlaps();

  LayoutMetrics metrics_;
  std::vector<Pin> pins_;
  std::vector<BoxGeometry> roots_;
  float objectsLeft_ = 0;
  std::unordered_map<ObjectId, Vec2> planned_;       // the plan's top-left corners
  std::optional<Rect> plannedBounds_;
  std::unordered_map<ObjectId, BoxGeometry> cards_;  // every card ever placed, at its last place
  std::unordered_map<ObjectId, std::size_t> contentHash_;
  std::unordered_set<ObjectId> pinned_;
  std::unordered_set<ObjectId> dragged_;
  std::vector<ObjectId> lastMoved_;         // dragged cards, the latest last: it wins a contested place
  std::vector<ObjectId> shown_;             // the cards of the last update, by id
  std::unordered_set<ObjectId> placedNow_;  // while placing new cards: those placed so far
};

}  // namespace reachable::view
