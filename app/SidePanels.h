#pragma once

#include "PanelFrame.h"
#include "Session.h"

namespace reachable {

// The panels that only show the session: each draws at its place, reads, and keeps no
// state of its own.

// What happens at this step: the scenario's narration, the step in words, and where
// V8 may differ from the textbook rule Reachable keeps.
void drawNarrationPanel(const PanelRect& rect, const PanelContext& context, Session& session);
// What the program printed up to this step.
void drawConsolePanel(const PanelRect& rect, const PanelContext& context, Session& session);
// Active frames, outermost first, each in its frame colour; suspended async and generator frames dimmed.
void drawCallStackPanel(const PanelRect& rect, const PanelContext& context, Session& session);
// Timers on the virtual clock, tasks, microtasks and kept objects.
void drawEventLoopPanel(const PanelRect& rect, const PanelContext& context, Session& session);
// Objects and bytes across the steps, collections marked (automatic ones hollow), now
// as a line.
void drawMemoryPanel(const PanelRect& rect, const PanelContext& context, Session& session);
// The open file's errors, FILE:LINE:COL: error: message, over the heap, and the limit
// that stopped the run, if one did.
void drawErrorPanel(const PanelRect& rect, const PanelContext& context, const Session& session);
// How many errors the error panel lists: none, and it is not drawn.
std::size_t errorCount(const Session& session);

}  // namespace reachable
