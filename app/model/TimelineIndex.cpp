#include "TimelineIndex.h"

#include <algorithm>
#include <limits>

namespace reachable {
namespace {

constexpr std::uint64_t kNever = std::numeric_limits<std::uint64_t>::max();

// The event loop names what a task runs; a registry's cleanup says so.
bool startsCleanup(const StepRecord& step) {
  return std::ranges::any_of(step.events, [](const StepEvent& event) {
    return event.kind == StepEvent::Kind::TaskStarted && event.text.find("cleanup") != std::string::npos;
  });
}

}  // namespace

TimelineIndex::TimelineIndex(std::span<const Narration> narration) : narration_(narration.begin(), narration.end()) {}

void TimelineIndex::add(const StepRecord& step) {
  if (step.kind == StepKind::GcMark)
    markers_.push_back({step.number, step.collection == CollectionReason::Automatic
                                         ? StepMarker::Kind::AutomaticCollection
                                         : StepMarker::Kind::Collection});
  if (step.kind == StepKind::TaskStart && startsCleanup(step))
    markers_.push_back({step.number, StepMarker::Kind::Callback});

  std::vector<std::size_t> entries;
  if (step.kind == StepKind::Statement && step.range) {
    const std::uint32_t line = step.range->start.line;
    if (firstRun_.size() <= line) firstRun_.resize(line + 1, kNever);
    firstRun_[line] = std::min(firstRun_[line], step.number);
    trigger(NarrationTrigger::Line, line, entries);
  }
  for (const StepEvent& event : step.events) {
    if (event.kind == StepEvent::Kind::Allocated && step.range) allocationLine_[event.object] = step.range->start.line;
    noteEvent(event, entries);
  }
  if (!entries.empty()) {
    std::ranges::sort(entries);
    const auto [end, last] = std::ranges::unique(entries);
    entries.erase(end, last);
    triggered_.push_back({step.number, std::move(entries)});
  }
}

void TimelineIndex::noteEvent(const StepEvent& event, std::vector<std::size_t>& entries) const {
  const auto line = allocationLine_.find(event.object);
  if (line == allocationLine_.end()) return;
  switch (event.kind) {
    case StepEvent::Kind::Freed: trigger(NarrationTrigger::Collected, line->second, entries); break;
    case StepEvent::Kind::ClearedWeakRef: trigger(NarrationTrigger::Cleared, line->second, entries); break;
    case StepEvent::Kind::TaskStarted: trigger(NarrationTrigger::Callback, line->second, entries); break;
    default: break;
  }
}

void TimelineIndex::trigger(NarrationTrigger kind, std::uint32_t line, std::vector<std::size_t>& entries) const {
  for (std::size_t i = 0; i < narration_.size(); ++i)
    if (narration_[i].trigger == kind && narration_[i].line == line) entries.push_back(i);
}

bool TimelineIndex::lineRanBefore(std::uint32_t line, std::uint64_t step) const {
  return line < firstRun_.size() && firstRun_[line] < step;
}

const TimelineIndex::Triggered* TimelineIndex::triggeredAt(std::uint64_t step) const {
  const auto after = std::ranges::upper_bound(triggered_, step, {}, &Triggered::step);
  return after == triggered_.begin() ? nullptr : &*std::prev(after);
}

std::vector<std::string_view> TimelineIndex::narrationAt(std::uint64_t step) const {
  std::vector<std::string_view> texts;
  if (const Triggered* triggered = triggeredAt(step))
    for (std::size_t entry : triggered->entries) texts.push_back(narration_[entry].text);
  return texts;
}

std::optional<std::uint64_t> TimelineIndex::narrationStepAt(std::uint64_t step) const {
  const Triggered* triggered = triggeredAt(step);
  return triggered ? std::optional(triggered->step) : std::nullopt;
}

}  // namespace reachable
