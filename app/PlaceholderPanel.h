#pragma once

namespace reachable {

// Stands where the heap view will be, until it exists.
void drawPlaceholderPanel();

}  // namespace reachable
