#include "SidePanels.h"

#include <algorithm>
#include <cstdio>

namespace reachable {
namespace {

std::string milliseconds(double ms) {
  char text[32];
  std::snprintf(text, sizeof text, "%g ms", ms);
  return text;
}

void heading(const PanelContext& context, const char* name, bool empty, const char* emptyWord) {
  ImGui::PushFont(context.fonts.bold);
  textRow(name, empty ? emptyWord : "", context.style.mutedText);
  ImGui::PopFont();
}

void item(const std::string& text) {
  ImGui::Indent();
  wrappedText(text);
  ImGui::Unindent();
}

// Objects are by id, ascending (HeapState).
std::string titleOf(const HeapState& state, ObjectId id) {
  const auto found = std::ranges::lower_bound(state.objects, id, {}, &ObjectView::id);
  return found != state.objects.end() && found->id == id ? found->title : "#" + std::to_string(id);
}

std::string jobText(const JobView& job) {
  return job.target.text.empty() ? job.description : job.description + ": " + job.target.text;
}

}  // namespace

void drawEventLoopPanel(const PanelRect& rect, const PanelContext& context, Session& session) {
  const HeapState& state = session.state();
  beginPanel("eventloop", rect, context, "EVENT LOOP", "clock " + milliseconds(state.clock));
  ImGui::BeginChild("queues", ImVec2(0, 0), false);
  heading(context, "Timers", state.timers.empty(), "none");
  for (const TimerView& timer : state.timers)
    item(timer.callback.text + " at " + milliseconds(timer.due) + (timer.repeat ? ", repeating" : ""));
  heading(context, "Tasks", state.tasks.empty(), "empty");
  for (const JobView& task : state.tasks) item(jobText(task));
  heading(context, "Microtasks", state.microtasks.empty(), "empty");
  for (const JobView& job : state.microtasks) item(jobText(job));
  heading(context, "Kept objects", state.kept.empty(), "none");
  for (ObjectId id : state.kept) item(titleOf(state, id));
  if (!state.kept.empty()) {
    ImGui::Spacing();
    mutedText(context,
              "A WeakRef's target made or read in this task stays alive until the task and its microtasks end.");
  }
  ImGui::EndChild();
  endPanel();
}

}  // namespace reachable
