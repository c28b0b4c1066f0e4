#include "HeapGraphView.h"

#include <algorithm>
#include <cmath>

#include "FontTextMeasure.h"
#include "GhostPiles.h"
#include "HeapViewPainter.h"
#include "timeline/StateReachability.h"

namespace reachable {
namespace {

constexpr float kWheelZoomStep = 1.1f;
constexpr float kClickSlop = 4;  // pixels the pointer may move and still click

view::Vec2 vec(ImVec2 v) { return {v.x, v.y}; }

view::ReachMap reachOf(const StateReachability& reachability, const view::ViewGraph& graph) {
  view::ReachMap reach;
  reach.reserve(graph.cards.size());
  for (const view::Card& card : graph.cards) reach.emplace(card.id, reachability.reach(card.id));
  return reach;
}

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
  now_ = {};
  unfolded_.clear();
  select(std::nullopt);
}

void HeapGraphView::setShowEngineObjects(bool show) {
  if (show == showEngineObjects_) return;
  showEngineObjects_ = show;
  rederive_ = true;
}

// The picture of the state shown: the graph as the options and the learner's unfolded
// cards say, garbage of one site piled, then places and arrows.
void HeapGraphView::derive(const view::TextMeasure& measure) {
  now_.graph = view::ViewGraph::build(
      *state_, {.showEngineObjects = showEngineObjects_, .unfolded = unfolded_.empty() ? nullptr : &unfolded_});
  const StateReachability reachability(*state_);
  now_.reach = reachOf(reachability, now_.graph);
  view::pileGhosts(now_.graph, now_.reach);
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
  const float speed = schedule_.speed();
  schedule_ = view::AnimationSchedule::between({before.graph, before.scene, before.reach},
                                               {now_.graph, now_.scene, now_.reach}, StepRecord{}, before.arrows);
  schedule_.setSpeed(speed);
  select(selected_ && now_.graph.contains(*selected_) ? selected_ : std::nullopt);
}

void HeapGraphView::toggleFold(ObjectId id) {
  if (!unfolded_.erase(id)) unfolded_.insert(id);
  rederive_ = true;
}

// Derives the new step's picture and plans the animation from the one shown before.
void HeapGraphView::apply(PendingStep pending, const view::TextMeasure& measure) {
  Picture before = std::move(now_);
  state_ = std::move(pending.state);
  rederive_ = false;
  derive(measure);
  const float speed = schedule_.speed();
  const view::StepPicture after{now_.graph, now_.scene, now_.reach};
  if (pending.animate)
    schedule_ =
        view::AnimationSchedule::between({before.graph, before.scene, before.reach}, after, pending.step, before.arrows,
                                         pending.collectionMarks ? &*pending.collectionMarks : nullptr);
  else
    schedule_ = view::AnimationSchedule::still(after, &pending.step,
                                               pending.collectionMarks ? &*pending.collectionMarks : nullptr);
  schedule_.setSpeed(speed);
  select(selected_ && now_.graph.contains(*selected_) ? selected_ : std::nullopt);
}

// The whole scene in view, above the legend in the bottom-left corner.
void HeapGraphView::fitCamera(const view::SceneGeometry& scene, ImVec2 size) {
  std::optional<view::Rect> bounds;
  auto include = [&](const view::Rect& r) {
    bounds = bounds ? view::Rect{{std::min(bounds->min.x, r.min.x), std::min(bounds->min.y, r.min.y)},
                                 {std::max(bounds->max.x, r.max.x), std::max(bounds->max.y, r.max.y)}}
                    : r;
  };
  for (const auto& box : scene.roots) include(box.rect);
  for (const auto& [id, box] : scene.cards) include(box.rect);
  if (!bounds) return;
  // Arrows into a card of the same column loop round its right side, with their names.
  bounds->max.x += kLoopRoom;
  const float legend = ImGui::GetFontSize() * 8.5f;
  camera_.fit(*bounds, {size.x, std::max(size.y - legend, size.y * 0.5f)}, kFitMargin);
}

void HeapGraphView::select(std::optional<ObjectId> id) {
  selected_ = id;
  selectedPath_.clear();
  explanation_.clear();
  if (!id || !state_) return;
  const StateReachability reachability(*state_);
  selectedPath_ = reachability.retainingPath(*id);
  explanation_ = reachability.explain(*id);
  // A ghost stack speaks for all its objects.
  if (const view::Card* card = now_.graph.find(*id); card && card->pile > 1 && card->site)
    explanation_ =
        std::to_string(card->pile) + " objects made on line " + std::to_string(card->site->line) + ": " + explanation_;
}

void HeapGraphView::layoutChanged() {
  now_.scene = view::SceneGeometry::of(layout_);
  now_.arrows = router_.route(now_.graph, now_.scene);
}

void HeapGraphView::prepare(const HeapViewFonts& fonts) {
  ImFont* text = fonts.text ? fonts.text : ImGui::GetFont();
  ImFont* mono = fonts.mono ? fonts.mono : text;
  if (pending_) {
    apply(std::move(*pending_), FontTextMeasure(text, mono));
    pending_.reset();
  }
  if (rederive_) rederive(FontTextMeasure(text, mono));
}

void HeapGraphView::draw(ImVec2 size, const HeapViewStyle& style, const HeapViewFonts& fonts) {
  ImFont* text = fonts.text ? fonts.text : ImGui::GetFont();
  ImFont* mono = fonts.mono ? fonts.mono : text;
  prepare(fonts);
  const ImVec2 canvas = ImGui::GetCursorScreenPos();
  size = {std::max(size.x, 1.0f), std::max(size.y, 1.0f)};
  ImGui::InvisibleButton("heap view", size, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
  const bool hovered = ImGui::IsItemHovered();
  schedule_.advance(ImGui::GetIO().DeltaTime);
  const bool moving = schedule_.animating();
  const view::SceneGeometry scene = moving ? schedule_.scene(now_.scene) : view::SceneGeometry{};
  const view::SceneGeometry& shown = moving ? scene : now_.scene;
  const std::vector<view::Arrow> routed = moving ? router_.route(now_.graph, shown) : std::vector<view::Arrow>{};
  const std::vector<view::Arrow>& arrows = moving ? routed : now_.arrows;
  if (!cameraMoved_) fitCamera(shown, size);
  handleInput(vec(canvas), shown, arrows, hovered);
  paint(ImGui::GetWindowDrawList(), canvas, size, style, dragging_ ? now_.scene : shown, arrows, text, mono);
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
                          const view::SceneGeometry& scene, const std::vector<view::Arrow>& arrows, ImFont* text,
                          ImFont* mono) const {
  const ImVec2 canvasMax{canvas.x + size.x, canvas.y + size.y};
  list->PushClipRect(canvas, canvasMax, true);
  list->AddRectFilled(canvas, canvasMax, style.background);
  HeapViewPainter painter(list, style, text, mono, camera_, canvas);
  const Highlights lit = highlights(arrows);
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
    painter.card(card, *box, schedule_.card(card.id), reach == now_.reach.end() ? Reach::Strong : reach->second,
                 lit.card(card.id));
  }
  painter.legend(canvas, canvasMax);
  painter.explanation(explanation_, canvas, canvasMax);
  list->PopClipRect();
}

}  // namespace reachable
