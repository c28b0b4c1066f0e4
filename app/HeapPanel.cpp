#include "HeapPanel.h"

#include <algorithm>

#include "RunSample.h"
#include "CountWords.h"

namespace reachable {
namespace {

// The smallest type the fitted heap may show, at 100 %: read from the back of a room.
constexpr float kMinTextPixels = 12;

// What the picture draws, and how much the view leaves out (View › Show engine
// objects brings it back).
std::string summary(const HeapGraphView& view) {
  const std::size_t hiddenEngineObjects = view.hiddenEngineObjects();
  std::string words = objectCount(view.shownObjects()) + " \xC2\xB7 " + byteCount(view.shownBytes()) + " \xC2\xB7 ";
  if (hiddenEngineObjects > 0)
    words += std::to_string(hiddenEngineObjects) +
             (hiddenEngineObjects == 1 ? " engine object hidden \xC2\xB7 " : " engine objects hidden \xC2\xB7 ");
  return words + "drag to move, wheel to zoom";
}

// At a collection's sweep the objects it freed stay on screen as ghost outlines, so
// that the learner sees what went; the next step has them gone.
HeapState withSweptGhosts(Session& session, const StepRecord& record) {
  HeapState state = session.state();
  if (record.kind != StepKind::GcSweep || record.number == 0) return state;
  const HeapState before = session.run().stateAt(record.number - 1);
  for (const StepEvent& event : record.events) {
    if (event.kind != StepEvent::Kind::Freed) continue;
    if (const ObjectView* swept = before.find(event.object)) state.objects.push_back(*swept);
  }
  std::sort(state.objects.begin(), state.objects.end(),
            [](const ObjectView& a, const ObjectView& b) { return a.id < b.id; });
  return state;
}

std::vector<view::Pin> pinsOf(const Session& session) {
  std::vector<view::Pin> pins;
  if (const auto& scenario = session.document().scenario())
    for (const PinnedObject& pinned : scenario->view.pinned)
      pins.push_back({pinned.label, {static_cast<float>(pinned.x), static_cast<float>(pinned.y)}});
  return pins;
}

}  // namespace

// A new recording resets the view; a step one further animates; any other move
// (back, a seek, the scrubber) shows the step at once.
void HeapPanel::follow(Session& session) {
  const void* run = session.run().identity();
  const std::uint64_t step = session.player().step();
  if (run != shownRun_) {
    view_.reset(pinsOf(session));
    view_.plan([run = session.run()] { return view::plannedStates(run); });
    shownRun_ = run;
    shownStep_.reset();
  }
  if (shownStep_ == step) return;
  const bool forward = shownStep_ && step == *shownStep_ + 1;
  StepRecord record = session.currentStep();
  std::optional<StepRecord> marks;
  if (record.kind == StepKind::GcClear || record.kind == StepKind::GcSweep || record.kind == StepKind::GcQueueCleanup) {
    for (std::uint64_t back = 1; back <= 3 && back <= step; ++back) {
      StepRecord earlier = session.run().step(step - back);
      if (earlier.kind == StepKind::GcMark) {
        marks = std::move(earlier);
        break;
      }
    }
  }
  view_.show(withSweptGhosts(session, record), record, forward, marks ? &*marks : nullptr);
  shownStep_ = step;
}

void HeapPanel::draw(const PanelRect& rect, const PanelContext& context, Session& session) {
  view_.setSpeed(static_cast<float>(session.player().speed()));
  follow(session);
  const HeapViewFonts fonts{context.fonts.body, context.fonts.mono};
  view_.prepare(fonts);
  beginPanel("heap", rect, context, "HEAP", summary(view_));
  view_.draw(ImGui::GetContentRegionAvail(), HeapViewStyle::of(context.style), fonts,
             context.style.pixels(kMinTextPixels));
  endPanel();
}

}  // namespace reachable
