#include "timeline/StateCodec.h"

#include "timeline/StateEdits.h"

#include <algorithm>
#include <charconv>
#include <utility>

namespace reachable {

namespace {

enum class ValueTag : std::uint8_t { Text, Object, Integer };

// Whether `text` is how a number prints an integer that a varint round-trips:
// "0", "-12", "1000000", but not "-0", "1e+21" or "007".
bool isIntegerText(std::string_view text, std::int64_t& value) {
  if (text.empty() || text.size() > 16 || (text[0] != '-' && (text[0] < '0' || text[0] > '9'))) return false;
  std::size_t digits = text[0] == '-' ? 1 : 0;
  if (digits == text.size() || (text[digits] == '0' && text.size() > digits + 1) || text == "-0") return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// An integer's digits, into a string that may already have room.
void assignInteger(std::string& text, std::int64_t value) {
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  text.assign(digits, end);
}

}  // namespace

// A text that is a small count (an element's index) is written as the number, odd;
// any other as its number in the string table, even.
void StateCodec::writeText(ByteWriter& out, std::string_view text) {
  std::int64_t number = 0;
  if (isIntegerText(text, number) && number >= 0) {
    out.varint((static_cast<std::uint64_t>(number) << 1) | 1);
  } else {
    out.varint(std::uint64_t{strings_.intern(text)} << 1);
  }
}

std::string StateCodec::readText(ByteReader& in) const {
  std::string text;
  readText(in, text);
  return text;
}

// Into a string that may already have room: reading a state makes millions of them.
void StateCodec::readText(ByteReader& in, std::string& text) const {
  std::uint64_t code = in.varint();
  if (code & 1) return assignInteger(text, static_cast<std::int64_t>(code >> 1));
  text = strings_.at(static_cast<std::uint32_t>(code >> 1));
}

void StateCodec::writeValue(ByteWriter& out, const ValueView& value) {
  std::int64_t integer = 0;
  if (value.target != kNoObject) {
    out.byte(static_cast<std::uint8_t>(ValueTag::Object));
    out.varint(value.target);
    writeText(out, value.text);
  } else if (isIntegerText(value.text, integer)) {
    out.byte(static_cast<std::uint8_t>(ValueTag::Integer));
    out.signedVarint(integer);
  } else {
    out.byte(static_cast<std::uint8_t>(ValueTag::Text));
    writeText(out, value.text);
  }
}

ValueView StateCodec::readValue(ByteReader& in) const {
  ValueView v;
  readValue(in, v);
  return v;
}

void StateCodec::readValue(ByteReader& in, ValueView& v) const {
  switch (static_cast<ValueTag>(in.byte())) {
    case ValueTag::Object:
      v.target = static_cast<ObjectId>(in.varint());
      return readText(in, v.text);
    case ValueTag::Integer:
      v.target = kNoObject;
      return assignInteger(v.text, in.signedVarint());
    case ValueTag::Text: break;
  }
  v.target = kNoObject;
  readText(in, v.text);
}

// A title that counts ("Array(3)", "Map(12)") is written as its words and its
// count, so that a growing collection does not add a string per step.
void StateCodec::writeTitle(ByteWriter& out, const std::string& title) {
  const std::string_view text = title;
  std::size_t open = text.rfind('(');
  std::int64_t count = 0;
  if (open != std::string::npos && text.back() == ')' &&
      isIntegerText(text.substr(open + 1, text.size() - open - 2), count) && count >= 0) {
    writeText(out, text.substr(0, open));
    out.varint(static_cast<std::uint64_t>(count) + 1);
  } else {
    writeText(out, title);
    out.varint(0);
  }
}

std::string StateCodec::readTitle(ByteReader& in) const {
  std::string title = readText(in);
  std::uint64_t count = in.varint();
  if (count == 0) return title;
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, count - 1).ptr;
  title += '(';
  title.append(digits, end);
  title += ')';
  return title;
}

void StateCodec::writeRow(ByteWriter& out, const Row& row) {
  out.byte(static_cast<std::uint8_t>((row.key ? 1 : 0) | (row.internal ? 2 : 0) |
                                     (static_cast<int>(row.keyStrength) << 2) |
                                     (static_cast<int>(row.valueStrength) << 4)));
  writeText(out, row.name);
  if (row.key) writeValue(out, *row.key);
  writeValue(out, row.value);
}

void StateCodec::readRow(ByteReader& in, Row& row) const {
  std::uint8_t flags = in.byte();
  row.internal = flags & 2;
  row.keyStrength = static_cast<Strength>((flags >> 2) & 3);
  row.valueStrength = static_cast<Strength>((flags >> 4) & 3);
  readText(in, row.name);
  if (flags & 1) {
    if (!row.key) row.key.emplace();
    readValue(in, *row.key);
  } else {
    row.key.reset();
  }
  readValue(in, row.value);
}

void StateCodec::writePosition(ByteWriter& out, const SourcePosition& position) {
  out.varint(position.line);
  out.varint(position.column);
  out.varint(position.offset);
}

SourcePosition StateCodec::readPosition(ByteReader& in) const {
  SourcePosition p;
  p.line = static_cast<std::uint32_t>(in.varint());
  p.column = static_cast<std::uint32_t>(in.varint());
  p.offset = static_cast<std::uint32_t>(in.varint());
  return p;
}

// All of an object but its id: its kind and flags in one byte, its title, label and
// size, where it was made (a line and column: a card shows no more), its rows.
void StateCodec::writeObjectBody(ByteWriter& out, const ObjectView& object) {
  static_assert(static_cast<int>(CellKind::AccessorPair) < 64, "a kind fits in six bits");
  out.byte(static_cast<std::uint8_t>(static_cast<int>(object.kind) | (object.site ? 0x40 : 0) |
                                     (object.madeByEngine ? 0x80 : 0)));
  writeTitle(out, object.title);
  writeText(out, object.label);
  out.varint(object.bytes);
  if (object.site) {
    out.varint(object.site->line);
    out.varint(object.site->column);
  }
  out.varint(object.rows.size());
  for (const Row& row : object.rows) writeRow(out, row);
}

ObjectView StateCodec::readObject(ByteReader& in) const {
  ObjectView o;
  readObject(in, o);
  return o;
}

void StateCodec::readObject(ByteReader& in, ObjectView& o) const {
  o.id = static_cast<ObjectId>(in.varint());
  readObjectBody(in, o);
}

void StateCodec::readObjectBody(ByteReader& in, ObjectView& o) const {
  const std::uint8_t kindAndFlags = in.byte();
  o.kind = static_cast<CellKind>(kindAndFlags & 0x3F);
  o.madeByEngine = kindAndFlags & 0x80;
  o.title = readTitle(in);
  readText(in, o.label);
  o.bytes = static_cast<std::uint32_t>(in.varint());
  if (kindAndFlags & 0x40) {
    SourcePosition site;
    site.line = static_cast<std::uint32_t>(in.varint());
    site.column = static_cast<std::uint32_t>(in.varint());
    o.site = site;
  } else {
    o.site.reset();
  }
  o.rows.resize(in.varint());
  for (Row& row : o.rows) readRow(in, row);
}

void StateCodec::writeVariable(ByteWriter& out, const Variable& variable) {
  out.byte(static_cast<std::uint8_t>((variable.uninitialized ? 1 : 0) | (variable.hidden ? 2 : 0)));
  writeText(out, variable.name);
  writeValue(out, variable.value);
}

Variable StateCodec::readVariable(ByteReader& in) const {
  std::uint8_t flags = in.byte();
  Variable v;
  v.uninitialized = flags & 1;
  v.hidden = flags & 2;
  v.name = readText(in);
  v.value = readValue(in);
  return v;
}

void StateCodec::writeScope(ByteWriter& out, const RootScope& scope) {
  out.byte(static_cast<std::uint8_t>(scope.kind));
  writeText(out, scope.name);
  out.signedVarint(scope.frame);
  out.varint(scope.variables.size());
  for (const Variable& v : scope.variables) writeVariable(out, v);
}

RootScope StateCodec::readScope(ByteReader& in) const {
  RootScope s;
  s.kind = static_cast<RootScopeKind>(in.byte());
  s.name = readText(in);
  s.frame = static_cast<int>(in.signedVarint());
  s.variables.resize(in.varint());
  for (Variable& v : s.variables) v = readVariable(in);
  return s;
}

void StateCodec::writeFrame(ByteWriter& out, const FrameView& frame) {
  writeText(out, frame.function);
  writePosition(out, frame.position);
  out.signedVarint(frame.scope);
}

FrameView StateCodec::readFrame(ByteReader& in) const {
  FrameView f;
  f.function = readText(in);
  f.position = readPosition(in);
  f.scope = static_cast<int>(in.signedVarint());
  return f;
}

void StateCodec::writeJobs(ByteWriter& out, const std::vector<JobView>& jobs) {
  out.varint(jobs.size());
  for (const JobView& job : jobs) {
    writeText(out, job.description);
    writeValue(out, job.target);
  }
}

std::vector<JobView> StateCodec::readJobs(ByteReader& in) const {
  std::vector<JobView> jobs(in.varint());
  for (JobView& job : jobs) {
    job.description = readText(in);
    job.target = readValue(in);
  }
  return jobs;
}

// A state's objects are in the order of their ids, each written as how far its id is
// past the last one's, then its body.
void StateCodec::writeState(ByteWriter& out, const HeapState& state, ObjectEncodings& encodings) {
  out.varint(state.step);
  out.varint(state.objects.size());
  ObjectId last = 0;
  for (const ObjectView& o : state.objects) {
    out.varint(o.id - std::exchange(last, o.id));
    if (const auto* bytes = encodings.find(o.id)) {
      out.bytes(*bytes);
      continue;
    }
    const std::size_t start = out.size();
    writeObjectBody(out, o);
    encodings.keep(o.id, out.since(start));
  }
  writeStateAfterObjects(out, state);
}

void StateCodec::writeStateAfterObjects(ByteWriter& out, const HeapState& state) {
  out.varint(state.scopes.size());
  for (const RootScope& s : state.scopes) writeScope(out, s);
  out.varint(state.frames.size());
  for (const FrameView& f : state.frames) writeFrame(out, f);
  setSuspended(out, state.suspended);
  setTimers(out, state.timers);
  setJobs(out, Change::SetTasks, state.tasks);
  setJobs(out, Change::SetMicrotasks, state.microtasks);
  setKept(out, state.kept);
  out.f64(state.clock);
  out.varint(state.consoleLines);
}

HeapState StateCodec::readState(ByteReader& in) const {
  HeapState state;
  state.step = in.varint();
  const auto objects = in.varint();
  // Room for the objects a replay from here adds, so that its first does not move
  // every object the state holds.
  state.objects.reserve(objects + objects / 4 + 16);
  state.objects.resize(objects);
  ObjectId last = 0;
  for (ObjectView& o : state.objects) {
    o.id = last += static_cast<ObjectId>(in.varint());
    readObjectBody(in, o);
    state.bytes += o.bytes;
  }
  state.scopes.resize(in.varint());
  for (RootScope& s : state.scopes) s = readScope(in);
  state.frames.resize(in.varint());
  for (FrameView& f : state.frames) f = readFrame(in);
  // The lists below are written as the changes that set them, kind byte included.
  for (int i = 0; i < 5; ++i) apply(in, state);
  state.clock = in.f64();
  state.consoleLines = in.varint();
  return state;
}

std::size_t StateCodec::putObject(ByteWriter& out, const ObjectView& object) {
  out.byte(static_cast<std::uint8_t>(Change::PutObject));
  out.varint(object.id);
  const std::size_t body = out.size();
  writeObjectBody(out, object);
  return body;
}

void StateCodec::setHeader(ByteWriter& out, ObjectId id, const std::string& title, std::uint32_t bytes) {
  out.byte(static_cast<std::uint8_t>(Change::SetHeader));
  out.varint(id);
  writeTitle(out, title);
  out.varint(bytes);
}

void StateCodec::patchRows(ByteWriter& out, ObjectId id, std::size_t rowCount, std::span<const std::uint32_t> changed,
                           std::span<const Row> rows) {
  out.byte(static_cast<std::uint8_t>(Change::PatchRows));
  out.varint(id);
  out.varint(rowCount);
  out.varint(changed.size());
  for (std::size_t k = 0; k < changed.size(); ++k) {
    out.varint(changed[k]);
    writeRow(out, rows[k]);
  }
}

void StateCodec::spliceRows(ByteWriter& out, ObjectId id, std::size_t at, std::size_t removed, std::size_t elements,
                            std::span<const Row> inserted) {
  out.byte(static_cast<std::uint8_t>(Change::SpliceRows));
  out.varint(id);
  out.varint(at);
  out.varint(removed);
  out.varint(elements);
  out.varint(inserted.size());
  for (const Row& row : inserted) writeRow(out, row);
}

void StateCodec::removeObjects(ByteWriter& out, std::span<const ObjectId> ids) {
  out.byte(static_cast<std::uint8_t>(Change::RemoveObjects));
  out.varint(ids.size());
  for (ObjectId id : ids) out.varint(id);
}

void StateCodec::putScope(ByteWriter& out, std::size_t index, const RootScope& scope) {
  out.byte(static_cast<std::uint8_t>(Change::PutScope));
  out.varint(index);
  writeScope(out, scope);
}

// The variable's name stays: only its value and flags are written.
void StateCodec::setVariable(ByteWriter& out, std::size_t scope, std::size_t index, const Variable& variable) {
  out.byte(static_cast<std::uint8_t>(Change::SetVariable));
  out.varint(scope);
  out.varint(index);
  out.byte(static_cast<std::uint8_t>((variable.uninitialized ? 1 : 0) | (variable.hidden ? 2 : 0)));
  writeValue(out, variable.value);
}

void StateCodec::truncate(ByteWriter& out, Change change, std::size_t count) {
  out.byte(static_cast<std::uint8_t>(change));
  out.varint(count);
}

void StateCodec::putFrame(ByteWriter& out, std::size_t index, const FrameView& frame) {
  out.byte(static_cast<std::uint8_t>(Change::PutFrame));
  out.varint(index);
  writeFrame(out, frame);
}

void StateCodec::moveFrame(ByteWriter& out, std::size_t index, const SourcePosition& position) {
  out.byte(static_cast<std::uint8_t>(Change::MoveFrame));
  out.varint(index);
  writePosition(out, position);
}

void StateCodec::moveFrameToStep(ByteWriter& out, std::size_t index) {
  out.byte(static_cast<std::uint8_t>(Change::MoveFrameToStep));
  out.varint(index);
}

void StateCodec::setSuspended(ByteWriter& out, const std::vector<SuspendedFrame>& suspended) {
  out.byte(static_cast<std::uint8_t>(Change::SetSuspended));
  out.varint(suspended.size());
  for (const SuspendedFrame& s : suspended) {
    writeText(out, s.function);
    writePosition(out, s.position);
    out.varint(s.frame);
    out.byte((s.module ? 1 : 0) | (s.generator ? 2 : 0));
  }
}

void StateCodec::setTimers(ByteWriter& out, const std::vector<TimerView>& timers) {
  out.byte(static_cast<std::uint8_t>(Change::SetTimers));
  out.varint(timers.size());
  for (const TimerView& t : timers) {
    out.varint(t.id);
    out.f64(t.due);
    out.byte(t.repeat ? 1 : 0);
    writeValue(out, t.callback);
  }
}

void StateCodec::setJobs(ByteWriter& out, Change change, const std::vector<JobView>& jobs) {
  out.byte(static_cast<std::uint8_t>(change));
  writeJobs(out, jobs);
}

void StateCodec::setKept(ByteWriter& out, const std::vector<ObjectId>& kept) {
  out.byte(static_cast<std::uint8_t>(Change::SetKept));
  out.varint(kept.size());
  for (ObjectId id : kept) out.varint(id);
}

void StateCodec::setClock(ByteWriter& out, double clock) {
  out.byte(static_cast<std::uint8_t>(Change::SetClock));
  out.f64(clock);
}

void StateCodec::setConsoleLines(ByteWriter& out, std::size_t lines) {
  out.byte(static_cast<std::uint8_t>(Change::SetConsoleLines));
  out.varint(lines);
}

void StateCodec::apply(ByteReader& in, HeapState& state, const SourcePosition* stepStart) const {
  switch (static_cast<Change>(in.byte())) {
    case Change::PutObject: edit::putObject(state, readObject(in)); return;
    case Change::SetHeader: {
      auto id = static_cast<ObjectId>(in.varint());
      std::string title = readTitle(in);
      edit::setHeader(state, id, std::move(title), static_cast<std::uint32_t>(in.varint()));
      return;
    }
    case Change::PatchRows: {
      auto id = static_cast<ObjectId>(in.varint());
      auto rowCount = in.varint();
      std::vector<std::uint32_t> changed(in.varint());
      std::vector<Row> rows(changed.size());
      for (std::size_t k = 0; k < changed.size(); ++k) {
        changed[k] = static_cast<std::uint32_t>(in.varint());
        readRow(in, rows[k]);
      }
      edit::patchRows(state, id, rowCount, changed, rows);
      return;
    }
    case Change::RemoveObjects: {
      std::vector<ObjectId> ids(in.varint());
      for (ObjectId& id : ids) id = static_cast<ObjectId>(in.varint());
      std::sort(ids.begin(), ids.end());
      edit::removeObjects(state, ids);
      return;
    }
    case Change::PutScope: {
      auto index = in.varint();
      edit::putScope(state, index, readScope(in));
      return;
    }
    case Change::SetVariable: {
      auto scope = in.varint();
      auto index = in.varint();
      Variable variable;
      std::uint8_t flags = in.byte();
      variable.uninitialized = flags & 1;
      variable.hidden = flags & 2;
      readValue(in, variable.value);
      edit::setVariable(state, scope, index, variable);
      return;
    }
    case Change::TruncateScopes: state.scopes.resize(in.varint()); return;
    case Change::PutFrame: {
      auto index = in.varint();
      edit::putFrame(state, index, readFrame(in));
      return;
    }
    case Change::TruncateFrames: state.frames.resize(in.varint()); return;
    case Change::MoveFrame: {
      auto index = in.varint();
      state.frames[index].position = readPosition(in);
      return;
    }
    case Change::MoveFrameToStep: state.frames[in.varint()].position = *stepStart; return;
    case Change::SpliceRows: {
      auto id = static_cast<ObjectId>(in.varint());
      auto at = in.varint();
      auto removed = in.varint();
      auto elements = in.varint();
      std::vector<Row> inserted(in.varint());
      for (Row& row : inserted) readRow(in, row);
      edit::spliceRows(state, id, at, removed, elements, inserted);
      return;
    }
    case Change::SetSuspended: {
      state.suspended.resize(in.varint());
      for (SuspendedFrame& s : state.suspended) {
        s.function = readText(in);
        s.position = readPosition(in);
        s.frame = static_cast<ObjectId>(in.varint());
        const std::uint8_t flags = in.byte();
        s.module = (flags & 1) != 0;
        s.generator = (flags & 2) != 0;
      }
      return;
    }
    case Change::SetTimers: {
      state.timers.resize(in.varint());
      for (TimerView& t : state.timers) {
        t.id = static_cast<std::uint32_t>(in.varint());
        t.due = in.f64();
        t.repeat = in.byte() != 0;
        t.callback = readValue(in);
      }
      return;
    }
    case Change::SetTasks: state.tasks = readJobs(in); return;
    case Change::SetMicrotasks: state.microtasks = readJobs(in); return;
    case Change::SetKept: {
      state.kept.resize(in.varint());
      for (ObjectId& id : state.kept) id = static_cast<ObjectId>(in.varint());
      return;
    }
    case Change::SetClock: state.clock = in.f64(); return;
    case Change::SetConsoleLines: state.consoleLines = in.varint(); return;
  }
}

}  // namespace reachable
