#include "engine/AllocationSites.h"

#include "engine/Interpreter.h"

namespace reachable {

std::uint32_t AllocationSites::siteOfNewCell(const HeapCell& cell) {
  // Strings and contexts are not what a learner labels or narrates.
  if (!isObjectKind(cell.kind)) return 0;
  auto position = interpreter_.allocationPosition();
  return position ? siteAt(*position) : 0;
}

void AllocationSites::released(const HeapCell& cell) { note(cell.site, SiteEvent::Collected); }

std::optional<SourcePosition> AllocationSites::position(std::uint32_t site) const {
  if (site == 0 || site >= positions_.size()) return std::nullopt;
  return positions_[site];
}

void AllocationSites::note(std::uint32_t site, SiteEvent event) {
  if (site != 0 && site < events_.size()) events_[site] |= static_cast<std::uint8_t>(event);
}

void AllocationSites::noteCleared(const Heap& heap, const CollectionRecord& record) {
  for (const auto& cleared : record.clearedWeakRefs) {
    if (const HeapCell* weakRef = heap.find(cleared.weakRef)) note(weakRef->site, SiteEvent::Cleared);
  }
}

bool AllocationSites::happenedOnLine(std::uint32_t line, SiteEvent event) const {
  for (std::size_t site = 1; site < positions_.size(); ++site) {
    if (positions_[site].line == line && (events_[site] & static_cast<std::uint8_t>(event))) return true;
  }
  return false;
}

// One site per place in the source: the byte offset tells places apart.
std::uint32_t AllocationSites::siteAt(const SourcePosition& position) {
  auto [it, added] = siteByOffset_.try_emplace(position.offset, static_cast<std::uint32_t>(positions_.size()));
  if (added) {
    positions_.push_back(position);
    events_.push_back(0);
  }
  return it->second;
}

}  // namespace reachable
