#pragma once

namespace reachable::view {

// The heap view's spacing at zoom 1, in units of the font's line height where text
// sets the size, so that a larger font (a projector) scales the whole graph.
// How far each card of a stack's pile peeks out behind the one in front.
inline constexpr float kPileStep = 4;

struct LayoutMetrics {
  float rowHeightInLines = 1.32f;
  float headerHeightInLines = 1.6f;
  float padding = 10;   // text from a card's edge
  float dotSpace = 22;  // at a row's right end, where a reference leaves
  float valueGap = 16;  // between a row's name and its value
  float minCardWidth = 120;
  float maxCardWidth = 300;  // longer text is cut with "…" when drawn
  float minRootBoxWidth = 130;
  float maxRootBoxWidth = 260;
  float columnGap = 56;  // room for arrows (and their names) between columns
  float cardGap = 18;    // between cards of one column
  float rootBoxGap = 16;
};

}  // namespace reachable::view
