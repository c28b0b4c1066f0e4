#pragma once

#include "engine/StepStream.h"

namespace reachable::cli {

// Prints the steps of `reachable-cli trace`: a line per step and one per run of
// like events, or one JSON object per step (JSON Lines). Objects are named by
// serial, as the GUI names them.
class StepPrinter final : public StepSink {
 public:
  explicit StepPrinter(bool json) : json_(json) {}
  void step(const StepRecord& step) override;

 private:
  bool json_;
};

}  // namespace reachable::cli
