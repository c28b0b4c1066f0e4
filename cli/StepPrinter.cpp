#include "StepPrinter.h"

#include <cstdio>
#include <string>

#include "format/StringEscape.h"
#include "text/Utf16.h"

namespace reachable::cli {

namespace {

std::string jsonString(const std::string& utf8) { return quoteJsonString(fromUtf8(utf8)); }

std::string position(const SourcePosition& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

// Every id in JSON; in text the first few, which is what a reader takes in.
std::string cellList(const std::vector<CellId>& cells, bool json) {
  constexpr std::size_t kShownInText = 12;
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (!json && i == kShownInText) return out + " … " + std::to_string(cells.size() - i) + " more";
    if (i > 0) out += json ? "," : " ";
    out += (json ? "" : "#") + std::to_string(cells[i]);
  }
  return out;
}

std::string asJson(const TraceStep& step) {
  std::string out = "{\"step\":" + std::to_string(step.number) + ",\"kind\":" + jsonString(step.kind);
  if (step.range) {
    const auto& r = *step.range;
    out += ",\"range\":{\"start\":{\"line\":" + std::to_string(r.start.line) +
           ",\"column\":" + std::to_string(r.start.column) + "},\"end\":{\"line\":" + std::to_string(r.end.line) +
           ",\"column\":" + std::to_string(r.end.column) + "}}";
  }
  out += ",\"events\":[";
  for (std::size_t i = 0; i < step.events.size(); ++i) {
    const auto& e = step.events[i];
    if (i > 0) out += ",";
    out += "{\"type\":" + jsonString(e.type) + ",\"text\":" + jsonString(e.text);
    if (!e.cells.empty()) out += ",\"cells\":[" + cellList(e.cells, true) + "]";
    out += "}";
  }
  return out + "]}";
}

std::string asText(const TraceStep& step) {
  std::string out = std::to_string(step.number) + " " + step.kind;
  if (step.range) out += " " + position(step.range->start) + "-" + position(step.range->end);
  out += "\n";
  for (const auto& e : step.events) {
    out += "    " + e.type + ": " + e.text;
    if (!e.cells.empty()) out += " [" + cellList(e.cells, false) + "]";
    out += "\n";
  }
  return out;
}

}  // namespace

void StepPrinter::step(const TraceStep& step) {
  std::string line = json_ ? asJson(step) + "\n" : asText(step);
  std::fwrite(line.data(), 1, line.size(), stdout);
}

}  // namespace reachable::cli
