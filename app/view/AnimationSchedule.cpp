#include "AnimationSchedule.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_set>

namespace reachable::view {
namespace {

// Seconds at speed 1. A statement's changes: cards move first, then new ones fade in
// and their arrows are drawn, so the eye follows one thing at a time.
constexpr float kMoveStart = 0, kMoveLength = 0.45f;
constexpr float kFadeInStart = 0.25f, kFadeInLength = 0.35f;
constexpr float kDrawInStart = 0.35f, kDrawInLength = 0.45f;
constexpr float kFadeOutLength = 0.3f;
// A collection: the whole mark takes about this long whatever the heap's size, each
// object at least kMinMarkInterval and at most kMaxMarkInterval after the one before.
constexpr float kMarkTotal = 2.4f, kMinMarkInterval = 0.05f, kMaxMarkInterval = 0.3f;
constexpr float kGhostLength = 0.6f;
constexpr float kBreakStart = 0.2f, kBreakLength = 0.6f;
constexpr float kSweepStart = 0.5f, kSweepLength = 1.1f;  // freed objects stay a moment as ghosts
constexpr float kLitLength = 1.2f;

float smooth(float t) { return t * t * (3 - 2 * t); }

Rect lerpRect(const Rect& a, const Rect& b, float t) { return {lerp(a.min, b.min, t), lerp(a.max, b.max, t)}; }

float ghostOf(const ReachMap& reach, ObjectId id) {
  const auto found = reach.find(id);
  return found != reach.end() && found->second == Reach::Unreachable ? 1.0f : 0.0f;
}

bool hasEvent(const StepRecord& step, StepEvent::Kind kind, ObjectId object) {
  return std::any_of(step.events.begin(), step.events.end(),
                     [&](const StepEvent& e) { return e.kind == kind && e.object == object; });
}

bool isCollectionStep(StepKind kind) {
  return kind == StepKind::GcMark || kind == StepKind::GcClear || kind == StepKind::GcSweep ||
         kind == StepKind::GcQueueCleanup;
}

// The edge a Marked event names: from a root variable called `text`, or from the
// object `other`, preferring the row called `text`.
const Edge* markedThrough(const ViewGraph& graph, const StepEvent& marked) {
  const Edge* any = nullptr;
  for (const Edge* edge : graph.edgesInto(marked.object)) {
    const bool fromRoot = marked.other == kNoObject;
    if (edge->from.fromRoot != fromRoot || (!fromRoot && edge->from.object != marked.other)) continue;
    if (edge->name == marked.text) return edge;
    if (!any) any = edge;
  }
  return any;
}

}  // namespace

float AnimationSchedule::Window::progress(float time) const {
  if (length <= 0) return time >= start ? 1.0f : 0.0f;
  return std::clamp((time - start) / length, 0.0f, 1.0f);
}

std::string arrowKey(const ViewGraph& graph, const EdgeSource& from, ObjectId to) {
  const std::string target = "→" + std::to_string(to);
  if (from.fromRoot) {
    const RootBox& box = graph.roots[from.box];
    return "root/" + box.title + "/" + std::to_string(from.variable) + "/" + box.variables[from.variable].name + target;
  }
  const Card* card = graph.find(from.object);
  const std::string row =
      card && !card->rows[from.row].name.empty() ? card->rows[from.row].name : "#" + std::to_string(from.row);
  return std::to_string(from.object) + "/" + row + (from.slot == RowSlot::Key ? "/key" : "") + target;
}

AnimationSchedule AnimationSchedule::still(const StepPicture& picture, const StepRecord* step,
                                           const StepRecord* collectionMarks) {
  AnimationSchedule schedule;
  for (const Card& card : picture.graph.cards) {
    CardTrack& track = schedule.cards_[card.id];
    track.ghostFrom = track.ghostTo = ghostOf(picture.reach, card.id);
  }
  if (step && step->kind == StepKind::GcMark) {
    schedule.planMarks(picture, *step, false);
  } else if (step && collectionMarks && isCollectionStep(step->kind)) {
    schedule.planMarks(picture, *collectionMarks, false);
  }
  schedule.finish();
  schedule.skipToEnd();
  return schedule;
}

AnimationSchedule AnimationSchedule::between(const StepPicture& before, const StepPicture& after,
                                             const StepRecord& step, const std::vector<Arrow>& arrowsBefore,
                                             const StepRecord* collectionMarks) {
  AnimationSchedule schedule;
  schedule.planMoves(before, after);
  schedule.planArrows(before, after, arrowsBefore, step);
  if (step.kind == StepKind::GcMark)
    schedule.planMarks(after, step, true);
  else if (collectionMarks && isCollectionStep(step.kind))
    schedule.planMarks(after, *collectionMarks, false);
  schedule.planCollection(step);
  schedule.finish();
  return schedule;
}

void AnimationSchedule::planMoves(const StepPicture& before, const StepPicture& after) {
  for (const Card& card : after.graph.cards) {
    CardTrack& track = cards_[card.id];
    const BoxGeometry* was = before.graph.contains(card.id) ? before.scene.card(card.id) : nullptr;
    const BoxGeometry* is = after.scene.card(card.id);
    if (!was) {
      track.appears = true;
      track.fadeIn = {kFadeInStart, kFadeInLength};
    } else if (is && was->rect != is->rect) {
      track.moves = true;
      track.from = was->rect;
      track.move = {kMoveStart, kMoveLength};
    }
    track.ghostFrom = was ? ghostOf(before.reach, card.id) : ghostOf(after.reach, card.id);
    track.ghostTo = ghostOf(after.reach, card.id);
    track.ghost = {0, kGhostLength};
  }
}

void AnimationSchedule::planArrows(const StepPicture& before, const StepPicture& after,
                                   const std::vector<Arrow>& arrowsBefore, const StepRecord& step) {
  std::unordered_set<std::string> keysBefore;
  for (const Edge& edge : before.graph.edges) keysBefore.insert(arrowKey(before.graph, edge.from, edge.to));
  std::unordered_set<std::string> keysAfter;
  for (const Edge& edge : after.graph.edges) {
    std::string key = arrowKey(after.graph, edge.from, edge.to);
    if (!keysBefore.contains(key)) {
      ArrowTrack& track = arrows_[key];
      track.drawsIn = true;
      track.draw = {kDrawInStart, kDrawInLength};
    }
    keysAfter.insert(std::move(key));
  }
  for (const Arrow& arrow : arrowsBefore) {
    if (keysAfter.contains(arrowKey(before.graph, arrow.from, arrow.to))) continue;
    const bool breaking = step.kind == StepKind::GcClear && arrow.isWeak();
    arrowDepartures_.push_back(
        {arrow, breaking ? Window{kBreakStart, kBreakLength} : Window{0, kFadeOutLength}, breaking});
  }
  for (const Card& card : before.graph.cards) {
    if (after.graph.contains(card.id)) continue;
    const BoxGeometry* box = before.scene.card(card.id);
    if (!box) continue;
    const bool freed = hasEvent(step, StepEvent::Kind::Freed, card.id);
    departures_.push_back({card, *box, freed ? Window{kSweepStart, kSweepLength} : Window{0, kFadeOutLength}, freed});
  }
}

void AnimationSchedule::planMarks(const StepPicture& after, const StepRecord& marks, bool spread) {
  std::vector<const StepEvent*> order;
  for (const StepEvent& event : marks.events)
    if (event.kind == StepEvent::Kind::Marked) order.push_back(&event);
  if (order.empty()) return;
  const float interval =
      spread ? std::clamp(kMarkTotal / static_cast<float>(order.size()), kMinMarkInterval, kMaxMarkInterval) : 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const StepEvent& marked = *order[i];
    const float at = interval * static_cast<float>(i);
    CardTrack& track = cards_[marked.object];
    track.marked = true;
    track.markOrder = static_cast<int>(i) + 1;
    track.mark = {at + interval / 2, interval / 2};
    if (!spread) continue;
    if (const Edge* edge = markedThrough(after.graph, marked)) {
      ArrowTrack& arrow = arrows_[arrowKey(after.graph, edge->from, edge->to)];
      arrow.lights = true;
      arrow.light = {at, interval * 0.6f};
    }
  }
}

void AnimationSchedule::planCollection(const StepRecord& step) {
  for (const StepEvent& event : step.events)
    if (event.kind == StepEvent::Kind::CleanupQueued) {
      CardTrack& track = cards_[event.object];
      track.lights = true;
      track.lit = {0, kLitLength};
    }
}

void AnimationSchedule::finish() {
  const auto end = [](const Window& w) { return w.start + w.length; };
  duration_ = 0;
  for (const auto& [id, track] : cards_) {
    if (track.moves) duration_ = std::max(duration_, end(track.move));
    if (track.appears) duration_ = std::max(duration_, end(track.fadeIn));
    if (track.ghostFrom != track.ghostTo) duration_ = std::max(duration_, end(track.ghost));
    if (track.marked) duration_ = std::max(duration_, end(track.mark));
    if (track.lights) duration_ = std::max(duration_, end(track.lit));
  }
  for (const auto& [key, track] : arrows_) {
    if (track.drawsIn) duration_ = std::max(duration_, end(track.draw));
    if (track.lights) duration_ = std::max(duration_, end(track.light));
  }
  for (const Departure& departure : departures_) duration_ = std::max(duration_, end(departure.fade));
  for (const ArrowDeparture& departure : arrowDepartures_) duration_ = std::max(duration_, end(departure.fade));
}

bool AnimationSchedule::movesCards() const {
  if (!animating()) return false;
  return std::any_of(cards_.begin(), cards_.end(), [this](const auto& track) {
    return track.second.moves && track.second.move.progress(time_) < 1;
  });
}

float AnimationSchedule::moveProgress() const {
  return smooth(std::clamp((time_ - kMoveStart) / kMoveLength, 0.0f, 1.0f));
}

SceneGeometry AnimationSchedule::scene(const SceneGeometry& after) const {
  SceneGeometry now = after;
  for (const auto& [id, track] : cards_) {
    if (!track.moves) continue;
    if (auto found = now.cards.find(id); found != now.cards.end())
      found->second.rect = lerpRect(track.from, found->second.rect, smooth(track.move.progress(time_)));
  }
  return now;
}

CardLook AnimationSchedule::card(ObjectId id) const {
  CardLook look;
  const auto found = cards_.find(id);
  if (found == cards_.end()) return look;
  const CardTrack& track = found->second;
  if (track.appears) look.opacity = smooth(track.fadeIn.progress(time_));
  look.ghost = track.ghostFrom + (track.ghostTo - track.ghostFrom) * smooth(track.ghost.progress(time_));
  if (track.marked) {
    look.mark = smooth(track.mark.progress(time_));
    if (look.mark > 0) look.markOrder = track.markOrder;
  }
  if (track.lights) look.lit = std::max(0.0f, std::sin(std::numbers::pi_v<float> * track.lit.progress(time_)));
  return look;
}

ArrowLook AnimationSchedule::arrow(const ViewGraph& graph, const Arrow& arrow) const {
  ArrowLook look;
  const auto found = arrows_.find(arrowKey(graph, arrow.from, arrow.to));
  if (found == arrows_.end()) return look;
  const ArrowTrack& track = found->second;
  if (track.drawsIn) look.drawn = smooth(track.draw.progress(time_));
  if (track.lights) look.lit = track.light.progress(time_);
  return look;
}

std::vector<DepartingCard> AnimationSchedule::departingCards() const {
  std::vector<DepartingCard> departing;
  for (const Departure& departure : departures_) {
    const float gone = departure.fade.progress(time_);
    if (gone >= 1) continue;
    CardLook look;
    look.opacity = 1 - smooth(gone);
    look.ghost = departure.freed ? 1.0f : 0.0f;
    departing.push_back({departure.card, departure.box, look});
  }
  return departing;
}

std::vector<DepartingArrow> AnimationSchedule::departingArrows() const {
  std::vector<DepartingArrow> departing;
  for (const ArrowDeparture& departure : arrowDepartures_) {
    const float gone = departure.fade.progress(time_);
    if (gone >= 1) continue;
    ArrowLook look;
    look.opacity = 1 - smooth(gone);
    look.breaking = departure.breaking;
    departing.push_back({departure.arrow, look});
  }
  return departing;
}

}  // namespace reachable::view
