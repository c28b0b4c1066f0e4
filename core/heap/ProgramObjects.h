#pragma once

#include <cstdint>

#include "heap/AsyncFrameCell.h"
#include "heap/HeapCell.h"

namespace reachable {

// An object's identity across a whole run: its allocation serial. Cell ids are
// reused after a collection; serials never are, so the heap view, the timeline and
// `reachable-cli trace` all name an object by it ("#12" is the same one in each).
using ObjectId = std::uint32_t;
inline constexpr ObjectId kNoObject = 0;

// The cells a person is shown as the program's objects: those made once the program
// started (the built-ins, made before, are not), but for what no program holds as an
// object (strings, symbols, BigInts, accessor pairs), what the engine makes for the module
// itself (kEngineOwned), and a parked async frame once it resumed (an empty shell
// the engine dropped).
class ProgramObjects {
 public:
  explicit ProgramObjects(std::uint32_t firstSerial = 0) : firstSerial_(firstSerial) {}

  bool contains(const HeapCell& cell) const {
    if (cell.serial < firstSerial_ || (cell.flags & HeapCell::kEngineOwned)) return false;
    switch (cell.kind) {
      case CellKind::String:
      case CellKind::Symbol:
      case CellKind::BigInt:
      case CellKind::AccessorPair: return false;
      case CellKind::AsyncFrame: return !static_cast<const AsyncFrame&>(cell).resumed;
      default: return true;
    }
  }
  // The cell's name for a person, or kNoObject when it is not one of these.
  ObjectId idOf(const HeapCell& cell) const { return contains(cell) ? cell.serial : kNoObject; }

 private:
  std::uint32_t firstSerial_;
};

}  // namespace reachable
