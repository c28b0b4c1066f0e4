#include "timeline/StepChanges.h"

#include <algorithm>

#include "timeline/StateEdits.h"

namespace reachable {

void StepChanges::putObject(ObjectView&& object) {
  ByteWriter writer = out();
  const std::size_t body = codec_.putObject(writer, object);
  encodings_.keep(object.id, writer.since(body));
  edit::putObject(mirror_, std::move(object));
}

void StepChanges::setHeader(ObjectId id, std::string title, std::uint32_t bytes) {
  ByteWriter writer = out();
  codec_.setHeader(writer, id, title, bytes);
  encodings_.forget(id);
  edit::setHeader(mirror_, id, std::move(title), bytes);
}

void StepChanges::patchRows(ObjectId id, std::size_t rowCount, std::span<const std::uint32_t> changed,
                            std::span<Row> rows) {
  ByteWriter writer = out();
  codec_.patchRows(writer, id, rowCount, changed, rows);
  encodings_.forget(id);
  edit::patchRows(mirror_, id, rowCount, changed, rows);
}

void StepChanges::spliceRows(ObjectId id, std::size_t at, std::size_t removed, std::size_t elements,
                             std::span<Row> inserted) {
  ByteWriter writer = out();
  codec_.spliceRows(writer, id, at, removed, elements, inserted);
  encodings_.forget(id);
  edit::spliceRows(mirror_, id, at, removed, elements, inserted);
}

void StepChanges::removeObjects(std::vector<ObjectId>&& ids) {
  ByteWriter writer = out();
  codec_.removeObjects(writer, ids);
  for (ObjectId id : ids) encodings_.forget(id);
  std::sort(ids.begin(), ids.end());
  edit::removeObjects(mirror_, ids);
}

void StepChanges::putScope(std::size_t index, RootScope&& scope) {
  ByteWriter writer = out();
  codec_.putScope(writer, index, scope);
  edit::putScope(mirror_, index, std::move(scope));
}

void StepChanges::setVariable(std::size_t scope, std::size_t index, const Variable& variable) {
  ByteWriter writer = out();
  codec_.setVariable(writer, scope, index, variable);
  edit::setVariable(mirror_, scope, index, variable);
}

void StepChanges::truncateScopes(std::size_t count) {
  ByteWriter writer = out();
  codec_.truncate(writer, Change::TruncateScopes, count);
  mirror_.scopes.resize(count);
}

void StepChanges::putFrame(std::size_t index, FrameView&& frame) {
  ByteWriter writer = out();
  codec_.putFrame(writer, index, frame);
  edit::putFrame(mirror_, index, std::move(frame));
}

void StepChanges::moveFrame(std::size_t index, const SourcePosition& position) {
  ByteWriter writer = out();
  codec_.moveFrame(writer, index, position);
  mirror_.frames[index].position = position;
}

void StepChanges::moveFrameToStep(std::size_t index, const SourcePosition& stepStart) {
  ByteWriter writer = out();
  codec_.moveFrameToStep(writer, index);
  mirror_.frames[index].position = stepStart;
}

void StepChanges::truncateFrames(std::size_t count) {
  ByteWriter writer = out();
  codec_.truncate(writer, Change::TruncateFrames, count);
  mirror_.frames.resize(count);
}

void StepChanges::setSuspended(std::vector<SuspendedFrame>&& suspended) {
  ByteWriter writer = out();
  codec_.setSuspended(writer, suspended);
  mirror_.suspended = std::move(suspended);
}

void StepChanges::setTimers(std::vector<TimerView>&& timers) {
  ByteWriter writer = out();
  codec_.setTimers(writer, timers);
  mirror_.timers = std::move(timers);
}

void StepChanges::setTasks(std::vector<JobView>&& tasks) {
  ByteWriter writer = out();
  codec_.setJobs(writer, Change::SetTasks, tasks);
  mirror_.tasks = std::move(tasks);
}

void StepChanges::setMicrotasks(std::vector<JobView>&& microtasks) {
  ByteWriter writer = out();
  codec_.setJobs(writer, Change::SetMicrotasks, microtasks);
  mirror_.microtasks = std::move(microtasks);
}

void StepChanges::setKept(std::vector<ObjectId>&& kept) {
  ByteWriter writer = out();
  codec_.setKept(writer, kept);
  mirror_.kept = std::move(kept);
}

void StepChanges::setClock(double clock) {
  ByteWriter writer = out();
  codec_.setClock(writer, clock);
  mirror_.clock = clock;
}

void StepChanges::setConsoleLines(std::size_t lines) {
  ByteWriter writer = out();
  codec_.setConsoleLines(writer, lines);
  mirror_.consoleLines = lines;
}

}  // namespace reachable
