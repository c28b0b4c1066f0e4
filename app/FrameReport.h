#pragma once

#include <cstdint>
#include <string>

namespace reachable {

// What the panels beside the heap showed in one frame, for `--dump-view`: the
// narration's words and the code panel's lines.
struct FrameReport {
  std::uint64_t step = 0;  // the step shown, and the run's last (recorded so far)
  std::uint64_t lastStep = 0;
  bool recording = false;  // the run was still being recorded
  std::string narration;
  std::uint32_t currentLine = 0;  // the line marked as running; 0 when none
  std::uint32_t firstLine = 0;    // the first and the last line wholly in view
  std::uint32_t lastLine = 0;
};

}  // namespace reachable
