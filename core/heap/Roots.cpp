#include "heap/Roots.h"

namespace reachable {

std::string_view rootKindName(RootKind kind) {
  switch (kind) {
    case RootKind::Global: return "global";
    case RootKind::Frame: return "frame";
    case RootKind::Timer: return "timer";
    case RootKind::Task: return "task";
    case RootKind::Microtask: return "microtask";
    case RootKind::Kept: return "kept";
    case RootKind::Intrinsic: return "intrinsic";
  }
  return "?";
}

}  // namespace reachable
