#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "timeline/ByteStream.h"
#include "timeline/HeapState.h"
#include "timeline/ObjectEncodings.h"

namespace reachable {

// What a step changes in the view's state. Each change is written as its kind and
// its operands; replaying a step applies its changes in order.
enum class Change : std::uint8_t {
  PutObject,       // a whole card: a new object, or one rebuilt
  SetHeader,       // id, title, bytes
  PatchRows,       // id, new row count, then (index, row) for each changed row
  RemoveObjects,   // ids (collected)
  PutScope,        // index, scope
  SetVariable,     // scope index, variable index, variable
  TruncateScopes,  // count
  PutFrame,        // index, frame
  TruncateFrames,  // count
  SetSuspended,
  SetTimers,
  SetTasks,
  SetMicrotasks,
  SetKept,
  SetClock,
  SetConsoleLines,
  MoveFrame,        // index, position
  MoveFrameToStep,  // index: the frame is at the start of the statement its step ran
  SpliceRows,       // id, at, rows removed, element rows, rows inserted, then each inserted row
};

// Writes and reads the view's structures in the timeline's compact form, strings by
// their number in the table. Integers (the common numbers of a loop) are written as
// varints rather than as text.
class StateCodec {
 public:
  explicit StateCodec(StringTable& strings) : strings_(strings) {}

  // Each object's encoding is copied from `encodings` where they have it, and kept
  // there where they had not.
  void writeState(ByteWriter& out, const HeapState& state, ObjectEncodings& encodings);
  HeapState readState(ByteReader& in) const;

  // Returns where the object's body (all of it but its id) begins in `out`.
  std::size_t putObject(ByteWriter& out, const ObjectView& object);
  void setHeader(ByteWriter& out, ObjectId id, const std::string& title, std::uint32_t bytes);
  // `rows[k]` is the new row at index `changed[k]`: only changed rows are passed, so
  // that an array grown by one costs one row, whatever its length.
  void patchRows(ByteWriter& out, ObjectId id, std::size_t rowCount, std::span<const std::uint32_t> changed,
                 std::span<const Row> rows);
  void removeObjects(ByteWriter& out, std::span<const ObjectId> ids);
  void spliceRows(ByteWriter& out, ObjectId id, std::size_t at, std::size_t removed, std::size_t elements,
                  std::span<const Row> inserted);
  void putScope(ByteWriter& out, std::size_t index, const RootScope& scope);
  void setVariable(ByteWriter& out, std::size_t scope, std::size_t index, const Variable& variable);
  void truncate(ByteWriter& out, Change change, std::size_t count);
  void putFrame(ByteWriter& out, std::size_t index, const FrameView& frame);
  void moveFrame(ByteWriter& out, std::size_t index, const SourcePosition& position);
  void moveFrameToStep(ByteWriter& out, std::size_t index);
  void setSuspended(ByteWriter& out, const std::vector<SuspendedFrame>& suspended);
  void setTimers(ByteWriter& out, const std::vector<TimerView>& timers);
  void setJobs(ByteWriter& out, Change change, const std::vector<JobView>& jobs);
  void setKept(ByteWriter& out, const std::vector<ObjectId>& kept);
  void setClock(ByteWriter& out, double clock);
  void setConsoleLines(ByteWriter& out, std::size_t lines);

  // Applies one change read from `in` to `state`; `stepStart`: where the statement
  // the change's step ran starts, if it ran one.
  void apply(ByteReader& in, HeapState& state, const SourcePosition* stepStart = nullptr) const;

 private:
  void writeText(ByteWriter& out, std::string_view text);
  std::string readText(ByteReader& in) const;
  void readText(ByteReader& in, std::string& text) const;
  void writeTitle(ByteWriter& out, const std::string& title);
  std::string readTitle(ByteReader& in) const;
  void writeValue(ByteWriter& out, const ValueView& value);
  ValueView readValue(ByteReader& in) const;
  void readValue(ByteReader& in, ValueView& value) const;
  void writeRow(ByteWriter& out, const Row& row);
  void readRow(ByteReader& in, Row& row) const;
  void writeObjectBody(ByteWriter& out, const ObjectView& object);
  void readObjectBody(ByteReader& in, ObjectView& object) const;
  void writeStateAfterObjects(ByteWriter& out, const HeapState& state);
  ObjectView readObject(ByteReader& in) const;
  void readObject(ByteReader& in, ObjectView& object) const;
  void writeVariable(ByteWriter& out, const Variable& variable);
  Variable readVariable(ByteReader& in) const;
  void writeScope(ByteWriter& out, const RootScope& scope);
  RootScope readScope(ByteReader& in) const;
  void writeFrame(ByteWriter& out, const FrameView& frame);
  FrameView readFrame(ByteReader& in) const;
  void writePosition(ByteWriter& out, const SourcePosition& position);
  SourcePosition readPosition(ByteReader& in) const;
  void writeJobs(ByteWriter& out, const std::vector<JobView>& jobs);
  std::vector<JobView> readJobs(ByteReader& in) const;

  StringTable& strings_;
};

}  // namespace reachable
