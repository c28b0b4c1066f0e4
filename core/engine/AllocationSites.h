#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "heap/CollectionRecord.h"
#include "heap/HeapObserver.h"
#include "text/SourcePosition.h"

namespace reachable {

class Interpreter;

// What can befall the objects of an allocation site that a scenario's narration
// waits for (Scenario.h's NarrationTrigger).
enum class SiteEvent : std::uint8_t {
  Collected = 1,  // an object from the site was swept
  Cleared = 2,    // a WeakRef from the site was emptied
  Callback = 4,   // a registry from the site ran its cleanup callback
};

// Where in the program each object was made: HeapCell::site indexes this table of
// source positions (0: unknown, such as the built-ins made before the program).
// It also remembers which SiteEvents each site has seen, so that a scenario's
// narration can be checked against the run. The engine makes one only when
// EngineOptions::trackAllocationSites is on.
class AllocationSites final : public HeapObserver {
 public:
  explicit AllocationSites(const Interpreter& interpreter) : interpreter_(interpreter) {}

  std::uint32_t siteOfNewCell(const HeapCell& cell) override;
  void released(const HeapCell& cell) override;

  std::optional<SourcePosition> position(std::uint32_t site) const;
  void note(std::uint32_t site, SiteEvent event);
  // The WeakRefs a collection emptied that are still there to read empty.
  void noteCleared(const Heap& heap, const CollectionRecord& record);
  // Whether an object made on `line` has seen `event` so far.
  bool happenedOnLine(std::uint32_t line, SiteEvent event) const;

 private:
  std::uint32_t siteAt(const SourcePosition& position);

  const Interpreter& interpreter_;
  std::vector<SourcePosition> positions_{SourcePosition{0, 0, 0}};  // by site
  std::vector<std::uint8_t> events_{0};                             // by site: SiteEvent bits
  std::unordered_map<std::uint32_t, std::uint32_t> siteByOffset_;
};

}  // namespace reachable
