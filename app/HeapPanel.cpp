#include "HeapPanel.h"

namespace reachable {
namespace {

std::string summary(const HeapState& state) {
  return std::to_string(state.objects.size()) +
         (state.objects.size() == 1 ? " object \xC2\xB7 " : " objects \xC2\xB7 ") + std::to_string(state.bytes) +
         " bytes \xC2\xB7 drag to move, wheel to zoom";
}

HeapViewStyle viewStyleFor(Theme theme) {
  switch (theme) {
    case Theme::Dark: return HeapViewStyle::dark();
    case Theme::Tutorial: return HeapViewStyle::tutorial();
    case Theme::Light: break;
  }
  return HeapViewStyle::light();
}

}  // namespace

// A new recording resets the view; a step one further animates; any other move
// (back, a seek, the scrubber) shows the step at once.
void HeapPanel::follow(Session& session) {
  const void* run = session.run().identity();
  const std::uint64_t step = session.player().step();
  if (run != shownRun_) {
    view_.reset();
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
  view_.show(session.state(), record, forward, marks ? &*marks : nullptr);
  shownStep_ = step;
}

void HeapPanel::draw(const PanelRect& rect, const PanelContext& context, Session& session) {
  follow(session);
  beginPanel("heap", rect, context, "HEAP", summary(session.state()));
  view_.draw(ImGui::GetContentRegionAvail(), viewStyleFor(context.style.theme), {context.fonts.body, context.fonts.mono});
  endPanel();
}

}  // namespace reachable
