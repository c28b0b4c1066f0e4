#include "SidePanels.h"

namespace reachable {
namespace {

void frameRow(const PanelContext& context, const std::string& text, ImU32 stripe, ImU32 fill, ImU32 textColour) {
  const Style& style = context.style;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float height = ImGui::GetTextLineHeight() + style.pixels(8);
  const ImVec2 end(at.x + ImGui::GetContentRegionAvail().x, at.y + height);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (fill) draw->AddRectFilled(at, end, fill, style.pixels(3));
  draw->AddRectFilled(at, ImVec2(at.x + style.pixels(4), end.y), stripe, style.pixels(2));
  draw->AddText(ImVec2(at.x + style.pixels(12), at.y + style.pixels(4)), textColour, text.c_str());
  ImGui::Dummy(ImVec2(end.x - at.x, height));
}

}  // namespace

void drawCallStackPanel(const PanelRect& rect, const PanelContext& context, Session& session) {
  beginPanel("callstack", rect, context, "CALL STACK");
  ImGui::BeginChild("frames", ImVec2(0, 0), false);
  const HeapState& state = session.state();
  const Style& style = context.style;
  if (state.frames.empty() && state.suspended.empty()) mutedText(context, "no frame is running");
  for (std::size_t i = 0; i < state.frames.size(); ++i) {
    const FrameView& frame = state.frames[i];
    const bool running = i + 1 == state.frames.size();
    frameRow(context, frame.function + " \xC2\xB7 line " + std::to_string(frame.position.line),
             style.frameColour(static_cast<int>(i)), running ? style.selection : 0, style.text);
  }
  for (const SuspendedFrame& frame : state.suspended) {
    const char* waits = frame.generator ? " \xC2\xB7 paused at line " : " \xC2\xB7 awaiting at line ";
    frameRow(context, frame.function + waits + std::to_string(frame.position.line), style.track, 0, style.mutedText);
  }
  ImGui::EndChild();
  endPanel();
}

}  // namespace reachable
