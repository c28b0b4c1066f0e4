#pragma once

#include <filesystem>

#include "DrawnView.h"
#include "FrameReport.h"

namespace reachable {

// Writes what a frame drew as JSON (README, "What the window drew"): the heap panel's
// rectangle, its cards, arrows, labels and edge markers in window pixels, what it
// left out, and the narration and code lines beside it. Throws std::runtime_error
// when the file cannot be written.
void writeViewDump(const view::DrawnHeap& heap, const FrameReport& report, const std::filesystem::path& file);

}  // namespace reachable
