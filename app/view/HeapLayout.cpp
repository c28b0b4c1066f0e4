#include "HeapLayout.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

#include "CardText.h"
#include "LayeredPlacement.h"
#include "RectGrid.h"

namespace reachable::view {
namespace {

constexpr float kNudge = 0.5f;
// A column of the plan may be this many times the side of a square of all the cards
// before it wraps: only towers wrap, ordinary layers stay one column.
constexpr double kColumnHeightPerSide = 1.4;  // past a neighbour's edge, so rounding never leaves two cards touching

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
  // What cardTitle adds to the title: a stack's count, a line, "engine".
  const std::size_t line = card.site ? card.site->line : 0;
  return ((hash * 31 + card.rows.size()) * 31 + card.pile) * 31 + line * 2 + card.madeByEngine;
}

// How much a placement must shrink to fit `room`: 1 or less when it fits.
float overflow(const std::vector<Vec2>& places, const std::vector<Vec2>& sizes, Vec2 roots, Vec2 room) {
  Vec2 extent = roots;
  for (std::size_t i = 0; i < places.size(); ++i)
    extent = {std::max(extent.x, places[i].x + sizes[i].x), std::max(extent.y, places[i].y + sizes[i].y)};
  return std::max(extent.x / room.x, extent.y / room.y);
}

// The plainest placement that fits the room: as it comes, with tall layers wrapped
// into columns (of the room's height, or a half or a third of it, so that a tree's
// wide lower layers become blocks), with columns wrapped into bands, or both; when
// none fits, the one that needs the least shrinking.
std::vector<Vec2> placeToFit(PlacementInput input, Vec2 roots, Vec2 room) {
  constexpr std::size_t kMostTried = 5000;  // boxes beyond which only the first tries run
  std::vector<Vec2> best = placeInLayers(input);
  if (room.x <= 0 || room.y <= 0) return best;
  float bestOverflow = overflow(best, input.sizes, roots, room);
  std::size_t tries = 0;
  for (float share : {1.0f, 0.5f, 1.0f / 3, 0.0f})
    for (bool bands : {false, true}) {
      if (bestOverflow <= 1 || (share == 0 && !bands)) continue;
      if (++tries > 2 && input.sizes.size() > kMostTried) return best;
      input.maxColumnHeight = room.y * share;
      input.right = bands ? room.x : 0;
      std::vector<Vec2> places = placeInLayers(input);
      if (const float needed = overflow(places, input.sizes, roots, room); needed < bestOverflow) {
        best = std::move(places);
        bestOverflow = needed;
      }
    }
  return best;
}

// How many pictures put each card at each distance from the roots.
using LayerCounts = std::vector<std::vector<std::pair<int, std::uint32_t>>>;

// Each card's distance from the roots in one picture, as LayeredPlacement measures
// the whole run (from the lasting roots, then from those that hold objects a while),
// counted for the card.
void countLayers(const ViewGraph& graph, const std::unordered_map<ObjectId, std::size_t>& index,
                 LayerCounts& counts) {
  std::unordered_map<ObjectId, std::vector<ObjectId>> out;
  for (const Edge& edge : graph.edges)
    if (!edge.from.fromRoot) out[edge.from.object].push_back(edge.to);
  std::unordered_map<ObjectId, int> distance;
  std::vector<ObjectId> queue;
  for (bool transient : {false, true}) {
    for (const Edge& edge : graph.edges)
      if (edge.from.fromRoot && graph.roots[edge.from.box].transient == transient && distance.emplace(edge.to, 0).second)
        queue.push_back(edge.to);
    for (std::size_t next = 0; next < queue.size(); ++next) {
      const ObjectId from = queue[next];
      const int layer = distance.at(from) + 1;
      if (const auto targets = out.find(from); targets != out.end())
        for (ObjectId to : targets->second)
          if (distance.emplace(to, layer).second) queue.push_back(to);
    }
  }
  for (const auto& [id, layer] : distance) {
    const auto box = index.find(id);
    if (box == index.end()) continue;
    auto& seen = counts[box->second];
    const auto at = std::find_if(seen.begin(), seen.end(), [&](const auto& count) { return count.first == layer; });
    if (at == seen.end())
      seen.emplace_back(layer, 1);
    else
      ++at->second;
  }
}

// Each card's layer: the distance it holds in most pictures (the nearer on a tie), so
// that a node of a list grown at its head sits where the list keeps it, not where it
// was for one turn of the loop, and a call's brief reference does not move a card.
std::vector<int> usualLayers(const LayerCounts& counts) {
  std::vector<int> layers(counts.size(), -1);
  for (std::size_t box = 0; box < counts.size(); ++box) {
    std::uint32_t most = 0;
    for (const auto& [layer, count] : counts[box])
      if (count > most || (count == most && layer < layers[box])) {
        most = count;
        layers[box] = layer;
      }
  }
  return layers;
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
    // A hair less than the gap: places packed exactly a gap apart must not count as close.
    const auto hits = obstacles(rect.expanded(gap - kNudge));
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
    const auto hits = obstacles(rect.expanded(gap - kNudge));
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
  for (const BoxGeometry& box : roots_) all = united(all, box.rect);
  for (ObjectId id : shown_) all = united(all, cards_.at(id).rect);
  return all;
}

void HeapLayout::clear() {
  roots_.clear();
  objectsLeft_ = 0;
  planned_.clear();
  plannedBounds_.reset();
  cards_.clear();
  contentHash_.clear();
  pinned_.clear();
  dragged_.clear();
  shown_.clear();
}

BoxGeometry HeapLayout::measureCard(const Card& card, const TextMeasure& measure) const {
  const float line = measure.lineHeight();
  const LayoutMetrics& m = metrics_;
  // Room beside the title for the collector's mark order during a collection.
  float width = m.padding * 4 + measure.width(cardTitle(card), false) + measure.width("99 ✓", false);
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
  // A stack's pile peeks out below and right of it.
  const float pile = card.pile > 1 ? 2 * kPileStep : 0;
  box.rect = rectAt({0, 0}, {std::clamp(width, m.minCardWidth, m.maxCardWidth) + pile, height + pile});
  return box;
}

float HeapLayout::rootsWidth(const ViewGraph& graph, const TextMeasure& measure) const {
  const LayoutMetrics& m = metrics_;
  float width = m.minRootBoxWidth;
  for (const RootBox& root : graph.roots) {
    width = std::max(width, m.padding * 2 + measure.width(root.title, false));
    for (const RootVariable& variable : root.variables) {
      const std::string value = variableValue(variable);
      float row = m.padding + measure.width(variable.name, false) + m.dotSpace;
      if (!value.empty()) row += m.valueGap + measure.width(value, true);
      width = std::max(width, row);
    }
  }
  return std::min(width, m.maxRootBoxWidth);
}

std::vector<BoxGeometry> HeapLayout::stackRoots(const ViewGraph& graph, const TextMeasure& measure,
                                                float width) const {
  const float line = measure.lineHeight();
  const LayoutMetrics& m = metrics_;
  std::vector<BoxGeometry> boxes;
  float top = 0;
  for (const RootBox& root : graph.roots) {
    BoxGeometry box;
    box.headerHeight = line * m.headerHeightInLines;
    box.rowHeight = line * m.rowHeightInLines;
    box.rowCount = root.variables.size();
    const float height = box.headerHeight + box.rowHeight * static_cast<float>(box.rowCount) + m.padding / 2;
    box.rect = rectAt({0, top}, {width, height});
    top += height + m.rootBoxGap;
    boxes.push_back(box);
  }
  return boxes;
}

void HeapLayout::layOutRoots(const ViewGraph& graph, const TextMeasure& measure) {
  // A planned run knows its widest roots column; a step never makes it narrower.
  const float width = std::max(rootsWidth(graph, measure), objectsLeft_ - metrics_.columnGap);
  roots_ = stackRoots(graph, measure, width);
  shiftObjects(width + metrics_.columnGap);
}

// The objects' area only ever moves right, and everything in it moves together.
void HeapLayout::shiftObjects(float objectsLeft) {
  if (objectsLeft <= objectsLeft_) return;
  const Vec2 shift{objectsLeft - objectsLeft_, 0};
  for (auto& [id, box] : cards_) box.rect = box.rect.translated(shift);
  for (auto& [id, place] : planned_) place = place + shift;
  if (plannedBounds_) plannedBounds_->max.x += shift.x;
  objectsLeft_ = objectsLeft;
}

LayoutPlan HeapLayout::sketch(std::span<const ViewGraph> graphs, const TextMeasure& measure, Vec2 room) const {
  float width = 0;
  for (const ViewGraph& graph : graphs) width = std::max(width, rootsWidth(graph, measure));
  LayoutPlan plan;
  plan.objectsLeft = width + metrics_.columnGap;
  std::unordered_map<ObjectId, std::size_t> index;
  std::vector<ObjectId> ids;
  PlacementInput input;
  std::unordered_set<std::uint64_t> seen;  // references already given, as (from, to)
  const auto edge = [&](std::size_t from, float fromY, std::size_t to, bool transient) {
    const std::uint64_t key = (static_cast<std::uint64_t>(from) << 33) ^ (std::uint64_t{transient} << 32) ^ to;
    if (seen.insert(key).second) input.edges.push_back({from, fromY, to, transient});
  };
  std::unordered_map<std::size_t, BoxGeometry> measured;  // by content: most cards look alike from step to step
  std::vector<const BoxGeometry*> boxes;
  LayerCounts layerCounts;
  float rootsHeight = 0;
  for (std::uint32_t picture = 0; picture < graphs.size(); ++picture) {
    const ViewGraph& graph = graphs[picture];
    boxes.clear();
    for (const Card& card : graph.cards) {
      const std::size_t hash = contentHash(card);
      auto known = measured.find(hash);
      if (known == measured.end()) known = measured.emplace(hash, measureCard(card, measure)).first;
      boxes.push_back(&known->second);
      const Vec2 size = known->second.rect.max;
      const auto [at, added] = index.try_emplace(card.id, ids.size());
      if (added) {
        ids.push_back(card.id);
        input.sizes.push_back(size);
        input.entryY.push_back(known->second.headerHeight / 2);
        input.alive.emplace_back(picture, picture);
      } else {
        input.alive[at->second].second = picture;
        Vec2& most = input.sizes[at->second];
        most = {std::max(most.x, size.x), std::max(most.y, size.y)};
      }
    }
    layerCounts.resize(ids.size());
    countLayers(graph, index, layerCounts);
    const std::vector<BoxGeometry> roots = stackRoots(graph, measure, width);
    input.rootsHeights.push_back(roots.empty() ? 0 : roots.back().rect.max.y);
    rootsHeight = std::max(rootsHeight, input.rootsHeights.back());
    for (const Edge& e : graph.edges) {
      const std::size_t to = index.at(e.to);
      if (e.from.fromRoot)
        edge(PlacementEdge::kRoot, roots[e.from.box].anchor(e.from.variable, RowSlot::Value, false).y, to,
             graph.roots[e.from.box].transient);
      else if (e.from.object != e.to)
        edge(index.at(e.from.object), boxes[graph.indexOf(e.from.object)]->row(e.from.row).center().y, to, false);
    }
  }
  input.layers = usualLayers(layerCounts);
  input.left = plan.objectsLeft;
  input.columnGap = metrics_.columnGap;
  input.boxGap = metrics_.cardGap;
  input.rootsRight = width;
  const Vec2 roots{plan.objectsLeft, rootsHeight};
  const std::vector<Vec2> places = placeToFit(input, roots, room);
  plan.overflow = room.x > 0 && room.y > 0 ? overflow(places, input.sizes, roots, room) : 0;
  plan.bounds = {{0, 0}, roots};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    plan.places[ids[i]] = places[i];
    plan.bounds.max = {std::max(plan.bounds.max.x, places[i].x + input.sizes[i].x),
                       std::max(plan.bounds.max.y, places[i].y + input.sizes[i].y)};
  }
  return plan;
}

void HeapLayout::adopt(LayoutPlan plan) {
  std::erase_if(cards_, [&](const auto& card) { return !pinned_.contains(card.first); });
  // The objects' area starts where the plan's does (its roots column may be narrower
  // than the last one's); the learner's cards keep their place in it.
  const Vec2 shift{plan.objectsLeft - objectsLeft_, 0};
  for (auto& [id, box] : cards_) box.rect = box.rect.translated(shift);
  objectsLeft_ = plan.objectsLeft;
  planned_ = std::move(plan.places);
  plannedBounds_ = plan.bounds;
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
  if (planned_.empty() && cards_.empty() && !graph.cards.empty()) plan(std::span(&graph, 1), measure);
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
    } else if (const auto planned = planned_.find(card.id); planned != planned_.end()) {
      box.rect = box.rect.translated(planned->second);
      resized = true;
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

// Right of the first referrer that has a place (a root: the first column), so that
// an unforeseen card still reads left to right.
float HeapLayout::desiredLeft(const ViewGraph& graph, ObjectId id) const {
  for (const Edge* edge : graph.edgesInto(id))
    if (!edge->from.fromRoot && edge->from.object != id && hasPlace(edge->from.object))
      return cards_.at(edge->from.object).rect.max.x + metrics_.columnGap;
  return objectsLeft_;
}

// Cards whose referrers have places first, so that a chain of new cards reads
// left to right from the card that holds it.
void HeapLayout::placeNewCards(const ViewGraph& graph, const std::vector<ObjectId>& fresh) {
  const float gap = metrics_.cardGap;
  std::vector<Rect> placed;
  placedNow_.clear();
  for (const BoxGeometry& root : roots_) placed.push_back(root.rect);
  for (ObjectId id : shown_) placed.push_back(cards_.at(id).rect);
  const auto ready = [&](ObjectId id) {
    for (const Edge* edge : graph.edgesInto(id))
      if (edge->from.fromRoot || (edge->from.object != id && hasPlace(edge->from.object))) return true;
    return false;
  };
  std::vector<ObjectId> waiting = fresh;
  while (!waiting.empty()) {
    auto next = std::stable_partition(waiting.begin(), waiting.end(), ready);
    if (next == waiting.begin()) next = waiting.end();
    for (auto it = waiting.begin(); it != next; ++it) {
      BoxGeometry& box = cards_.at(*it);
      const float top = desiredTop(graph, *it, box);
      const Rect wanted = rectAt({desiredLeft(graph, *it), top}, {box.rect.width(), box.rect.height()});
      const std::vector<Rect> strip = besideOf(placed, wanted, gap);
      const Rect below = pushedDown(wanted, overlappingIn(strip), gap);
      const std::optional<Rect> above = pushedUp(wanted, overlappingIn(strip), gap);
      box.rect = above && top - above->min.y < below.min.y - top ? *above : below;
      placed.push_back(box.rect);
      placedNow_.insert(*it);
    }
    waiting.erase(waiting.begin(), next);
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
