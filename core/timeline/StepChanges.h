#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "timeline/StateCodec.h"

namespace reachable {

// The changes of the step being recorded, as its record holds them. Each is made at
// once to the recorder's copy of the state too, the one the next step is compared
// with, so that the record is never read back; its operands are moved there.
class StepChanges {
 public:
  // `encodings`: of the mirror's objects, kept as each is written whole and forgotten
  // as it changes.
  StepChanges(StateCodec& codec, HeapState& mirror, ObjectEncodings& encodings)
      : codec_(codec), mirror_(mirror), encodings_(encodings) {}

  // Starts the next step's changes, keeping the buffer's memory.
  void clear() {
    bytes_.clear();
    count_ = 0;
  }
  std::span<const std::uint8_t> bytes() const { return bytes_; }
  std::uint64_t count() const { return count_; }

  void putObject(ObjectView&& object);
  void setHeader(ObjectId id, std::string title, std::uint32_t bytes);
  // `rows[k]` becomes row `changed[k]`; the rows are moved from.
  void patchRows(ObjectId id, std::size_t rowCount, std::span<const std::uint32_t> changed, std::span<Row> rows);
  // Rows [at, at + removed) of an array's elements leave, `inserted` (moved from) take
  // their place; the rows after them, of the first `elements`, are named anew.
  void spliceRows(ObjectId id, std::size_t at, std::size_t removed, std::size_t elements, std::span<Row> inserted);
  void removeObjects(std::vector<ObjectId>&& ids);
  void putScope(std::size_t index, RootScope&& scope);
  void setVariable(std::size_t scope, std::size_t index, const Variable& variable);
  void truncateScopes(std::size_t count);
  void putFrame(std::size_t index, FrameView&& frame);
  void moveFrame(std::size_t index, const SourcePosition& position);
  // The frame is at `stepStart`, the start of the statement the step ran: the record
  // says so in two bytes, since its header names that statement.
  void moveFrameToStep(std::size_t index, const SourcePosition& stepStart);
  void truncateFrames(std::size_t count);
  void setSuspended(std::vector<SuspendedFrame>&& suspended);
  void setTimers(std::vector<TimerView>&& timers);
  void setTasks(std::vector<JobView>&& tasks);
  void setMicrotasks(std::vector<JobView>&& microtasks);
  void setKept(std::vector<ObjectId>&& kept);
  void setClock(double clock);
  void setConsoleLines(std::size_t lines);

 private:
  ByteWriter out() {
    ++count_;
    return ByteWriter(bytes_);
  }

  StateCodec& codec_;
  HeapState& mirror_;
  ObjectEncodings& encodings_;
  std::vector<std::uint8_t> bytes_;
  std::uint64_t count_ = 0;
};

}  // namespace reachable
