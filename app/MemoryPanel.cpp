#include "SidePanels.h"
#include "CountWords.h"

#include <algorithm>
#include <vector>

namespace reachable {
namespace {

struct Chart {
  ImVec2 min;
  ImVec2 max;
  std::uint64_t steps;

  float x(std::uint64_t step) const {
    return steps <= 1 ? min.x : min.x + (max.x - min.x) * static_cast<float>(step) / static_cast<float>(steps - 1);
  }
  float y(double value, double top) const {
    return top <= 0 ? max.y : max.y - (max.y - min.y) * static_cast<float>(value / top);
  }
};

void drawLine(ImDrawList* draw, const Chart& chart, const MemorySeries& series, bool bytes, ImU32 colour, float width) {
  std::vector<ImVec2> points;
  const double top = bytes ? static_cast<double>(series.maxBytes()) : series.maxObjects();
  for (const auto& sample : series.samples())
    points.emplace_back(chart.x(sample.step),
                        chart.y(bytes ? static_cast<double>(sample.memory.bytes) : sample.memory.objects, top));
  if (points.size() == 1) points.emplace_back(chart.max.x, points.front().y);
  draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, ImDrawFlags_None, width);
}

void drawCollections(ImDrawList* draw, const Chart& chart, const MemorySeries& series, const Style& style) {
  for (const StepMarker& marker : series.collections()) {
    const float x = chart.x(marker.step);
    const bool automatic = marker.kind == StepMarker::Kind::AutomaticCollection;
    // Dashed, so that a collection never reads as a data line.
    for (float y = chart.min.y; y < chart.max.y; y += style.pixels(6))
      draw->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + style.pixels(3), chart.max.y)),
                    automatic ? style.mutedText : style.weak, style.pixels(1.2f));
    draw->AddText(ImVec2(x + style.pixels(3), chart.min.y), automatic ? style.mutedText : style.weak,
                  automatic ? "auto" : "gc");
  }
}

}  // namespace

void drawMemoryPanel(const PanelRect& rect, const PanelContext& context, Session& session) {
  const Style& style = context.style;
  beginPanel("memory", rect, context, "MEMORY");
  const MemorySeries& series = session.memory();
  const MemoryPoint now = session.run().memoryAt(session.player().step());
  const float footer = ImGui::GetTextLineHeightWithSpacing() * 1.2f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const Chart chart{
      ImVec2(origin.x + style.pixels(4), origin.y + ImGui::GetTextLineHeight()),
      ImVec2(origin.x + avail.x - style.pixels(4), origin.y + std::max(avail.y - footer, style.pixels(20))),
      series.stepCount()};
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddLine(ImVec2(chart.min.x, chart.max.y), chart.max, style.panelBorder);
  drawCollections(draw, chart, series, style);
  drawLine(draw, chart, series, true, style.chartBytes, style.pixels(1.5f));
  drawLine(draw, chart, series, false, style.strong, style.pixels(2.0f));
  const float nowX = chart.x(session.player().step());
  draw->AddLine(ImVec2(nowX, chart.min.y), ImVec2(nowX, chart.max.y), style.currentMarker, style.pixels(1.5f));
  ImGui::SetCursorScreenPos(ImVec2(origin.x, chart.max.y + style.pixels(4)));
  // Everything not yet collected, reachable or not: what the heap really holds.
  ImGui::TextUnformatted(
      (objectCount(now.objects) + " \xC2\xB7 " + byteCount(now.bytes)).c_str());
  endPanel();
}

}  // namespace reachable
