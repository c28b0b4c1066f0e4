#pragma once

#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <vector>

#include "timeline/ByteStream.h"
#include "timeline/Timeline.h"

namespace reachable {

// How a timeline is stored: one stream of step records (each: its length, a header,
// its events, then the changes it made), and every so often a checkpoint of the
// whole state. A checkpoint is taken once replaying the records since the last one
// would cost four fifths of reading that checkpoint (TimelineRecorder's
// replayCost), so that a seek costs at most about 1.8 readings of a state wherever
// it lands, and checkpoints weigh about as much again as the records.
struct Timeline::Data {
  struct Checkpoint {
    std::uint64_t applied = 0;     // records replayed into it: its state is after step applied-1
    std::size_t streamOffset = 0;  // where record `applied` starts
    std::size_t stateOffset = 0;   // in `states`
    MemoryPoint memory;
  };

  // Where every kWaypointSpacing-th record starts, and the memory figures before it:
  // reading one step, or one step's memory, walks at most that many records
  // whatever the spacing of checkpoints, which grows with the state (a checkpoint of
  // a million objects is a million steps from the next). A fraction of a byte a step.
  struct Waypoint {
    std::size_t streamOffset = 0;
    MemoryPoint memory;
  };
  static constexpr std::uint64_t kWaypointSpacing = 256;

  StringTable strings;
  std::vector<std::uint8_t> stream;
  std::vector<Waypoint> waypoints;  // record n * kWaypointSpacing is waypoints[n]
  std::vector<Checkpoint> checkpoints;
  std::vector<std::uint8_t> states;
  std::vector<SourceRange> ranges;  // by the number a step record gives
  std::vector<ConsoleLine> console;
  std::uint64_t steps = 0;
  // Held alone by the recorder while it appends a step, shared by every reader, so that
  // a timeline can be read while it is still recorded (BackgroundRecording). The
  // recorder's constructor writes the first checkpoint before any step is published;
  // readers look at nothing but `steps` and `console` until there is one.
  mutable std::shared_mutex mutex;

  // The last checkpoint with at most `applied` records replayed into it.
  const Checkpoint& checkpointFor(std::uint64_t applied) const;
};

// A step record's header, in the order it is written.
struct StepHeader {
  StepKind kind = StepKind::Start;
  std::uint8_t collection = 0;  // 0: none; else CollectionReason + 1
  std::uint64_t range = 0;      // 0: none; else index into ranges + 1
  std::int64_t objectsDelta = 0;
  std::int64_t bytesDelta = 0;
};

}  // namespace reachable
