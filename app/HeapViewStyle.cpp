#include "HeapViewStyle.h"

namespace reachable {

namespace {

constexpr int kFrameColours = 6;  // as many as Style::frameColour tells apart

}  // namespace

HeapViewStyle HeapViewStyle::of(const Style& style) {
  HeapViewStyle view;
  static_cast<HeapColours&>(view) = style.heap;
  view.strongArrow = style.strong;
  view.weakArrow = style.weak;
  for (int frame = 0; frame < kFrameColours; ++frame) view.frameColours.push_back(style.frameColour(frame));
  view.tutorialLook = style.theme == Theme::Tutorial;
  return view;
}

}  // namespace reachable
