#pragma once

#include "PanelFrame.h"
#include "Session.h"

namespace reachable {

// The bottom bar: to start, back, play/pause, forward, to end (drawn as shapes, so no
// glyph can be missing), "Step N / LAST", the speed, a scrubber across every step
// with markers at collections and at registry callbacks, and their legend, or, while
// the run is still being recorded, "recording…" and its steps so far.
void drawTransportBar(const PanelRect& rect, const PanelContext& context, Session& session);

// The bar's height at a scale, for the layout.
float transportBarHeight(const Style& style);

}  // namespace reachable
