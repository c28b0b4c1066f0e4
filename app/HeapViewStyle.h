#pragma once

#include <vector>

#include <imgui.h>

#include "Style.h"

namespace reachable {

// The heap view's colours and sizes: its colours the theme's (Style), its sizes its
// own.
struct HeapViewStyle : HeapColours {
  ImU32 strongArrow;
  ImU32 weakArrow;  // a second colour as well as dashes
  // A frame's scope box wears its frame's colour from the call stack panel; none when empty.
  std::vector<ImU32> frameColours;
  float borderWidth = 1.5f;
  float arrowWidth = 1.8f;
  float rounding = 5;
  float dashLength = 7;
  // The tutorial's own diagrams: property names beside the arrows, `name: value` rows.
  bool tutorialLook = false;

  static HeapViewStyle of(const Style& style);
};

}  // namespace reachable
