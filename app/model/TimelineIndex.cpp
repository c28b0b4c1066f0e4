#include "TimelineIndex.h"

#include <algorithm>
#include <limits>

namespace reachable {
namespace {

constexpr std::uint64_t kNever = std::numeric_limits<std::uint64_t>::max();

bool startsCleanup(const StepRecord& step) {
  return std::ranges::any_of(step.events,
                             [](const StepEvent& event) { return event.kind == StepEvent::Kind::CleanupStarted; });
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
  for (const StepEvent& event : step.events) noteEvent(event, entries);
  // The lines' narration ends with the module: its words were about variables now gone.
  const bool moduleFinished = std::ranges::any_of(
      step.events, [](const StepEvent& event) { return event.kind == StepEvent::Kind::ModuleFinished; });
  if (!entries.empty() || moduleFinished) {
    std::ranges::sort(entries);
    const auto [end, last] = std::ranges::unique(entries);
    entries.erase(end, last);
    triggered_.push_back({step.number, std::move(entries)});
  }
}

// An event speaks for the narration waiting on the line that made its object.
void TimelineIndex::noteEvent(const StepEvent& event, std::vector<std::size_t>& entries) const {
  if (event.line == 0) return;
  switch (event.kind) {
    case StepEvent::Kind::Freed: trigger(NarrationTrigger::Collected, event.line, entries); break;
    case StepEvent::Kind::ClearedWeakRef: trigger(NarrationTrigger::Cleared, event.line, entries); break;
    case StepEvent::Kind::CleanupStarted: trigger(NarrationTrigger::Callback, event.line, entries); break;
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
