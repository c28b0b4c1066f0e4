#include "timeline/Timeline.h"

#include <algorithm>
#include <shared_mutex>

#include "timeline/StateCodec.h"
#include "timeline/TimelineData.h"

namespace reachable {

namespace {

struct RecordReader {
  StepHeader header;
  const std::uint8_t* events = nullptr;
  const std::uint8_t* eventsEnd = nullptr;
  const std::uint8_t* changesEnd = nullptr;
};

// Reads a record's header and finds its parts; `in` moves past the record.
RecordReader readRecord(ByteReader& in) {
  RecordReader r;
  std::size_t length = in.varint();
  r.changesEnd = in.position() + length;
  std::uint8_t first = in.byte();
  r.header.kind = static_cast<StepKind>(first & 0x0F);
  r.header.collection = static_cast<std::uint8_t>((first >> 4) & 3);
  r.header.range = in.varint();
  if (first & 0x40) {
    r.header.objectsDelta = in.signedVarint();
    r.header.bytesDelta = in.signedVarint();
  }
  std::size_t eventBytes = first & 0x80 ? in.varint() : 0;
  r.events = in.position();
  r.eventsEnd = r.events + eventBytes;
  in.skip(eventBytes);
  return r;
}

// The step a record holds, its events decoded.
StepRecord decodeStep(std::uint64_t number, const RecordReader& record, const std::vector<SourceRange>& ranges,
                      const StringTable& strings) {
  StepRecord result;
  result.number = number;
  result.kind = record.header.kind;
  if (record.header.range) result.range = ranges[record.header.range - 1];
  if (record.header.collection) result.collection = static_cast<CollectionReason>(record.header.collection - 1);
  ByteReader events(record.events, record.eventsEnd);
  while (!events.done()) {
    StepEvent e;
    e.kind = static_cast<StepEvent::Kind>(events.byte());
    e.object = static_cast<ObjectId>(events.varint());
    e.other = static_cast<ObjectId>(events.varint());
    e.text = strings.at(static_cast<std::uint32_t>(events.varint()));
    e.toStandardError = events.byte() != 0;
    e.line = static_cast<std::uint32_t>(events.varint());
    result.events.push_back(std::move(e));
  }
  return result;
}

// The stream from a position to its end.
ByteReader streamFrom(const std::vector<std::uint8_t>& stream, const std::uint8_t* position) {
  return ByteReader(position, stream.data() + stream.size());
}

ByteReader streamFrom(const std::vector<std::uint8_t>& stream, std::size_t offset) {
  return streamFrom(stream, stream.data() + offset);
}

}  // namespace

const Timeline::Data::Checkpoint& Timeline::Data::checkpointFor(std::uint64_t applied) const {
  auto it = std::upper_bound(checkpoints.begin(), checkpoints.end(), applied,
                             [](std::uint64_t applied, const Checkpoint& c) { return applied < c.applied; });
  return *(it - 1);
}

Timeline::Timeline() : data_(std::make_unique<Data>()) {}
Timeline::~Timeline() = default;
Timeline::Timeline(Timeline&&) noexcept = default;
Timeline& Timeline::operator=(Timeline&&) noexcept = default;

std::uint64_t Timeline::stepCount() const {
  const std::shared_lock reading(data_->mutex);
  return data_->steps;
}

// A state being walked forward through the recorded changes. It keeps its place as an
// offset, not a pointer: between two walks the recorder may move the stream.
struct Timeline::Walk {
  explicit Walk(Data& recorded) : data(recorded), codec(recorded.strings) {}
  Data& data;
  StateCodec codec;
  HeapState state;
  bool started = false;
  std::uint64_t applied = 0;  // records replayed into `state`: it is after step applied-1
  std::size_t next = 0;       // where record `applied` starts

  // Starts again from the checkpoint before `number` when that is nearer than the
  // state walked so far. The caller holds the timeline's lock.
  void to(std::uint64_t number) {
    const Data::Checkpoint& checkpoint = data.checkpointFor(number + 1);
    if (!started || checkpoint.applied > applied || applied > number + 1) {
      started = true;
      ByteReader stateReader(data.states.data() + checkpoint.stateOffset, data.states.data() + data.states.size());
      state = codec.readState(stateReader);
      next = checkpoint.streamOffset;
      applied = checkpoint.applied;
    }
    ByteReader in = streamFrom(data.stream, next);
    for (; applied <= number; ++applied) {
      RecordReader record = readRecord(in);
      ByteReader changes(record.eventsEnd, record.changesEnd);
      const SourcePosition* stepStart = record.header.range ? &data.ranges[record.header.range - 1].start : nullptr;
      for (std::uint64_t n = changes.varint(); n > 0; --n) codec.apply(changes, state, stepStart);
      in = streamFrom(data.stream, record.changesEnd);
    }
    next = static_cast<std::size_t>(in.position() - data.stream.data());
    state.step = number;
  }
};

HeapState Timeline::stateAt(std::uint64_t number) const {
  const std::shared_lock reading(data_->mutex);
  if (data_->steps == 0) return {};
  Walk walk(*data_);
  walk.to(std::min(number, data_->steps - 1));
  return std::move(walk.state);
}

void Timeline::forEachState(std::span<const std::uint64_t> ascending,
                            const std::function<void(std::uint64_t, const HeapState&)>& visit) const {
  Walk walk(*data_);
  for (std::uint64_t number : ascending) {
    {
      const std::shared_lock reading(data_->mutex);
      if (data_->steps == 0) return;
      walk.to(std::min(number, data_->steps - 1));
    }
    visit(number, walk.state);
  }
}

StepRecord Timeline::step(std::uint64_t number) const {
  const std::shared_lock reading(data_->mutex);
  if (data_->steps == 0) return {};
  number = std::min(number, data_->steps - 1);
  ByteReader in = streamFrom(data_->stream, recordOffset(number));
  return decodeStep(number, readRecord(in), data_->ranges, data_->strings);
}

// Decodes a batch of steps at a time under the lock: one lock a step would wait on
// the recorder at every step, and so read no faster than it writes.
void Timeline::forEachStep(const std::function<void(const StepRecord&)>& visit, std::uint64_t first,
                           std::uint64_t end) const {
  std::vector<StepRecord> batch;
  std::size_t next = 0;  // where record `step` starts
  for (std::uint64_t step = first;;) {
    {
      const std::shared_lock reading(data_->mutex);
      if (step == first) {
        end = std::min(end, data_->steps);
        if (first >= end) return;
        next = recordOffset(first);
      }
      const std::uint64_t batchEnd = std::min(end, step + Data::kWaypointSpacing);
      if (step >= batchEnd) return;
      ByteReader in = streamFrom(data_->stream, next);
      for (batch.clear(); step < batchEnd; ++step) {
        const RecordReader read = readRecord(in);
        batch.push_back(decodeStep(step, read, data_->ranges, data_->strings));
        in = streamFrom(data_->stream, read.changesEnd);
      }
      next = static_cast<std::size_t>(in.position() - data_->stream.data());
    }
    for (const StepRecord& record : batch) visit(record);
  }
}

// Where a recorded step's record starts: a walk from the waypoint before it. The caller
// holds the timeline's lock.
std::size_t Timeline::recordOffset(std::uint64_t number) const {
  const std::uint64_t first = number - number % Data::kWaypointSpacing;
  ByteReader in = streamFrom(data_->stream, data_->waypoints[first / Data::kWaypointSpacing].streamOffset);
  for (std::uint64_t step = first; step < number; ++step) in = streamFrom(data_->stream, readRecord(in).changesEnd);
  return static_cast<std::size_t>(in.position() - data_->stream.data());
}

MemoryPoint Timeline::memoryAt(std::uint64_t number) const {
  const std::shared_lock reading(data_->mutex);
  if (data_->steps == 0) return {};
  number = std::min(number, data_->steps - 1);
  const std::uint64_t first = number - number % Data::kWaypointSpacing;
  const Data::Waypoint& waypoint = data_->waypoints[first / Data::kWaypointSpacing];
  MemoryPoint memory = waypoint.memory;
  ByteReader in = streamFrom(data_->stream, waypoint.streamOffset);
  for (std::uint64_t step = first; step <= number; ++step) {
    RecordReader record = readRecord(in);
    memory.objects = static_cast<std::uint32_t>(memory.objects + record.header.objectsDelta);
    memory.bytes = static_cast<std::uint64_t>(static_cast<std::int64_t>(memory.bytes) + record.header.bytesDelta);
    in = streamFrom(data_->stream, record.changesEnd);
  }
  return memory;
}

std::vector<ConsoleLine> Timeline::console(std::size_t first) const {
  const std::shared_lock reading(data_->mutex);
  const auto& lines = data_->console;
  return {lines.begin() + static_cast<std::ptrdiff_t>(std::min(first, lines.size())), lines.end()};
}

std::size_t Timeline::bytesUsed() const {
  const std::shared_lock reading(data_->mutex);
  return data_->stream.size() + data_->states.size() + data_->strings.bytesUsed() +
         data_->checkpoints.size() * sizeof(Data::Checkpoint) + data_->waypoints.size() * sizeof(Data::Waypoint) +
         data_->ranges.size() * sizeof(SourceRange);
}

std::size_t Timeline::checkpointCount() const {
  const std::shared_lock reading(data_->mutex);
  return data_->checkpoints.size();
}

std::size_t Timeline::checkpointBytes() const {
  const std::shared_lock reading(data_->mutex);
  return data_->states.size();
}

}  // namespace reachable
