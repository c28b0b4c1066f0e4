#include "lesson/NarrationCheck.h"

#include <optional>
#include <string>

namespace reachable {

namespace {

// The event an entry waits for; none for an entry that waits for its line to run.
std::optional<SiteEvent> siteEventOf(NarrationTrigger trigger) {
  switch (trigger) {
    case NarrationTrigger::Collected: return SiteEvent::Collected;
    case NarrationTrigger::Cleared: return SiteEvent::Cleared;
    case NarrationTrigger::Callback: return SiteEvent::Callback;
    case NarrationTrigger::Line: break;
  }
  return std::nullopt;
}

std::string describeWait(SiteEvent event, std::uint32_t line) {
  const std::string where = " on line " + std::to_string(line);
  switch (event) {
    case SiteEvent::Collected: return "waits for an object allocated" + where + " to be collected";
    case SiteEvent::Cleared: return "waits for a WeakRef made" + where + " to be emptied";
    case SiteEvent::Callback: break;
  }
  return "waits for a callback of a registry made" + where;
}

}  // namespace

std::vector<ScenarioError> unmetNarration(const Scenario& scenario, const AllocationSites& sites) {
  std::vector<ScenarioError> warnings;
  for (std::size_t i = 0; i < scenario.narration.size(); ++i) {
    const Narration& entry = scenario.narration[i];
    const auto event = siteEventOf(entry.trigger);
    if (!event || sites.happenedOnLine(entry.line, *event)) continue;
    warnings.push_back({entry.place.line, entry.place.column,
                        "narration[" + std::to_string(i) + "] " + describeWait(*event, entry.line) +
                            ", which never happens in this run"});
  }
  return warnings;
}

}  // namespace reachable
