#include "HeapPanel.h"

#include <algorithm>

#include "RunSample.h"
#include "CountWords.h"

namespace reachable {
namespace {

// The smallest type the fitted heap may show, at 100 %: read from the back of a room.
constexpr float kMinTextPixels = 12;
// How long the planner waits for a run still recording to end before it lays out part
// of it: a lesson is recorded whole well within it, and so laid out once.
constexpr std::chrono::milliseconds kPatienceForTheEnd{10};
// The pictures that part is laid out from: few, so that the plan, and with it the
// run's first picture, is ready within a frame however long the run.
constexpr std::uint64_t kStepsPlannedWhileRecording = 16;

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

// A run still recording when the planner reads it is laid out from a few of the steps
// the session had when it asked (at once, so that its first step shows at once; cards
// of later steps go beside their first referrer), and planned again once it has ended:
// its cards then move, once, to their places for the whole run.
void HeapPanel::plan(const Session& session) {
  auto planned = std::make_shared<std::atomic<PlannedFrom>>(PlannedFrom::Nothing);
  const std::uint64_t taken = session.player().lastStep() + 1;
  view_.plan([run = session.run(), taken, planned] {
    const bool whole = run.waitForEnd(kPatienceForTheEnd);
    *planned = whole ? PlannedFrom::TheWholeRun : PlannedFrom::PartOfTheRun;
    return whole ? view::plannedStates(run) : view::plannedStates(run, taken, kStepsPlannedWhileRecording);
  });
  plannedFrom_ = std::move(planned);
}

// A new recording resets the view; a step one further animates; any other move
// (back, a seek, the scrubber) shows the step at once.
void HeapPanel::follow(Session& session) {
  const void* run = session.run().identity();
  const std::uint64_t step = session.player().step();
  if (run != shownRun_) {
    view_.reset(pinsOf(session));
    plan(session);
    shownRun_ = run;
    shownStep_.reset();
  } else if (!session.recording() && plannedFrom_ && *plannedFrom_ == PlannedFrom::PartOfTheRun) {
    plan(session);
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
