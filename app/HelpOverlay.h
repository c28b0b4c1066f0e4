#pragma once

#include "PanelFrame.h"

namespace reachable {

// Every shortcut of the table, over the window (F1). `visible` is cleared when closed.
void drawHelpOverlay(const PanelContext& context, bool& visible);

}  // namespace reachable
