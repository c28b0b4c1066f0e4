#pragma once

#include <map>
#include <string>

namespace reachable {

// What Node's console remembers between calls: the indentation console.group adds to
// every line, console.count's counters and console.time's start times (milliseconds on
// the run's clock), by label.
struct ConsoleState {
  std::string groupIndent;
  std::map<std::string, double> counts;
  std::map<std::string, double> timers;
};

}  // namespace reachable
