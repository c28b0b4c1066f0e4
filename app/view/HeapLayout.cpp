#include "HeapLayout.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <optional>

#include "CardText.h"
#include "ReachAppearance.h"
#include "RectGrid.h"

namespace reachable::view {
namespace {

constexpr float kNudge = 0.5f;  // past a neighbour's edge, so rounding never leaves two cards touching

std::size_t hashCombine(std::size_t seed, std::string_view text) {
  return seed ^ (std::hash<std::string_view>{}(text) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

// What the size of a card depends on; hashed from the fields themselves, so that an
// unchanged card costs no allocation.
std::size_t contentHash(const Card& card) {
  std::size_t hash = hashCombine(hashCombine(0, card.title), card.label);
  for (const CardRow& row : card.rows) {
    hash = hashCombine(hashCombine(hashCombine(hash, row.name), row.keyText), row.valueText);
    hash = hash * 31 + (row.keyTarget != kNoObject) * 2 + (row.valueTarget != kNoObject);
  }
  return hash * 31 + card.rows.size();
}

Rect movedTo(const Rect& rect, float top) { return rectAt({rect.min.x, top}, {rect.width(), rect.height()}); }

// The rectangles a card might bump into: those beside it, left or right within `gap`.
// A plain scan: a few thousand rectangles take microseconds, less than building an index.
std::vector<Rect> besideOf(const std::vector<Rect>& placed, const Rect& rect, float gap) {
  std::vector<Rect> strip;
  for (const Rect& other : placed)
    if (other.min.x < rect.max.x + gap && rect.min.x - gap < other.max.x) strip.push_back(other);
  return strip;
}

// The nearest place at or below `rect` where it keeps `gap` from every obstacle.
// `obstacles(area)` lists those overlapping an area.
template <typename Obstacles>
Rect pushedDown(Rect rect, Obstacles&& obstacles, float gap) {
  for (;;) {
    const auto hits = obstacles(rect.expanded(gap));
    if (hits.empty()) return rect;
    float lowest = rect.min.y;
    for (const Rect& hit : hits) lowest = std::max(lowest, hit.max.y);
    rect = movedTo(rect, lowest + gap + kNudge);
  }
}

// The same upwards; nothing when the place would be above the top of the graph.
template <typename Obstacles>
std::optional<Rect> pushedUp(Rect rect, Obstacles&& obstacles, float gap) {
  for (;;) {
    if (rect.min.y < 0) return std::nullopt;
    const auto hits = obstacles(rect.expanded(gap));
    if (hits.empty()) return rect;
    float highest = rect.min.y;
    for (const Rect& hit : hits) highest = std::min(highest, hit.min.y);
    rect = movedTo(rect, highest - gap - kNudge - rect.height());
  }
}

auto overlappingIn(const std::vector<Rect>& rects) {
  return [&rects](const Rect& area) {
    std::vector<Rect> hits;
    for (const Rect& rect : rects)
      if (rect.overlaps(area)) hits.push_back(rect);
    return hits;
  };
}

auto overlappingIn(const RectGrid& grid) {
  return [&grid](const Rect& area) {
    std::vector<Rect> hits;
    for (std::size_t index : grid.overlapping(area)) hits.push_back(grid.rect(index));
    return hits;
  };
}

}  // namespace

Rect BoxGeometry::row(std::size_t index) const {
  const float top = rect.min.y + headerHeight + rowHeight * static_cast<float>(index);
  return {{rect.min.x, top}, {rect.max.x, top + rowHeight}};
}

Vec2 BoxGeometry::anchor(std::size_t index, RowSlot slot, bool twoSlots) const {
  const Rect line = row(index);
  const float quarter = twoSlots ? rowHeight / 4 : 0;
  const float y = line.center().y + (slot == RowSlot::Key ? -quarter : quarter);
  return {rect.max.x - 11, y};
}

const BoxGeometry* HeapLayout::card(ObjectId id) const {
  const auto found = cards_.find(id);
  return found == cards_.end() ? nullptr : &found->second;
}

Rect HeapLayout::bounds() const {
  Rect all{{0, 0}, {0, 0}};
  const auto include = [&](const Rect& rect) {
    all.min = {std::min(all.min.x, rect.min.x), std::min(all.min.y, rect.min.y)};
    all.max = {std::max(all.max.x, rect.max.x), std::max(all.max.y, rect.max.y)};
  };
  for (const BoxGeometry& box : roots_) include(box.rect);
  for (ObjectId id : shown_) include(cards_.at(id).rect);
  return all;
}

void HeapLayout::clear() {
  roots_.clear();
  objectsLeft_ = 0;
  columns_.clear();
  cards_.clear();
  contentHash_.clear();
  pinned_.clear();
  dragged_.clear();
  shown_.clear();
}

BoxGeometry HeapLayout::measureCard(const Card& card, const TextMeasure& measure) const {
  const float line = measure.lineHeight();
  const LayoutMetrics& m = metrics_;
  // Room for the widest thing the header may add beside the title: a reachability badge.
  const float badge = std::max(measure.width(appearanceOf(Reach::WeakOnly).badge, false),
                               measure.width(appearanceOf(Reach::Unreachable).badge, false));
  float width = m.padding * 4 + measure.width(cardTitle(card), false) + badge;
  if (!card.label.empty()) width += measure.width(card.label, false) + m.padding;
  for (const CardRow& row : card.rows) {
    const std::string value = rowValue(row);
    float rowWidth = m.padding + measure.width(rowName(row), false) + m.dotSpace;
    if (!value.empty()) rowWidth += m.valueGap + measure.width(value, true);
    width = std::max(width, rowWidth);
  }
  BoxGeometry box;
  box.headerHeight = line * m.headerHeightInLines;
  box.rowHeight = line * m.rowHeightInLines;
  box.rowCount = card.rows.size();
  const float height =
      box.headerHeight + box.rowHeight * static_cast<float>(box.rowCount) + (box.rowCount ? m.padding / 2 : 0);
  box.rect = rectAt({0, 0}, {std::clamp(width, m.minCardWidth, m.maxCardWidth), height});
  return box;
}

void HeapLayout::layOutRoots(const ViewGraph& graph, const TextMeasure& measure) {
  const float line = measure.lineHeight();
  const LayoutMetrics& m = metrics_;
  float columnWidth = m.minRootBoxWidth;
  for (const RootBox& root : graph.roots) {
    columnWidth = std::max(columnWidth, m.padding * 2 + measure.width(root.title, false));
    for (const RootVariable& variable : root.variables) {
      const std::string value = variableValue(variable);
      float width = m.padding + measure.width(variable.name, false) + m.dotSpace;
      if (!value.empty()) width += m.valueGap + measure.width(value, true);
      columnWidth = std::max(columnWidth, width);
    }
  }
  columnWidth = std::min(columnWidth, m.maxRootBoxWidth);
  roots_.clear();
  float top = 0;
  for (const RootBox& root : graph.roots) {
    BoxGeometry box;
    box.headerHeight = line * m.headerHeightInLines;
    box.rowHeight = line * m.rowHeightInLines;
    box.rowCount = root.variables.size();
    const float height = box.headerHeight + box.rowHeight * static_cast<float>(box.rowCount) + m.padding / 2;
    box.rect = rectAt({0, top}, {columnWidth, height});
    top += height + m.rootBoxGap;
    roots_.push_back(box);
  }
  // The objects' area only ever moves right, and everything in it moves together.
  const float objectsLeft = columnWidth + m.columnGap;
  if (objectsLeft > objectsLeft_) {
    const Vec2 shift{objectsLeft - objectsLeft_, 0};
    for (auto& [id, box] : cards_) box.rect = box.rect.translated(shift);
    for (Column& column : columns_) column.left += shift.x;
    objectsLeft_ = objectsLeft;
  }
}

bool HeapLayout::applyPins(const ViewGraph& graph) {
  bool moved = false;
  for (const Pin& pin : pins_)
    for (const Card& card : graph.cards) {
      if (card.label != pin.label) continue;
      if (!dragged_.contains(card.id)) {
        BoxGeometry& box = cards_[card.id];
        const Rect pinned =
            rectAt({objectsLeft_ + pin.position.x, pin.position.y}, {box.rect.width(), box.rect.height()});
        moved |= box.rect != pinned;
        box.rect = pinned;
        pinned_.insert(card.id);
      }
      break;
    }
  return moved;
}

void HeapLayout::update(const ViewGraph& graph, const TextMeasure& measure) {
  const std::vector<BoxGeometry> rootsBefore = roots_;
  layOutRoots(graph, measure);
  const bool shiftedRoots =
      rootsBefore.size() != roots_.size() || (!roots_.empty() && rootsBefore.back().rect != roots_.back().rect);
  shown_.clear();
  std::vector<ObjectId> fresh;
  bool resized = shiftedRoots;
  for (const Card& card : graph.cards) {
    shown_.push_back(card.id);
    const std::size_t hash = contentHash(card);
    const auto known = cards_.find(card.id);
    if (known != cards_.end() && contentHash_[card.id] == hash) continue;
    contentHash_[card.id] = hash;
    BoxGeometry box = measureCard(card, measure);
    if (known != cards_.end()) {
      box.rect = box.rect.translated(known->second.rect.min);
      resized |= box.rect != known->second.rect;
    } else {
      fresh.push_back(card.id);
    }
    cards_[card.id] = box;
  }
  resized |= applyPins(graph);
  std::erase_if(fresh, [&](ObjectId id) { return pinned_.contains(id); });
  const std::unordered_set<ObjectId> freshSet(fresh.begin(), fresh.end());
  std::erase_if(shown_, [&](ObjectId id) { return freshSet.contains(id); });
  // Cards that kept their size and place still fit: only a change can make an overlap.
  if (resized) resolveOverlaps();
  placeNewCards(graph, fresh);
  shown_.insert(shown_.end(), fresh.begin(), fresh.end());
  std::sort(shown_.begin(), shown_.end());
}

void HeapLayout::moveCard(ObjectId id, Vec2 topLeft) {
  const auto found = cards_.find(id);
  if (found == cards_.end()) return;
  Rect& rect = found->second.rect;
  rect = rectAt(topLeft, {rect.width(), rect.height()});
  pinned_.insert(id);
  dragged_.insert(id);
  std::erase(lastMoved_, id);
  lastMoved_.push_back(id);
  resolveOverlaps();
}

// Shortest path lengths from the roots over every reference, weak ones included, so
// that a WeakRef's target sits right of its WeakRef. What no root reaches is measured
// from the objects nothing refers to, so an unreachable island keeps its own shape.
// Indexed by card position, with the references in flat arrays: this runs each step.
std::vector<int> HeapLayout::distances(const ViewGraph& graph) const {
  const std::size_t count = graph.cards.size();
  std::vector<std::size_t> firstOut(count + 1, 0);
  std::vector<std::size_t> targets;
  std::vector<bool> referred(count, false);
  std::vector<int> distance(count, 0);
  std::vector<std::size_t> queue;
  const auto reach = [&](std::size_t index, int d) {
    if (distance[index] == 0) distance[index] = d, queue.push_back(index);
  };
  for (const Edge& edge : graph.edges)
    if (!edge.from.fromRoot) ++firstOut[graph.indexOf(edge.from.object) + 1];
  for (std::size_t i = 0; i < count; ++i) firstOut[i + 1] += firstOut[i];
  targets.resize(firstOut[count]);
  std::vector<std::size_t> filled(firstOut.begin(), firstOut.end() - 1);
  for (const Edge& edge : graph.edges) {
    const std::size_t to = graph.indexOf(edge.to);
    referred[to] = true;
    if (edge.from.fromRoot)
      reach(to, 1);
    else
      targets[filled[graph.indexOf(edge.from.object)]++] = to;
  }
  const auto spread = [&] {
    for (std::size_t next = 0; next < queue.size(); ++next) {
      const std::size_t from = queue[next];
      for (std::size_t e = firstOut[from]; e < firstOut[from + 1]; ++e) reach(targets[e], distance[from] + 1);
    }
    queue.clear();
  };
  spread();
  for (std::size_t i = 0; i < count; ++i)
    if (!referred[i]) reach(i, 1);
  spread();
  for (std::size_t i = 0; i < count; ++i) {  // cycles that nothing outside refers to
    reach(i, 1);
    spread();
  }
  return distance;
}

float HeapLayout::columnLeft(int column) {
  if (columns_.empty()) columns_.push_back({objectsLeft_, 0});
  while (static_cast<int>(columns_.size()) <= column) columns_.push_back({0, 0});
  for (int c = 1; c <= column; ++c)
    columns_[c].left = std::max(columns_[c].left, columns_[c - 1].left + columns_[c - 1].width + metrics_.columnGap);
  return columns_[column].left;
}

// Cards of the last update keep their places; new ones have one once placed.
bool HeapLayout::hasPlace(ObjectId id) const {
  return std::binary_search(shown_.begin(), shown_.end(), id) || placedNow_.contains(id);
}

// The mean height of the rows that refer to the card, minus half a header, so that
// the arrows meet it near its title.
float HeapLayout::desiredTop(const ViewGraph& graph, ObjectId id, const BoxGeometry& box) const {
  float sum = 0;
  int count = 0;
  for (const Edge* edge : graph.edgesInto(id)) {
    const EdgeSource& from = edge->from;
    if (from.fromRoot) {
      sum += roots_[from.box].anchor(from.variable, RowSlot::Value, false).y;
    } else if (from.object != id && hasPlace(from.object)) {
      sum += cards_.at(from.object).row(from.row).center().y;
    } else {
      continue;
    }
    ++count;
  }
  return count ? std::max(0.0f, sum / static_cast<float>(count) - box.headerHeight / 2) : 0.0f;
}

void HeapLayout::placeNewCards(const ViewGraph& graph, const std::vector<ObjectId>& fresh) {
  if (fresh.empty()) return;
  const float gap = metrics_.cardGap;
  std::vector<Rect> placed;
  placedNow_.clear();
  for (const BoxGeometry& root : roots_) placed.push_back(root.rect);
  for (ObjectId id : shown_) placed.push_back(cards_.at(id).rect);
  const auto distance = distances(graph);
  std::map<int, std::vector<ObjectId>> byColumn;
  for (ObjectId id : fresh) byColumn[distance[graph.indexOf(id)] - 1].push_back(id);
  for (auto& [column, ids] : byColumn) {
    const float left = columnLeft(column);
    std::vector<std::pair<float, ObjectId>> order;
    for (ObjectId id : ids) order.emplace_back(desiredTop(graph, id, cards_.at(id)), id);
    std::sort(order.begin(), order.end());
    for (const auto& [top, id] : order) {
      BoxGeometry& box = cards_.at(id);
      const Rect wanted = rectAt({left, top}, {box.rect.width(), box.rect.height()});
      const std::vector<Rect> strip = besideOf(placed, wanted, gap);
      const Rect below = pushedDown(wanted, overlappingIn(strip), gap);
      const std::optional<Rect> above = pushedUp(wanted, overlappingIn(strip), gap);
      box.rect = above && top - above->min.y < below.min.y - top ? *above : below;
      placed.push_back(box.rect);
      placedNow_.insert(id);
      columns_[column].width = std::max(columns_[column].width, box.rect.width());
    }
  }
}

// Cards that must move go down, out of the way of those already settled: the last
// dragged card first, then the other pinned ones, then the rest from the top.
void HeapLayout::resolveOverlaps() {
  std::vector<ObjectId> order;
  for (auto moved = lastMoved_.rbegin(); moved != lastMoved_.rend(); ++moved)
    if (std::binary_search(shown_.begin(), shown_.end(), *moved)) order.push_back(*moved);
  std::vector<ObjectId> rest;
  for (ObjectId id : shown_)
    if (!dragged_.contains(id)) (pinned_.contains(id) ? order : rest).push_back(id);
  std::sort(rest.begin(), rest.end(), [&](ObjectId a, ObjectId b) {
    const Vec2 pa = cards_.at(a).rect.min, pb = cards_.at(b).rect.min;
    return pa.y != pb.y ? pa.y < pb.y : pa.x < pb.x;
  });
  order.insert(order.end(), rest.begin(), rest.end());
  RectGrid grid;
  for (const BoxGeometry& root : roots_) grid.add(root.rect);
  for (ObjectId id : order) {
    Rect& rect = cards_.at(id).rect;
    rect = pushedDown(rect, overlappingIn(grid), metrics_.cardGap);
    grid.add(rect);
  }
}

}  // namespace reachable::view
