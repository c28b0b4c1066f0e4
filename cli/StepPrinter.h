#pragma once

#include "engine/Trace.h"

namespace reachable::cli {

// Prints the steps of `reachable-cli trace`: a line per step and one per event, or
// one JSON object per step (JSON Lines).
class StepPrinter final : public TraceSink {
 public:
  explicit StepPrinter(bool json) : json_(json) {}
  void step(const TraceStep& step) override;

 private:
  bool json_;
};

}  // namespace reachable::cli
