#include "SidePanels.h"
#include "StepWords.h"

namespace reachable {
namespace {

// PRODUCT.md, "A variable is a root": the textbook rule, and where V8 leaves it.
constexpr const char* kV8Note =
    "Here a variable is a root for its whole scope. V8 may differ at the edges: an optimized "
    "function can drop a value it never reads again, and an argument just passed can live a little longer.";

}  // namespace

void drawNarrationPanel(const PanelRect& rect, const PanelContext& context, Session& session) {
  const std::uint64_t now = session.player().step();
  const StepRecord step = session.currentStep();
  const std::string heading = "WHAT HAPPENS \xC2\xB7 STEP " + std::to_string(now) + ", " + stepHeading(step);
  beginPanel("narration", rect, context, heading);
  const float noteHeight = ImGui::GetTextLineHeightWithSpacing() * 3.2f;
  ImGui::BeginChild("text", ImVec2(0, -noteHeight), false);
  // Without the transport bar, the step is said here, as large as the narration.
  if (context.presenting) {
    ImGui::PushStyleColor(ImGuiCol_Text, context.style.accent);
    wrappedText("Step " + std::to_string(now) + " of " + std::to_string(session.player().lastStep()) +
                (session.recording() ? ", recording\xE2\x80\xA6" : "") + " \xC2\xB7 " + stepHeading(step));
    ImGui::PopStyleColor();
    ImGui::Spacing();
  }
  const auto narration = session.index().narrationAt(now);
  const auto& scenario = session.document().scenario();
  const auto report = [&](std::string_view text) {
    if (!context.report) return;
    if (!context.report->narration.empty()) context.report->narration += '\n';
    context.report->narration += text;
  };
  // The lesson's summary introduces it, until the first narration speaks.
  const bool beforeNarration = !session.index().narrationStepAt(now);
  if (beforeNarration && scenario && !scenario->summary.empty()) {
    wrappedText(scenario->summary);
    report(scenario->summary);
  }
  for (std::string_view text : narration) {
    wrappedText(text);
    report(text);
    ImGui::Spacing();
  }
  // The step in words: beside the narration, quieter; alone, it is what the step says.
  if (const std::string sentence = stepSentence(step); !sentence.empty()) {
    ImGui::Spacing();
    if (narration.empty() && !beforeNarration) {
      wrappedText(sentence);
    } else {
      mutedText(context, sentence);
    }
    report(sentence);
  }
  const auto& end = session.runEnd();
  if (end && end->status != RecordedEnd::Status::Completed && now == session.player().lastStep()) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, context.style.error);
    wrappedText(end->message);
    report(end->message);
    ImGui::PopStyleColor();
  }
  ImGui::EndChild();
  ImGui::Separator();
  ImGui::PushFont(context.fonts.heading);
  mutedText(context, kV8Note);
  ImGui::PopFont();
  endPanel();
}

}  // namespace reachable
