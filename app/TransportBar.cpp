#include "TransportBar.h"

#include "CountWords.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace reachable {
namespace {

enum class Shape { ToStart, Back, Play, Pause, Forward, ToEnd };

void triangle(ImDrawList* draw, ImVec2 centre, float size, bool right, ImU32 colour) {
  const float half = size * 0.5f;
  const float direction = right ? 1.0f : -1.0f;
  draw->AddTriangleFilled(ImVec2(centre.x - direction * half * 0.8f, centre.y - half),
                          ImVec2(centre.x - direction * half * 0.8f, centre.y + half),
                          ImVec2(centre.x + direction * half * 0.8f, centre.y), colour);
}

void drawShape(ImDrawList* draw, Shape shape, ImVec2 c, float size, ImU32 colour) {
  const float bar = std::max(2.0f, size * 0.16f);
  const float half = size * 0.5f;
  switch (shape) {
    case Shape::ToStart:
      draw->AddRectFilled(ImVec2(c.x - half, c.y - half), ImVec2(c.x - half + bar, c.y + half), colour);
      triangle(draw, ImVec2(c.x + bar * 0.5f, c.y), size, false, colour);
      break;
    case Shape::Back: triangle(draw, c, size, false, colour); break;
    case Shape::Play: triangle(draw, ImVec2(c.x + size * 0.08f, c.y), size, true, colour); break;
    case Shape::Pause:
      draw->AddRectFilled(ImVec2(c.x - half * 0.7f, c.y - half), ImVec2(c.x - half * 0.7f + bar * 1.4f, c.y + half),
                          colour);
      draw->AddRectFilled(ImVec2(c.x + half * 0.7f - bar * 1.4f, c.y - half), ImVec2(c.x + half * 0.7f, c.y + half),
                          colour);
      break;
    case Shape::Forward: triangle(draw, c, size, true, colour); break;
    case Shape::ToEnd:
      triangle(draw, ImVec2(c.x - bar * 0.5f, c.y), size, true, colour);
      draw->AddRectFilled(ImVec2(c.x + half - bar, c.y - half), ImVec2(c.x + half, c.y + half), colour);
      break;
  }
}

bool shapeButton(const char* id, Shape shape, const PanelContext& context, bool primary, const char* tooltip) {
  const Style& style = context.style;
  const float side = style.pixels(primary ? 40 : 34);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(side, side));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(at.x + side, at.y + side);
  if (primary)
    draw->AddRectFilled(at, end, style.accent, style.pixels(6));
  else if (ImGui::IsItemHovered())
    draw->AddRectFilled(at, end, style.selection, style.pixels(6));
  const ImVec2 centre(at.x + side * 0.5f, at.y + side * 0.5f);
  drawShape(draw, shape, centre, style.pixels(primary ? 16 : 15), primary ? style.accentText : style.text);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
  return pressed;
}

void drawButtons(const PanelContext& context, Player& player) {
  if (shapeButton("start", Shape::ToStart, context, false, "First step (Home)")) player.toStart();
  ImGui::SameLine();
  if (shapeButton("back", Shape::Back, context, false, "Previous step (Left arrow)")) player.stepBack();
  ImGui::SameLine();
  if (shapeButton("play", player.playing() ? Shape::Pause : Shape::Play, context, true, "Play or pause (Space)"))
    player.togglePlay();
  ImGui::SameLine();
  if (shapeButton("forward", Shape::Forward, context, false, "Next step (Right arrow)")) player.stepForward();
  ImGui::SameLine();
  if (shapeButton("end", Shape::ToEnd, context, false, "Last step (End)")) player.toEnd();
}

std::string speedText(double speed) {
  char text[32];
  std::snprintf(text, sizeof text, "speed %g\xC3\x97", speed);
  return text;
}

void marker(ImDrawList* draw, const StepMarker& marker, ImVec2 at, const Style& style) {
  const float s = style.pixels(6);
  switch (marker.kind) {
    case StepMarker::Kind::Collection:
      draw->AddTriangleFilled(ImVec2(at.x - s, at.y - s), ImVec2(at.x + s, at.y - s), ImVec2(at.x, at.y + s * 0.6f),
                              style.weak);
      break;
    case StepMarker::Kind::AutomaticCollection:
      draw->AddTriangle(ImVec2(at.x - s, at.y - s), ImVec2(at.x + s, at.y - s), ImVec2(at.x, at.y + s * 0.6f),
                        style.weak, style.pixels(1.5f));
      break;
    case StepMarker::Kind::Callback:
      draw->AddQuadFilled(ImVec2(at.x, at.y - s), ImVec2(at.x + s, at.y), ImVec2(at.x, at.y + s),
                          ImVec2(at.x - s, at.y), style.callback);
      break;
  }
}

// Click or drag anywhere on it to jump; the markers sit above the rail.
void drawScrubber(const PanelContext& context, Player& player, std::span<const StepMarker> markers, float width) {
  const Style& style = context.style;
  const float height = style.pixels(40);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("scrubber", ImVec2(width, height));
  const float knob = style.pixels(9);
  const float left = at.x + knob;
  const float right = at.x + width - knob;
  const float railY = at.y + height * 0.62f;
  const auto xOf = [&](std::uint64_t step) {
    return player.lastStep() == 0 ? left : left + (right - left) * static_cast<float>(step) / player.lastStep();
  };
  if (ImGui::IsItemActive() && player.lastStep() > 0) {
    const float t = std::clamp((ImGui::GetIO().MousePos.x - left) / (right - left), 0.0f, 1.0f);
    const auto step = static_cast<std::uint64_t>(std::llround(t * player.lastStep()));
    if (step != player.step() || !player.transition().settled()) {
      player.pause();
      player.jumpTo(step);
    }
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float rail = style.pixels(5);
  draw->AddRectFilled(ImVec2(left, railY - rail / 2), ImVec2(right, railY + rail / 2), style.track, rail);
  const float x = xOf(player.step());
  draw->AddRectFilled(ImVec2(left, railY - rail / 2), ImVec2(x, railY + rail / 2), style.accent, rail);
  for (const StepMarker& m : markers) marker(draw, m, ImVec2(xOf(m.step), at.y + height * 0.22f), style);
  draw->AddCircleFilled(ImVec2(x, railY), knob, style.panel);
  draw->AddCircle(ImVec2(x, railY), knob, style.accent, 0, style.pixels(2.5f));
}

void drawLegend(const PanelContext& context) {
  const Style& style = context.style;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  ImGui::BeginGroup();
  ImVec2 at = ImGui::GetCursorScreenPos();
  marker(draw, {0, StepMarker::Kind::Collection}, ImVec2(at.x + style.pixels(6), at.y + line * 0.55f), style);
  ImGui::SetCursorScreenPos(ImVec2(at.x + style.pixels(16), at.y));
  ImGui::TextUnformatted("collection");
  at = ImGui::GetCursorScreenPos();
  marker(draw, {0, StepMarker::Kind::Callback}, ImVec2(at.x + style.pixels(6), at.y + line * 0.5f), style);
  ImGui::SetCursorScreenPos(ImVec2(at.x + style.pixels(16), at.y));
  ImGui::TextUnformatted("callback runs");
  ImGui::EndGroup();
}

// In the legend's place while the run is recorded, so that the bar grows no busier: a
// red dot, as on any recorder, and "recording…" in the body's type, to read across a
// room; under them, how many steps are there so far.
constexpr const char* kRecording = "recording\xE2\x80\xA6";

float recordingWidth(const PanelContext& context) {
  const float dot = context.style.pixels(18);
  ImGui::PushFont(context.fonts.heading);
  const float count = ImGui::CalcTextSize(stepCount(ScenarioRun::kStepCap).c_str()).x;
  ImGui::PopFont();
  return std::max(dot + ImGui::CalcTextSize(kRecording).x, count);
}

void drawRecording(const PanelContext& context, std::uint64_t steps) {
  const Style& style = context.style;
  ImGui::BeginGroup();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + style.pixels(6), at.y + line * 0.55f), style.pixels(6),
                                              style.error);
  ImGui::SetCursorScreenPos(ImVec2(at.x + style.pixels(18), at.y));
  ImGui::TextUnformatted(kRecording);
  ImGui::SetCursorScreenPos(ImVec2(at.x, ImGui::GetCursorScreenPos().y));
  ImGui::PushFont(context.fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, style.mutedText);
  ImGui::TextUnformatted(stepCount(steps).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::EndGroup();
}

// Lays items left to right, each centred on the bar's middle line.
class CentredRow {
 public:
  CentredRow(const PanelRect& rect, float startX) : x_(startX), middle_(rect.position.y + rect.size.y * 0.5f) {}
  void place(float height) const { ImGui::SetCursorScreenPos(ImVec2(x_, middle_ - height * 0.5f)); }
  void after(float gap) { x_ = ImGui::GetItemRectMax().x + gap; }
  float x() const { return x_; }

 private:
  float x_;
  float middle_;
};

}  // namespace

float transportBarHeight(const Style& style) { return style.pixels(64); }

void drawTransportBar(const PanelRect& rect, const PanelContext& context, Session& session) {
  const Style& style = context.style;
  Player& player = session.player();
  ImGui::SetCursorScreenPos(rect.position);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, style.bar);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
  ImGui::BeginChild("transport", rect.size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  const float textHeight = ImGui::GetTextLineHeight();
  CentredRow row(rect, rect.position.x + style.pixels(16));

  row.place(style.pixels(40));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.pixels(4), 0));
  ImGui::BeginGroup();
  drawButtons(context, player);
  ImGui::EndGroup();
  ImGui::PopStyleVar();
  row.after(style.pixels(22));

  row.place(textHeight);
  ImGui::TextUnformatted(("Step " + std::to_string(player.step()) + " / " + std::to_string(player.lastStep())).c_str());
  row.after(style.pixels(14));
  row.place(textHeight + ImGui::GetStyle().FramePadding.y * 2);
  ImGui::PushStyleColor(ImGuiCol_Text, style.mutedText);
  if (ImGui::Button(speedText(player.speed()).c_str())) player.nextSpeed();
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click for another speed");
  row.after(style.pixels(18));

  const bool recording = session.recording();
  const float recordedWidth = recording ? recordingWidth(context) : 0;
  ImGui::PushFont(context.fonts.heading);
  const float legendWidth = recording ? recordedWidth : ImGui::CalcTextSize("callback runs").x + style.pixels(16);
  const float helpWidth = ImGui::CalcTextSize("F1 keys").x;
  const float headingHeight = ImGui::GetTextLineHeight();
  ImGui::PopFont();
  const float right = rect.position.x + rect.size.x - style.pixels(16);
  const float scrubberWidth = right - row.x() - legendWidth - helpWidth - style.pixels(40);
  row.place(style.pixels(40));
  drawScrubber(context, player, session.index().markers(), std::max(scrubberWidth, style.pixels(60)));
  row.after(style.pixels(20));

  if (recording) {
    row.place(textHeight + headingHeight + ImGui::GetStyle().ItemSpacing.y);
    drawRecording(context, player.lastStep() + 1);
  }
  ImGui::PushFont(context.fonts.heading);
  if (!recording) {
    row.place(headingHeight * 2 + ImGui::GetStyle().ItemSpacing.y);
    drawLegend(context);
  }
  row.place(headingHeight);
  ImGui::SetCursorScreenPos(ImVec2(right - helpWidth, ImGui::GetCursorScreenPos().y));
  ImGui::PushStyleColor(ImGuiCol_Text, style.mutedText);
  ImGui::TextUnformatted("F1 keys");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::EndChild();
}

}  // namespace reachable
