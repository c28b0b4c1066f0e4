#include "HeapViewStyle.h"

namespace reachable {

HeapViewStyle HeapViewStyle::light() { return {}; }

HeapViewStyle HeapViewStyle::dark() {
  HeapViewStyle style;
  style.background = IM_COL32(30, 33, 38, 255);
  style.text = IM_COL32(226, 230, 236, 255);
  style.mutedText = IM_COL32(150, 158, 168, 255);
  style.cardFill = IM_COL32(44, 48, 56, 255);
  style.cardHeaderFill = IM_COL32(54, 60, 70, 255);
  style.cardBorder = IM_COL32(150, 160, 176, 255);
  style.rootFill = IM_COL32(40, 44, 52, 255);
  style.rootBorder = IM_COL32(96, 104, 118, 255);
  style.strongArrow = IM_COL32(190, 200, 214, 255);
  style.weakArrow = IM_COL32(240, 140, 90, 255);
  style.markFill = IM_COL32(38, 84, 64, 255);
  style.markBorder = IM_COL32(100, 200, 150, 255);
  style.ghost = IM_COL32(120, 124, 130, 255);
  style.highlight = IM_COL32(100, 170, 255, 255);
  style.legendFill = IM_COL32(38, 42, 48, 255);
  style.legendBorder = IM_COL32(70, 76, 86, 255);
  return style;
}

// The colours of the tutorial's diagrams (PRODUCT.md, "The program").
HeapViewStyle HeapViewStyle::tutorial() {
  HeapViewStyle style;
  style.background = IM_COL32(255, 255, 255, 255);
  style.text = IM_COL32(0xAF, 0x6E, 0x24, 255);
  style.mutedText = IM_COL32(0xAF, 0x6E, 0x24, 190);
  style.cardFill = IM_COL32(0xFB, 0xF2, 0xEC, 255);
  style.cardHeaderFill = IM_COL32(0xFB, 0xF2, 0xEC, 255);
  style.cardBorder = IM_COL32(0xDB, 0xAF, 0x88, 255);
  style.rootFill = IM_COL32(0xFB, 0xF2, 0xEC, 255);
  style.rootBorder = IM_COL32(0xDB, 0xAF, 0x88, 255);
  style.strongArrow = IM_COL32(0xC0, 0x63, 0x34, 255);
  style.weakArrow = IM_COL32(0xAC, 0x43, 0x43, 255);
  style.tutorialLook = true;
  return style;
}

}  // namespace reachable
