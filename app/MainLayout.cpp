#include "MainLayout.h"

#include <cmath>

namespace reachable {
namespace {

// Splits a column of `rect` into parts by the given fractions, `gap` between them.
template <std::size_t N>
void stack(const PanelRect& rect, float gap, const float (&fractions)[N], PanelRect* (&&parts)[N]) {
  const float usable = rect.size.y - gap * (N - 1);
  float y = rect.position.y;
  for (std::size_t i = 0; i < N; ++i) {
    const float height = i + 1 == N ? rect.position.y + rect.size.y - y : std::round(usable * fractions[i]);
    *parts[i] = {{rect.position.x, y}, {rect.size.x, height}};
    y += height + gap;
  }
}

}  // namespace

MainLayout MainLayout::compute(const PanelRect& area, float gap, float transportHeight, bool presentation,
                               ShownPanels shown) {
  MainLayout layout;
  layout.presentation = presentation;
  const float x0 = area.position.x + gap;
  const float y0 = area.position.y + gap;
  const float width = area.size.x - 2 * gap;
  const float bottom = presentation ? area.size.y - gap : area.size.y - transportHeight - gap;
  const float height = bottom - gap;
  // The heap is the product's face: it gets what the code and the side panels can spare.
  const bool leftColumn = shown.code || shown.narration;
  const float left = leftColumn ? std::round(width * (presentation ? 0.30f : 0.24f)) : 0.0f;
  const float right = presentation ? 0.0f : std::round(width * 0.19f);
  const float centre = width - left - right - gap * ((presentation ? 0 : 1) + (leftColumn ? 1 : 0));

  const PanelRect column{{x0, y0}, {left, height}};
  if (shown.code && shown.narration)
    stack(column, gap, {0.48f, 0.52f}, {&layout.code, &layout.narration});
  else
    (shown.code ? layout.code : layout.narration) = leftColumn ? column : PanelRect{};
  const float heapX = leftColumn ? x0 + left + gap : x0;
  layout.heap = {{heapX, y0}, {centre, height}};
  if (!presentation) {
    const PanelRect side{{heapX + centre + gap, y0}, {right, height}};
    if (shown.console)
      stack(side, gap, {0.22f, 0.18f, 0.32f, 0.28f},
            {&layout.console, &layout.callStack, &layout.eventLoop, &layout.memory});
    else
      stack(side, gap, {0.26f, 0.40f, 0.34f}, {&layout.callStack, &layout.eventLoop, &layout.memory});
    layout.transport = {{area.position.x, area.position.y + area.size.y - transportHeight},
                        {area.size.x, transportHeight}};
  }
  return layout;
}

}  // namespace reachable
