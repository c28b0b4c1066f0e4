#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "Arrow.h"
#include "SceneGeometry.h"
#include "ShownGraph.h"
#include "ViewGraph.h"
#include "engine/StepRecord.h"

namespace reachable::view {

// One step as the view derived it: what is shown, where, and how reachable.
struct StepPicture {
  const ViewGraph& graph;
  const SceneGeometry& scene;
  const ReachMap& reach;
};

// How a card looks at this moment of the animation.
struct CardLook {
  float opacity = 1;  // new cards fade in, freed ones out
  float ghost = 0;    // 0: as its reachability says; 1: a ghost outline ("not reached")
  float mark = 0;     // how far the collector's mark has reached it, 0 to 1
  int markOrder = 0;  // the collector's visit order from 1; 0 when not marked in this collection
  float lit = 0;      // a registry whose cleanup was just queued glows, 0 to 1
};

// How an arrow looks at this moment: drawn from its start up to `drawn` of its length.
struct ArrowLook {
  float drawn = 1;
  float opacity = 1;
  float lit = 0;          // the edge the mark just came through
  bool breaking = false;  // a weak reference the collector is clearing
};

// A card that left the graph in this step, drawn from its last picture while it fades.
struct DepartingCard {
  Card card;
  BoxGeometry box;
  CardLook look;
};

struct DepartingArrow {
  Arrow arrow;
  ArrowLook look;
};

// The tweens that show what changed between two neighbouring steps: moves, cards and
// arrows appearing and leaving, and during a collection the mark spreading in the
// collector's order, weak references breaking, garbage turning to ghosts, freed
// objects fading, registries lighting up when their cleanup is queued. Time runs in
// seconds, scaled by the speed.
class AnimationSchedule {
 public:
  // Nothing moves: the picture as it is.
  AnimationSchedule() = default;
  // A step shown at once (a seek): settled, with the collection's marks in place when
  // it is one of a collection's steps.
  static AnimationSchedule still(const StepPicture& picture, const StepRecord* step = nullptr,
                                 const StepRecord* collectionMarks = nullptr);
  // `collectionMarks`: on the clear, sweep and queue steps, the collection's mark step,
  // so that cards keep showing their mark order until the collection ends.
  static AnimationSchedule between(const StepPicture& before, const StepPicture& after, const StepRecord& step,
                                   const std::vector<Arrow>& arrowsBefore, const StepRecord* collectionMarks = nullptr);

  void setSpeed(float multiplier) { speed_ = multiplier > 0 ? multiplier : 1; }
  float speed() const { return speed_; }
  void advance(float seconds) { time_ = std::min(duration_, time_ + seconds * speed_); }
  void skipToEnd() { time_ = duration_; }
  bool animating() const { return time_ < duration_; }
  // Whether some card is moving now (most steps only fade, mark and draw arrows in).
  bool movesCards() const;
  // How far the cards that move have come, eased, from 0 to 1: what the camera follows
  // when a new plan moves them all.
  float moveProgress() const;
  float time() const { return time_; }
  float duration() const { return duration_; }

  // The scene now: every card of `after` at its tweened place.
  SceneGeometry scene(const SceneGeometry& after) const;
  CardLook card(ObjectId id) const;
  ArrowLook arrow(const ViewGraph& graph, const Arrow& arrow) const;
  std::vector<DepartingCard> departingCards() const;
  std::vector<DepartingArrow> departingArrows() const;

 private:
  struct Window {  // a tween runs from `start` for `length` seconds
    float start = 0;
    float length = 0;
    float progress(float time) const;
  };
  struct CardTrack {
    Rect from;
    bool moves = false;
    Window move, fadeIn, ghost, mark, lit;
    float ghostFrom = 0, ghostTo = 0;
    bool appears = false, marked = false, lights = false;
    int markOrder = 0;
  };
  struct ArrowTrack {
    Window draw, light;
    bool drawsIn = false, lights = false;
  };
  struct Departure {
    Card card;
    BoxGeometry box;
    Window fade;
    bool freed = false;
  };
  struct ArrowDeparture {
    Arrow arrow;
    Window fade;
    bool breaking = false;
  };

  void planMoves(const StepPicture& before, const StepPicture& after);
  void planArrows(const StepPicture& before, const StepPicture& after, const std::vector<Arrow>& arrowsBefore,
                  const StepRecord& step);
  void planMarks(const StepPicture& after, const StepRecord& marks, bool spread);
  void planCollection(const StepRecord& step);
  void finish();

  float time_ = 0;
  float duration_ = 0;
  float speed_ = 1;
  std::unordered_map<ObjectId, CardTrack> cards_;
  std::unordered_map<std::string, ArrowTrack> arrows_;  // by arrowKey
  std::vector<Departure> departures_;
  std::vector<ArrowDeparture> arrowDepartures_;
};

// An arrow's identity from one step to the next: where it starts and what it points
// at, so that a retargeted reference counts as one arrow leaving and another arriving.
std::string arrowKey(const ViewGraph& graph, const EdgeSource& from, ObjectId to);

}  // namespace reachable::view
