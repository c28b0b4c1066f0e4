#pragma once

#include "engine/StepRecord.h"

#include <string>

namespace reachable {

// A step in a few words for the narration panel's heading: "mark", "line 4".
std::string stepHeading(const StepRecord& step);
// What the step did, in a sentence a learner reads under the narration.
std::string stepSentence(const StepRecord& step);

}  // namespace reachable
