#pragma once

#include <vector>

#include <imgui.h>

namespace reachable {

// The heap view's colours and sizes. The shell maps each theme (light, dark,
// tutorial) onto one of these; the three factories are the view's own proposal.
struct HeapViewStyle {
  ImU32 background = IM_COL32(250, 250, 248, 255);
  ImU32 text = IM_COL32(38, 44, 52, 255);
  ImU32 mutedText = IM_COL32(110, 116, 124, 255);
  ImU32 cardFill = IM_COL32(255, 255, 255, 255);
  ImU32 cardHeaderFill = IM_COL32(244, 246, 248, 255);
  ImU32 cardBorder = IM_COL32(70, 82, 96, 255);
  ImU32 rootFill = IM_COL32(238, 240, 244, 255);
  ImU32 rootBorder = IM_COL32(160, 168, 180, 255);
  ImU32 strongArrow = IM_COL32(52, 62, 76, 255);
  ImU32 weakArrow = IM_COL32(196, 90, 40, 255);   // a second colour as well as dashes
  ImU32 markFill = IM_COL32(222, 240, 230, 255);  // marked by the collector
  ImU32 markBorder = IM_COL32(46, 125, 90, 255);
  ImU32 ghost = IM_COL32(150, 150, 150, 255);     // unreachable: an outline only
  ImU32 highlight = IM_COL32(30, 110, 220, 255);  // hover and the retaining path
  ImU32 litGlow = IM_COL32(240, 170, 40, 255);    // a registry whose cleanup was queued
  ImU32 legendFill = IM_COL32(246, 246, 244, 255);
  ImU32 legendBorder = IM_COL32(214, 214, 210, 255);
  // A frame's scope box wears its frame's colour from the call stack panel; none when empty.
  std::vector<ImU32> frameColours;
  float borderWidth = 1.5f;
  float arrowWidth = 1.8f;
  float rounding = 5;
  float dashLength = 7;
  // The tutorial's own diagrams: property names beside the arrows, `name: value` rows.
  bool tutorialLook = false;

  static HeapViewStyle light();
  static HeapViewStyle dark();
  static HeapViewStyle tutorial();
};

}  // namespace reachable
