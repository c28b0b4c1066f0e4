#pragma once

#include "PanelFrame.h"
#include "Session.h"

namespace reachable {

// ---------------------------------------------------------------------------------
// The heap view's place in the window. Everything inside `rect` belongs to the heap
// view (app/view, HeapGraphView); this panel only frames it. Until that view exists,
// a plain list of the state's roots and objects stands in.
// ---------------------------------------------------------------------------------
void drawHeapPanel(const PanelRect& rect, const PanelContext& context, Session& session);

}  // namespace reachable
