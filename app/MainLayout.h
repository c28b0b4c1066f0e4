#pragma once

#include "PanelFrame.h"

namespace reachable {

// The panels a scenario asks for (its view.panels; all when it names none). The heap
// is always shown: it is what the program is for.
struct ShownPanels {
  bool code = true;
  bool narration = true;
  bool console = true;
};

// Where each panel goes (the sketch in design/): code over narration on the left,
// the heap in the middle, console, call stack, event loop and memory on the right,
// the transport bar along the bottom. Presentation mode keeps heap, code and narration.
// A panel not shown gets an empty rectangle, and its neighbours its room.
struct MainLayout {
  PanelRect code;
  PanelRect narration;
  PanelRect heap;
  PanelRect console;
  PanelRect callStack;
  PanelRect eventLoop;
  PanelRect memory;
  PanelRect transport;
  bool presentation = false;

  // `area`: the window below the menu bar.
  static MainLayout compute(const PanelRect& area, float gap, float transportHeight, bool presentation,
                            ShownPanels shown = {});
};

}  // namespace reachable
