#pragma once

#include <imgui.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "AnimationSchedule.h"
#include "ArrowLabels.h"
#include "ArrowRouter.h"
#include "Camera.h"
#include "DrawnView.h"
#include "FontTextMeasure.h"
#include "HeapLayout.h"
#include "HeapViewStyle.h"
#include "HitTest.h"
#include "Minimap.h"
#include "RunPlanner.h"
#include "RunSample.h"
#include "ViewGraph.h"
#include "WindowedPlan.h"

namespace reachable {

// The fonts the view draws with: DejaVu Sans and DejaVu Sans Mono, loaded by the shell
// with the glyphs the view uses beyond Latin-1: … (U+2026), → (U+2192), ƒ (U+0192).
// Null: ImGui's current font.
struct HeapViewFonts {
  ImFont* text = nullptr;
  ImFont* mono = nullptr;
};

// The heap graph: roots on the left, objects as cards, references as arrows, with
// pan (drag the background), zoom (wheel), card dragging, hover highlights, and the
// retaining path of the clicked object. It animates what changed between the step
// shown before and the one shown now.
class HeapGraphView {
 public:
  // A new step to show. `animate`: the step follows the one shown before (stepping
  // forward); anything else (a seek, a reload) shows the new state at once.
  // `collectionMarks`: during a collection's clear, sweep and queue steps, the record
  // of its mark step, so that cards keep their mark order.
  void show(const HeapState& state, const StepRecord& step, bool animate, const StepRecord* collectionMarks = nullptr);
  // A new program: forget places, selection and the camera.
  void reset(std::vector<view::Pin> pins = {});
  // How to read the steps of the program the layout plans from (WindowedPlan): laid
  // out together before the next step is shown, so that each card keeps one place over
  // them all, or over each window of them when a lesson is richer than the panel.
  // `sample` may be called on another thread.
  void plan(std::function<view::PlannedSteps()> sample);
  // Plan on a worker thread, so that a large run never freezes the window (the
  // interactive program); otherwise plans are made at once (pictures, tests).
  void planInBackground(bool on) { planInBackground_ = on; }

  // Derives the picture of a step given to show() (or of a change of what is shown),
  // so that what is asked of it before draw() is up to date. draw() does it too.
  void prepare(const HeapViewFonts& fonts);
  // Draws in the current ImGui window, filling `size` from the cursor, and handles the
  // pointer over it. The fitted camera keeps text at least `minTextPixels` tall.
  void draw(ImVec2 size, const HeapViewStyle& style, const HeapViewFonts& fonts, float minTextPixels);
  // Keep a record of what each frame drew (for --dump-view).
  void recordDrawn(bool on) { recordDrawn_ = on; }
  const view::DrawnHeap& drawn() const { return drawn_; }

  // Whether the objects the engine made on the program's behalf have cards.
  void setShowEngineObjects(bool show);
  // How many such objects the picture leaves out.
  std::size_t hiddenEngineObjects() const { return now_.graph.hiddenEngineObjects; }
  // The objects the picture draws (as cards, stacks or piles) and their bytes.
  std::size_t shownObjects() const { return now_.graph.shownObjects; }
  std::uint64_t shownBytes() const { return now_.graph.shownBytes; }

  // The player's speed, which every animation of the view keeps to: one clock for the
  // steps and the picture.
  void setSpeed(float speed);

  // Whether draw() shows a step's picture, rather than waiting for the run's layout.
  bool showsPicture() const { return state_.has_value() && !awaitingPlan(); }

  // Whether the next frames move anything: the program redraws only while this holds.
  bool animating() const { return schedule_.animating() || glideFrom_.has_value() || planner_.busy(); }

  std::optional<ObjectId> selected() const { return selected_; }
  // Why the selected object is alive, in words ("kept alive by: admin → …").
  const std::string& selectionExplanation() const { return explanation_; }

 private:
  struct Picture {  // one step as the view derived it
    view::ViewGraph graph;
    view::SceneGeometry scene;
    view::ReachMap reach;
    std::vector<view::Arrow> arrows;
  };
  struct PendingStep {
    HeapState state;
    StepRecord step;
    bool animate = false;
    std::optional<StepRecord> collectionMarks;
  };
  struct Highlights {
    std::vector<bool> arrows;  // by index in the arrows drawn
    std::vector<ObjectId> cards;
    bool card(ObjectId id) const;
  };
  void apply(PendingStep pending, const view::TextMeasure& measure);
  void derive(const view::TextMeasure& measure);
  void rederive(const view::TextMeasure& measure);
  void animateFrom(Picture before);
  void measureWith(const HeapViewFonts& fonts);
  void toggleFold(ObjectId id);
  void handleInput(view::Vec2 canvas, const view::SceneGeometry& scene, const std::vector<view::Arrow>& arrows,
                   bool hovered);
  void select(std::optional<ObjectId> id);
  void fitCamera(view::Vec2 size, float minZoom);
  void followCamera(view::Vec2 size, float minZoom);
  std::vector<view::OffscreenMarker> offscreenMarkers(const view::SceneGeometry& scene, ImVec2 canvas,
                                                      ImVec2 size) const;
  void followMarkerClicks(const std::vector<view::OffscreenMarker>& markers, ImVec2 size);
  view::DrawnHeap record(ImVec2 canvas, ImVec2 size, const view::SceneGeometry& scene,
                         const std::vector<view::Arrow>& arrows, const std::vector<view::ArrowLabel>& labels,
                         const std::vector<view::OffscreenMarker>& markers,
                         const std::optional<view::Minimap>& minimap, ImFont* text, ImFont* mono) const;
  void followMinimap(const view::Minimap& map, ImVec2 size);
  static constexpr float kFitMargin = 16;
  static constexpr float kMaxFitZoom = 1.6f;  // a small heap fills the panel, up to this
  static constexpr float kLoopRoom = 56;
  // The minimap's longer side: this many lines of text, at most this share of the panel.
  static constexpr float kMinimapLines = 8;
  static constexpr float kMinimapShare = 0.3f;
  void layoutChanged();
  bool adoptWindow(std::uint64_t step);
  void planFor(view::Vec2 room);
  void takeFinishedPlan(std::chrono::milliseconds patience = std::chrono::milliseconds{0});
  void adoptPlan(view::WindowedPlan plan);
  bool awaitingPlan() const;
  static constexpr std::chrono::milliseconds kPlanPatience{30};
  Highlights highlights(const std::vector<view::Arrow>& arrows) const;
  void paint(ImDrawList* list, ImVec2 canvas, ImVec2 size, const HeapViewStyle& style, const view::SceneGeometry& scene,
             const std::vector<view::Arrow>& arrows, const std::vector<view::ArrowLabel>& labels,
             const std::vector<view::OffscreenMarker>& markers, ImFont* text, ImFont* mono) const;

  view::HeapLayout layout_;
  view::ArrowRouter router_;
  view::Camera camera_;
  // Until the learner pans or zooms, the camera keeps the whole heap in view.
  bool cameraMoved_ = false;
  view::AnimationSchedule schedule_;
  float speed_ = 1;
  std::optional<PendingStep> pending_;
  std::function<view::PlannedSteps()> sample_;  // reads the steps the layout plans from
  std::optional<view::Vec2> plannedRoom_;       // the room they were planned for, once they were
  bool planInBackground_ = false;
  view::BackgroundPlanner planner_;
  std::shared_ptr<const FontTextMeasure> measure_;
  view::WindowedPlan windows_;
  std::optional<std::size_t> window_;  // the window whose plan the layout follows
  std::uint64_t step_ = 0;             // the step shown (or about to be)
  // Where the camera was when a new window's plan began to move the cards: it follows
  // them to its new fit.
  std::optional<view::Camera> glideFrom_;
  // The objects the last step that touched any touched: a camera that cannot show the
  // whole heap shows them.
  std::vector<ObjectId> focus_;
  std::optional<HeapState> state_;  // the step shown: reachability and explanations read it
  std::unordered_set<ObjectId> freed_;  // what its sweep freed, drawn as ghosts
  Picture now_;
  view::Hit hovered_;
  std::optional<ObjectId> selected_;
  std::vector<PathLink> selectedPath_;
  std::string explanation_;
  bool showEngineObjects_ = false;
  std::unordered_set<ObjectId> unfolded_;  // cards the learner unfolded
  bool rederive_ = false;                  // what is shown changed: derive the picture anew
  view::Hit pressed_;                      // where the left button went down
  std::optional<ObjectId> dragging_;
  bool panning_ = false;
  bool onMinimap_ = false;  // the left button went down on the minimap
  view::Vec2 dragOffset_;
  bool recordDrawn_ = false;
  view::DrawnHeap drawn_;
};

}  // namespace reachable
