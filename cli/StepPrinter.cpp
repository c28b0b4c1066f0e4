#include "StepPrinter.h"

#include <cstdio>
#include <string>

#include "format/StringEscape.h"
#include "text/Utf16.h"

namespace reachable::cli {

namespace {

std::string jsonString(std::string_view utf8) { return quoteJsonString(fromUtf8(std::string(utf8))); }

std::string position(const SourcePosition& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

std::string_view reasonName(CollectionReason reason) {
  switch (reason) {
    case CollectionReason::Explicit: return "gc()";
    case CollectionReason::Requested: return "requested";
    case CollectionReason::Automatic: return "automatic";
  }
  return "?";
}

// What an event's second object is to the first, where it has one.
std::string_view otherName(StepEvent::Kind kind) {
  switch (kind) {
    case StepEvent::Kind::Marked: return "from";
    case StepEvent::Kind::ClearedWeakRef:
    case StepEvent::Kind::EmptiedCell: return "target";
    case StepEvent::Kind::RemovedEntry: return "key";
    case StepEvent::Kind::CleanupStarted: return "callback";
    default: return "";
  }
}

// Events about objects say little else: in text, a run of them is one line.
bool namesObjectsOnly(StepEvent::Kind kind) {
  switch (kind) {
    case StepEvent::Kind::TaskStarted:
    case StepEvent::Kind::CleanupStarted:
    case StepEvent::Kind::TaskEnded:
    case StepEvent::Kind::ModuleFinished:
    case StepEvent::Kind::Console: return false;
    default: return true;
  }
}

std::string typeOf(const StepEvent& e) {
  if (e.kind == StepEvent::Kind::Console && e.toStandardError) return "console-error";
  return std::string(stepEventKindName(e.kind));
}

std::string asJson(const StepEvent& e) {
  std::string out = "{\"type\":" + jsonString(typeOf(e));
  if (e.object) out += ",\"object\":" + std::to_string(e.object);
  if (e.other) out += ",\"" + std::string(otherName(e.kind)) + "\":" + std::to_string(e.other);
  if (!e.text.empty()) out += ",\"text\":" + jsonString(e.text);
  return out + "}";
}

std::string asJson(const StepRecord& step) {
  std::string out = "{\"step\":" + std::to_string(step.number) + ",\"kind\":" + jsonString(stepKindName(step.kind));
  if (step.collection) out += ",\"collection\":" + jsonString(reasonName(*step.collection));
  if (step.range) {
    const auto& r = *step.range;
    out += ",\"range\":{\"start\":{\"line\":" + std::to_string(r.start.line) +
           ",\"column\":" + std::to_string(r.start.column) + "},\"end\":{\"line\":" + std::to_string(r.end.line) +
           ",\"column\":" + std::to_string(r.end.column) + "}}";
  }
  out += ",\"events\":[";
  for (std::size_t i = 0; i < step.events.size(); ++i) out += (i > 0 ? "," : "") + asJson(step.events[i]);
  return out + "]}";
}

// "#12", or "#12 (target #9)" where the event names a second object.
std::string objectText(const StepEvent& e) {
  std::string out = "#" + std::to_string(e.object);
  if (e.other && e.kind != StepEvent::Kind::Marked) {
    out += " (" + std::string(otherName(e.kind)) + " #" + std::to_string(e.other) + ")";
  }
  return out;
}

// The events from `first` of the same kind, the first few of them, which is what a
// reader takes in; returns the one after them.
std::size_t appendObjectRun(const std::vector<StepEvent>& events, std::size_t first, std::string& out) {
  constexpr std::size_t kShownInText = 12;
  std::size_t end = first;
  while (end < events.size() && events[end].kind == events[first].kind) ++end;
  out += "    " + typeOf(events[first]) + ":";
  for (std::size_t i = first; i < end && i < first + kShownInText; ++i) out += " " + objectText(events[i]);
  if (end - first > kShownInText) out += " … " + std::to_string(end - first - kShownInText) + " more";
  out += "\n";
  return end;
}

std::string asText(const StepRecord& step) {
  std::string out = std::to_string(step.number) + " " + std::string(stepKindName(step.kind));
  if (step.range) out += " " + position(step.range->start) + "-" + position(step.range->end);
  if (step.collection) out += " (" + std::string(reasonName(*step.collection)) + ")";
  out += "\n";
  for (std::size_t i = 0; i < step.events.size();) {
    const StepEvent& e = step.events[i];
    if (namesObjectsOnly(e.kind)) {
      i = appendObjectRun(step.events, i, out);
      continue;
    }
    out += "    " + typeOf(e) + ": " + e.text + "\n";
    ++i;
  }
  return out;
}

}  // namespace

void StepPrinter::step(const StepRecord& step) {
  std::string line = json_ ? asJson(step) + "\n" : asText(step);
  std::fwrite(line.data(), 1, line.size(), stdout);
}

}  // namespace reachable::cli
