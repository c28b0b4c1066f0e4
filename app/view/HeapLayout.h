#pragma once

#include <cstddef>
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

// Places the roots column and the cards. A card keeps its place from step to step
// unless it must move (it grew into another card, or a dragged card landed on it);
// a new card goes to the column of its distance from the roots, beside the mean of
// its referrers, in the nearest free place. Cards never overlap.
class HeapLayout {
 public:
  explicit HeapLayout(LayoutMetrics metrics = {}) : metrics_(metrics) {}

  void setPins(std::vector<Pin> pins) { pins_ = std::move(pins); }
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
  const LayoutMetrics& metrics() const { return metrics_; }

 private:
  struct Column {
    float left = 0;
    float width = 0;
  };
  BoxGeometry measureCard(const Card& card, const TextMeasure& measure) const;
  void layOutRoots(const ViewGraph& graph, const TextMeasure& measure);
  bool applyPins(const ViewGraph& graph);                    // whether a pin moved a card
  std::vector<int> distances(const ViewGraph& graph) const;  // by card position, from 1
  void placeNewCards(const ViewGraph& graph, const std::vector<ObjectId>& fresh);
  bool hasPlace(ObjectId id) const;
  float desiredTop(const ViewGraph& graph, ObjectId id, const BoxGeometry& box) const;
  float columnLeft(int column);
  void resolveOverlaps();

  LayoutMetrics metrics_;
  std::vector<Pin> pins_;
  std::vector<BoxGeometry> roots_;
  float objectsLeft_ = 0;
  std::vector<Column> columns_;                      // 0: the first column of objects
  std::unordered_map<ObjectId, BoxGeometry> cards_;  // every card ever placed, at its last place
  std::unordered_map<ObjectId, std::size_t> contentHash_;
  std::unordered_set<ObjectId> pinned_;
  std::unordered_set<ObjectId> dragged_;
  std::vector<ObjectId> lastMoved_;         // dragged cards, the latest last: it wins a contested place
  std::vector<ObjectId> shown_;             // the cards of the last update, by id
  std::unordered_set<ObjectId> placedNow_;  // while placing new cards: those placed so far
};

}  // namespace reachable::view
