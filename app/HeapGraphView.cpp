#include "HeapGraphView.h"

#include "Fonts.h"

#include <algorithm>
#include <set>
#include <cmath>

#include "CardText.h"
#include "FontTextMeasure.h"
#include "HeapViewPainter.h"
#include "timeline/StateReachability.h"

namespace reachable {
namespace {

constexpr float kWheelZoomStep = 1.1f;
constexpr float kClickSlop = 4;  // pixels the pointer may move and still click
constexpr int kSamplesPerSegment = 8;  // of an arrow's curve, in the dump

view::Vec2 vec(ImVec2 v) { return {v.x, v.y}; }

// A click on a folded card's "… N more", or on an unfolded card's last row.
bool clickedToggle(const view::ViewGraph& graph, const view::Hit& hit) {
  if (hit.kind != view::Hit::Kind::Row) return false;
  const view::Card* card = graph.find(hit.object);
  return card && hit.index < card->rows.size() && card->rows[hit.index].toggle != view::RowToggle::None;
}

bool followsLink(const view::ViewGraph& graph, const view::Arrow& arrow, const PathLink& link) {
  if (arrow.to != link.to) return false;
  if (link.fromObject == kNoObject)
    return arrow.from.fromRoot && graph.roots[arrow.from.box].variables[arrow.from.variable].name == link.from;
  return !arrow.from.fromRoot && arrow.from.object == link.fromObject;
}

// The objects a step is about, for a camera that cannot show them all: those its
// events name (made, marked, freed, cleared), or else those the running function's
// variables refer to, which is what its line reads and writes. None in the module's
// own code, whose variables reach everything.
std::vector<ObjectId> touchedBy(const StepRecord& step, const view::ViewGraph& graph) {
  std::vector<ObjectId> touched;
  for (const StepEvent& event : step.events)
    for (ObjectId id : {event.object, event.other})
      if (id != kNoObject && graph.contains(id)) touched.push_back(id);
  if (!touched.empty()) return touched;
  // A function's frame holds its variables for a while; the module's scope is lasting.
  int innermost = -1;
  for (const view::RootBox& box : graph.roots) innermost = std::max(innermost, box.frame);
  for (const view::RootBox& box : graph.roots)
    if (box.frame == innermost && innermost >= 0 && box.transient)
      for (const view::RootVariable& variable : box.variables)
        if (variable.target != kNoObject) touched.push_back(variable.target);
  return touched;
}

}  // namespace

bool HeapGraphView::Highlights::card(ObjectId id) const {
  return std::find(cards.begin(), cards.end(), id) != cards.end();
}

void HeapGraphView::show(const HeapState& state, const StepRecord& step, bool animate,
                         const StepRecord* collectionMarks) {
  pending_ = PendingStep{state, step, animate && state_.has_value(),
                         collectionMarks ? std::optional<StepRecord>(*collectionMarks) : std::nullopt};
}

void HeapGraphView::reset(std::vector<view::Pin> pins) {
  layout_.clear();
  layout_.setPins(std::move(pins));
  camera_ = {};
  cameraMoved_ = false;
  schedule_ = {};
  state_.reset();
  sample_ = nullptr;
  planner_.abandon();
  plannedRoom_.reset();
  windows_.clear();
  window_.reset();
  step_ = 0;
  focus_.clear();
  glideFrom_.reset();
  now_ = {};
  unfolded_.clear();
  select(std::nullopt);
}

// Cards change size or come and go: the run is planned again, and they move there.
void HeapGraphView::setShowEngineObjects(bool show) {
  if (show == showEngineObjects_) return;
  showEngineObjects_ = show;
  rederive_ = true;
  plannedRoom_.reset();
}

// The picture of the state shown, then its places and arrows.
void HeapGraphView::derive(const view::TextMeasure& measure) {
  now_.graph = view::shownGraph(*state_, {showEngineObjects_, &unfolded_, &freed_}, now_.reach);
  layout_.update(now_.graph, measure);
  now_.scene = view::SceneGeometry::of(layout_);
  now_.arrows = router_.route(now_.graph, now_.scene);
}

// The same step shown otherwise (a card unfolded, engine objects shown): cards that
// come and go fade, the others move to their new places.
void HeapGraphView::rederive(const view::TextMeasure& measure) {
  rederive_ = false;
  if (!state_) return;
  Picture before = std::move(now_);
  derive(measure);
  animateFrom(std::move(before));
}

void HeapGraphView::animateFrom(Picture before) {
  schedule_ = view::AnimationSchedule::between({before.graph, before.scene, before.reach},
                                               {now_.graph, now_.scene, now_.reach}, StepRecord{}, before.arrows);
  schedule_.setSpeed(speed_);
  select(selected_ && now_.graph.contains(*selected_) ? selected_ : std::nullopt);
}

void HeapGraphView::setSpeed(float speed) {
  speed_ = speed;
  schedule_.setSpeed(speed);
}

void HeapGraphView::toggleFold(ObjectId id) {
  if (!unfolded_.erase(id)) unfolded_.insert(id);
  rederive_ = true;
  plannedRoom_.reset();
}

// Derives the new step's picture and plans the animation from the one shown before.
void HeapGraphView::apply(PendingStep pending, const view::TextMeasure& measure) {
  Picture before = std::move(now_);
  step_ = pending.step.number;
  adoptWindow(step_);
  // The fitted camera may move with the step (a new window, a heap larger than the
  // panel): it glides there as the cards move.
  if (pending.animate && !cameraMoved_) glideFrom_ = camera_;
  state_ = std::move(pending.state);
  freed_.clear();
  for (const StepEvent& event : pending.step.events)
    if (event.kind == StepEvent::Kind::Freed) freed_.insert(event.object);
  rederive_ = false;
  derive(measure);
  if (std::vector<ObjectId> touched = touchedBy(pending.step, now_.graph); !touched.empty()) focus_ = std::move(touched);
  const view::StepPicture after{now_.graph, now_.scene, now_.reach};
  if (pending.animate)
    schedule_ =
        view::AnimationSchedule::between({before.graph, before.scene, before.reach}, after, pending.step, before.arrows,
                                         pending.collectionMarks ? &*pending.collectionMarks : nullptr);
  else
    schedule_ = view::AnimationSchedule::still(after, &pending.step,
                                               pending.collectionMarks ? &*pending.collectionMarks : nullptr);
  schedule_.setSpeed(speed_);
  select(selected_ && now_.graph.contains(*selected_) ? selected_ : std::nullopt);
}

// The camera holds still over the run: it fits everything the layout planned for it
// (so a card that appears later is already in view) as large as the panel allows, and
// never makes text smaller than legible. When that is too much at a legible size, it
// fits what is alive at this step (the roots and what they reach) and moves with it
// from step to step. What then does not fit starts at the top left, where the roots
// are, moved as far as it must to show the objects the step touched; the edge markers
// count the rest.
void HeapGraphView::fitCamera(view::Vec2 size, float minZoom) {
  std::optional<view::Rect> all = layout_.plannedBounds();
  std::optional<view::Rect> roots, live, step;
  using view::include;
  for (const auto& box : now_.scene.roots) {
    include(all, box.rect);
    include(roots, box.rect);
  }
  for (const auto& [id, box] : now_.scene.cards) {
    include(all, box.rect);
    include(step, box.rect);
    if (const auto reach = now_.reach.find(id); reach == now_.reach.end() || reach->second != Reach::Unreachable)
      include(live, box.rect);
  }
  // The roots go with whichever cards are fitted: those alive, or with nothing alive
  // (the program has ended) every card the step still shows.
  if (live && roots) include(live, *roots);
  if (step && roots) include(step, *roots);
  if (!all) return;
  // Arrows into a card of the same column loop round its right side, with their names.
  const auto fits = [&](const view::Rect& r) {
    return std::min((size.x - 2 * kFitMargin) / (r.width() + kLoopRoom), (size.y - 2 * kFitMargin) / r.height()) >=
           minZoom;
  };
  view::Rect shown = fits(*all) ? *all : live ? *live : step ? *step : *all;
  shown.max.x += kLoopRoom;
  std::optional<view::Rect> focus;
  for (ObjectId id : focus_)
    if (const view::BoxGeometry* box = now_.scene.card(id)) include(focus, box->rect);
  camera_.fit(shown, size, kFitMargin, minZoom, kMaxFitZoom, focus);
}

// The fitted camera, or on its way there while cards move to a new window's places.
void HeapGraphView::followCamera(view::Vec2 size, float minZoom) {
  fitCamera(size, minZoom);
  if (!glideFrom_) return;
  const float progress = schedule_.moveProgress();
  camera_ = view::between(*glideFrom_, camera_, progress);
  if (progress >= 1 || !schedule_.animating()) glideFrom_.reset();
}

void HeapGraphView::plan(std::function<view::PlannedSteps()> sample) {
  sample_ = std::move(sample);
  planner_.abandon();
  plannedRoom_.reset();
}

// Whether the step's window differs from the one the layout followed: its plan then
// takes over.
bool HeapGraphView::adoptWindow(std::uint64_t step) {
  if (windows_.empty()) return false;
  const std::size_t window = windows_.windowOf(step);
  if (window_ == window) return false;
  layout_.adopt(windows_.windows()[window].plan);
  window_ = window;
  return true;
}

// Plans again when the panel's room changed by more than a little (a resized window,
// a new type size) or what cards show changed: cards then move once to their places.
void HeapGraphView::planFor(view::Vec2 room) {
  constexpr float kChange = 0.05f;
  if (!sample_) return;
  if (plannedRoom_ && std::abs(room.x - plannedRoom_->x) <= kChange * plannedRoom_->x &&
      std::abs(room.y - plannedRoom_->y) <= kChange * plannedRoom_->y)
    return;
  view::PlanRequest request{sample_, showEngineObjects_, unfolded_, measure_, layout_.metrics(), room};
  plannedRoom_ = room;
  if (!planInBackground_) {
    if (std::optional<view::WindowedPlan> plan = view::planRun(request, std::atomic<bool>{false}))
      adoptPlan(std::move(*plan));
    return;
  }
  planner_.start(std::move(request));
  // A plan that takes less than a frame or two is waited for: no half-placed frame.
  takeFinishedPlan(kPlanPatience);
}

void HeapGraphView::takeFinishedPlan(std::chrono::milliseconds patience) {
  if (std::optional<view::WindowedPlan> plan = planner_.take(patience)) adoptPlan(std::move(*plan));
}

// A new plan: the cards of the step shown move to their places in it.
void HeapGraphView::adoptPlan(view::WindowedPlan plan) {
  windows_ = std::move(plan);
  window_.reset();
  adoptWindow(step_);
  // A new step, or the same shown otherwise, is placed when it is derived.
  if (pending_ || rederive_ || !state_) return;
  Picture before = now_;
  layout_.update(now_.graph, *measure_);
  layoutChanged();
  animateFrom(std::move(before));
}

// Whether the first picture of a run waits for its plan: until draw() knows the room
// to plan for, and while the planner lays a large run out.
bool HeapGraphView::awaitingPlan() const { return sample_ && (!plannedRoom_ || (windows_.empty() && planner_.busy())); }

void HeapGraphView::select(std::optional<ObjectId> id) {
  selected_ = id;
  selectedPath_.clear();
  explanation_.clear();
  if (!id || !state_) return;
  const StateReachability reachability(*state_);
  // A stack answers for its first object (a folded stack's id is none of its
  // objects'), and speaks for all of them.
  const view::Card* card = now_.graph.find(*id);
  const ObjectId object = card && !card->stacked.empty() ? card->stacked.front() : *id;
  selectedPath_ = reachability.retainingPath(object);
  explanation_ = reachability.explain(object);
  if (card && card->pile > 1 && card->site)
    explanation_ =
        std::to_string(card->pile) + " objects made on line " + std::to_string(card->site->line) + ": " + explanation_;
}

void HeapGraphView::layoutChanged() {
  now_.scene = view::SceneGeometry::of(layout_);
  now_.arrows = router_.route(now_.graph, now_.scene);
}

void HeapGraphView::prepare(const HeapViewFonts& fonts) {
  measureWith(fonts);
  takeFinishedPlan();
  if (awaitingPlan()) return;
  if (pending_) {
    apply(std::move(*pending_), *measure_);
    pending_.reset();
  }
  if (rederive_) rederive(*measure_);
}

// The fonts' measure, kept while they stay the same: the planner reads a copy of it.
void HeapGraphView::measureWith(const HeapViewFonts& fonts) {
  const ImFont& text = fonts.text ? *fonts.text : *ImGui::GetFont();
  const ImFont& mono = fonts.mono ? *fonts.mono : text;
  if (!measure_ || !measure_->measures(text, mono)) measure_ = std::make_shared<const FontTextMeasure>(text, mono);
}

void HeapGraphView::draw(ImVec2 size, const HeapViewStyle& style, const HeapViewFonts& fonts, float minTextPixels) {
  ImFont* text = fonts.text ? fonts.text : ImGui::GetFont();
  ImFont* mono = fonts.mono ? fonts.mono : text;
  measureWith(fonts);
  const view::TextMeasure& measure = *measure_;
  const ImVec2 canvas = ImGui::GetCursorScreenPos();
  // The legend is a strip under the graph, which the camera keeps clear of.
  const float strip = HeapViewPainter::legendHeight(text);
  const ImVec2 viewport{std::max(size.x, 1.0f), std::max(size.y - strip, 1.0f)};
  const float minZoom = std::min(minTextPixels / std::min(textPixels(*text), textPixels(*mono)), kMaxFitZoom);
  planFor(vec(viewport) * (1 / minZoom) - view::Vec2{2 * kFitMargin / minZoom + kLoopRoom, 2 * kFitMargin / minZoom});
  prepare(fonts);
  ImGui::InvisibleButton("heap view", viewport, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
  const bool hovered = ImGui::IsItemHovered();
  if (awaitingPlan()) {
    HeapViewPainter(ImGui::GetWindowDrawList(), style, text, mono, camera_, canvas)
        .notice("Laying out the heap…", canvas, {canvas.x + viewport.x, canvas.y + viewport.y});
    return;
  }
  schedule_.advance(ImGui::GetIO().DeltaTime);
  // Cards hold still through most animations: their arrows stay as routed. While some
  // move, arrows take the direct curve each frame and find their way round again after.
  const bool moving = schedule_.movesCards();
  const view::SceneGeometry scene = moving ? schedule_.scene(now_.scene) : view::SceneGeometry{};
  const view::SceneGeometry& shown = moving ? scene : now_.scene;
  const std::vector<view::Arrow> routed =
      moving ? router_.route(now_.graph, shown, view::ArrowRouter::Detail::Direct) : std::vector<view::Arrow>{};
  const std::vector<view::Arrow>& arrows = moving ? routed : now_.arrows;
  if (!cameraMoved_)
    followCamera(vec(viewport), minZoom);
  else
    glideFrom_.reset();
  handleInput(vec(canvas), shown, arrows, hovered);
  const view::SceneGeometry& painted = dragging_ ? now_.scene : shown;
  const std::vector<view::ArrowLabel> labels = view::placeArrowLabels(arrows, painted, measure, style.tutorialLook);
  const std::vector<view::OffscreenMarker> markers = offscreenMarkers(painted, canvas, viewport);
  paint(ImGui::GetWindowDrawList(), canvas, viewport, style, painted, arrows, labels, markers, text, mono);
  HeapViewPainter painter(ImGui::GetWindowDrawList(), style, text, mono, camera_, canvas);
  const view::Rect panel{vec(canvas), vec(canvas) + vec(viewport)};
  // Only a heap larger than the panel needs a map of itself.
  const std::optional<view::Minimap> minimap =
      markers.empty() ? std::nullopt
                      : view::Minimap::of(painted, panel, std::min(kMinimapLines * textPixels(*text),
                                                                   kMinimapShare * std::min(viewport.x, viewport.y)));
  if (minimap) painter.minimap(*minimap, painted, now_.reach, {camera_.toWorld(vec(canvas), panel.min),
                                                              camera_.toWorld(vec(canvas), panel.max)});
  painter.legend({canvas.x, canvas.y + viewport.y}, {canvas.x + viewport.x, canvas.y + viewport.y + strip});
  if (recordDrawn_) drawn_ = record(canvas, viewport, painted, arrows, labels, markers, minimap, text, mono);
  followMarkerClicks(markers, viewport);
  if (minimap) followMinimap(*minimap, viewport);
}

// A press or a drag on the minimap centres the view on that point of the graph.
void HeapGraphView::followMinimap(const view::Minimap& map, ImVec2 size) {
  const view::Vec2 pointer = vec(ImGui::GetIO().MousePos);
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && map.screen.expanded(4).contains(pointer)) onMinimap_ = true;
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) onMinimap_ = false;
  if (!onMinimap_) return;
  camera_.pan = vec(size) * 0.5f - map.toWorld(pointer) * camera_.zoom;
  cameraMoved_ = true;
  dragging_.reset();
  panning_ = false;
}

void HeapGraphView::handleInput(view::Vec2 canvas, const view::SceneGeometry& scene,
                                const std::vector<view::Arrow>& arrows, bool hovered) {
  const ImGuiIO& io = ImGui::GetIO();
  const view::Vec2 pointer = camera_.toWorld(canvas, vec(io.MousePos));
  hovered_ = hovered ? view::hitTest(scene, arrows, pointer) : view::Hit{};
  if (hovered && io.MouseWheel != 0) {
    camera_.zoomAt(canvas, vec(io.MousePos), std::pow(kWheelZoomStep, io.MouseWheel));
    cameraMoved_ = true;
  }
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    pressed_ = hovered_;
    const bool onCard = hovered_.kind == view::Hit::Kind::Card || hovered_.kind == view::Hit::Kind::Row;
    if (onCard) {
      dragging_ = hovered_.object;
      dragOffset_ = pointer - scene.card(hovered_.object)->rect.min;
    }
    panning_ = !onCard;
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    if (dragging_) {
      layout_.moveCard(*dragging_, pointer - dragOffset_);
      layoutChanged();
    } else if (panning_) {
      camera_.pan = camera_.pan + vec(io.MouseDelta);
      cameraMoved_ = true;
    }
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Middle)) {
    camera_.pan = camera_.pan + vec(io.MouseDelta);
    cameraMoved_ = true;
  }
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && (dragging_ || panning_)) {
    if (io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < kClickSlop * kClickSlop) {
      if (clickedToggle(now_.graph, pressed_))
        toggleFold(pressed_.object);
      else
        select(dragging_ ? dragging_ : std::nullopt);
    }
    dragging_.reset();
    panning_ = false;
  }
}

// What the pointer and the selection point at: hovering a variable or a property
// lights the object it refers to; hovering an object, the arrows into it; a selected
// object, its retaining path.
HeapGraphView::Highlights HeapGraphView::highlights(const std::vector<view::Arrow>& arrows) const {
  Highlights lit{std::vector<bool>(arrows.size(), false), {}};
  for (std::size_t i = 0; i < arrows.size(); ++i) {
    const view::Arrow& arrow = arrows[i];
    const view::EdgeSource& from = arrow.from;
    bool on = false;
    switch (hovered_.kind) {
      case view::Hit::Kind::Variable:
        on = from.fromRoot && from.box == hovered_.index && from.variable == hovered_.variable;
        break;
      case view::Hit::Kind::Row:
        on = !from.fromRoot && from.object == hovered_.object && from.row == hovered_.index;
        break;
      case view::Hit::Kind::Card: on = arrow.to == hovered_.object; break;
      case view::Hit::Kind::Arrow: on = i == hovered_.index; break;
      default: break;
    }
    on = on || std::any_of(selectedPath_.begin(), selectedPath_.end(),
                           [&](const PathLink& link) { return followsLink(now_.graph, arrow, link); });
    if (!on) continue;
    lit.arrows[i] = true;
    if (hovered_.kind != view::Hit::Kind::Card) lit.cards.push_back(arrow.to);
  }
  if (hovered_.kind == view::Hit::Kind::Card) lit.cards.push_back(hovered_.object);
  if (selected_) lit.cards.push_back(*selected_);
  return lit;
}

void HeapGraphView::paint(ImDrawList* list, ImVec2 canvas, ImVec2 size, const HeapViewStyle& style,
                          const view::SceneGeometry& scene, const std::vector<view::Arrow>& arrows,
                          const std::vector<view::ArrowLabel>& labels, const std::vector<view::OffscreenMarker>& markers,
                          ImFont* text, ImFont* mono) const {
  const ImVec2 canvasMax{canvas.x + size.x, canvas.y + size.y};
  list->PushClipRect(canvas, canvasMax, true);
  list->AddRectFilled(canvas, canvasMax, style.background);
  HeapViewPainter painter(list, style, text, mono, camera_, canvas);
  const Highlights lit = highlights(arrows);
  // The rows whose names stand beside their arrows (the tutorial look).
  std::set<std::pair<ObjectId, std::size_t>> labelled;
  for (const view::ArrowLabel& label : labels)
    if (const view::EdgeSource& from = arrows[label.arrow].from; !from.fromRoot) labelled.emplace(from.object, from.row);
  for (std::size_t i = 0; i < scene.roots.size() && i < now_.graph.roots.size(); ++i) {
    const bool hoveredBox = hovered_.kind == view::Hit::Kind::Variable && hovered_.index == i;
    painter.rootBox(now_.graph.roots[i], scene.roots[i], hoveredBox ? std::optional(hovered_.variable) : std::nullopt);
  }
  for (const view::DepartingArrow& departing : schedule_.departingArrows())
    painter.arrow(departing.arrow, departing.look, false);
  for (std::size_t i = 0; i < arrows.size(); ++i)
    if (painter.visible(arrows[i].bounds(), canvas, canvasMax))
      painter.arrow(arrows[i], schedule_.arrow(now_.graph, arrows[i]), lit.arrows[i]);
  for (const view::DepartingCard& departing : schedule_.departingCards())
    painter.card(departing.card, departing.box, departing.look, Reach::Unreachable, false);
  for (const view::Card& card : now_.graph.cards) {
    const view::BoxGeometry* box = scene.card(card.id);
    if (!box || !painter.visible(box->rect, canvas, canvasMax)) continue;
    const auto reach = now_.reach.find(card.id);
    const auto namedBeside = [&](std::size_t row) { return labelled.contains({card.id, row}); };
    painter.card(card, *box, schedule_.card(card.id), reach == now_.reach.end() ? Reach::Strong : reach->second,
                 lit.card(card.id), freed_.contains(card.id), namedBeside);
  }
  for (const view::ArrowLabel& label : labels) {
    const view::Arrow& arrow = arrows[label.arrow];
    painter.label(label.text, label.rect, schedule_.arrow(now_.graph, arrow), arrow.isWeak(), lit.arrows[label.arrow]);
  }
  for (const view::OffscreenMarker& marker : markers) painter.offscreenMarker(marker);
  painter.explanation(explanation_, canvas, canvasMax);
  list->PopClipRect();
}

// Cards wholly or partly beyond the viewport, counted by the edge they lie past, so
// that a graph too large to show at a legible size says what is out of sight.
std::vector<view::OffscreenMarker> HeapGraphView::offscreenMarkers(const view::SceneGeometry& scene, ImVec2 canvas,
                                                                   ImVec2 size) const {
  const view::Rect view{vec(canvas), vec(canvas) + vec(size)};
  std::size_t counts[4] = {};  // left, right, top, bottom
  for (const auto& [id, box] : scene.cards) {
    const view::Rect on = camera_.toScreen(vec(canvas), box.rect);
    if (on.max.x > view.max.x) ++counts[1];
    else if (on.min.x < view.min.x) ++counts[0];
    else if (on.max.y > view.max.y) ++counts[3];
    else if (on.min.y < view.min.y) ++counts[2];
  }
  const float height = ImGui::GetFontSize() * 1.5f, width = ImGui::GetFontSize() * 4.2f, inset = 6;
  const view::Vec2 middle = view.center();
  const view::Rect places[4] = {
      view::rectAt({view.min.x + inset, middle.y - height / 2}, {width, height}),
      view::rectAt({view.max.x - inset - width, middle.y - height / 2}, {width, height}),
      view::rectAt({middle.x - width / 2, view.min.y + inset}, {width, height}),
      view::rectAt({middle.x - width / 2, view.max.y - inset - height}, {width, height}),
  };
  const char* sides[4] = {"left", "right", "top", "bottom"};
  std::vector<view::OffscreenMarker> markers;
  for (int side = 0; side < 4; ++side)
    if (counts[side]) markers.push_back({sides[side], places[side], counts[side]});
  return markers;
}

// A click on an edge marker moves the view most of a panel that way.
void HeapGraphView::followMarkerClicks(const std::vector<view::OffscreenMarker>& markers, ImVec2 size) {
  if (!ImGui::IsMouseClicked(ImGuiMouseButton_Left)) return;
  const view::Vec2 pointer = vec(ImGui::GetIO().MousePos);
  for (const view::OffscreenMarker& marker : markers) {
    if (!marker.rect.contains(pointer)) continue;
    const float dx = size.x * 0.7f, dy = size.y * 0.7f;
    const view::Vec2 by = marker.side == "left"    ? view::Vec2{dx, 0}
                          : marker.side == "right" ? view::Vec2{-dx, 0}
                          : marker.side == "top"   ? view::Vec2{0, dy}
                                                   : view::Vec2{0, -dy};
    camera_.pan = camera_.pan + by;
    cameraMoved_ = true;
    dragging_.reset();
    panning_ = false;
  }
}

view::DrawnHeap HeapGraphView::record(ImVec2 canvas, ImVec2 size, const view::SceneGeometry& scene,
                                      const std::vector<view::Arrow>& arrows,
                                      const std::vector<view::ArrowLabel>& labels,
                                      const std::vector<view::OffscreenMarker>& markers,
                                      const std::optional<view::Minimap>& minimap, ImFont* text, ImFont* mono) const {
  view::DrawnHeap drawn;
  if (minimap) drawn.minimap = minimap->screen;
  const view::Vec2 origin = vec(canvas);
  drawn.panel = {origin, origin + vec(size)};
  drawn.pan = camera_.pan;
  drawn.zoom = camera_.zoom;
  drawn.layoutWindow = window_.value_or(0);
  drawn.layoutWindows = std::max<std::size_t>(windows_.windows().size(), 1);
  const auto inside = [&](const view::Rect& r) {
    return r.min.x >= drawn.panel.min.x && r.min.y >= drawn.panel.min.y && r.max.x <= drawn.panel.max.x &&
           r.max.y <= drawn.panel.max.y;
  };
  for (std::size_t i = 0; i < scene.roots.size() && i < now_.graph.roots.size(); ++i)
    drawn.roots.push_back({now_.graph.roots[i].title, camera_.toScreen(origin, scene.roots[i].rect)});
  const float shownTextPixels = std::min(textPixels(*text), textPixels(*mono)) * camera_.zoom;
  for (const view::Card& card : now_.graph.cards) {
    const view::BoxGeometry* box = scene.card(card.id);
    if (!box) continue;
    const view::Rect on = camera_.toScreen(origin, box->rect);
    const auto reach = now_.reach.find(card.id);
    drawn.cards.push_back({card.id, view::cardTitle(card), card.label, on, shownTextPixels, inside(on),
                           reach == now_.reach.end() ? Reach::Strong : reach->second});
    for (const view::CardRow& row : card.rows)
      if (row.collapsed) drawn.foldedRows += row.foldedCount;
  }
  for (const view::Arrow& arrow : arrows) {
    view::DrawnArrow line{arrow.from.fromRoot ? kNoObject : arrow.from.object, {}, 0, arrow.to, arrow.isWeak(), {}};
    if (arrow.from.fromRoot) {
      line.root = now_.graph.roots[arrow.from.box].variables[arrow.from.variable].name;
      line.row = arrow.from.variable;
    } else {
      line.row = arrow.from.row;
    }
    for (view::Vec2 p : arrow.flatten(kSamplesPerSegment)) line.polyline.push_back(camera_.toScreen(origin, p));
    drawn.arrows.push_back(std::move(line));
  }
  for (const view::ArrowLabel& label : labels) drawn.labels.push_back({label.text, camera_.toScreen(origin, label.rect)});
  drawn.offscreen = markers;
  drawn.hiddenObjects = now_.graph.hiddenEngineObjects + now_.graph.stackedAway;
  return drawn;
}

}  // namespace reachable
