#include "timeline/TimelineRecorder.h"

#include <algorithm>
#include <array>
#include <bit>

#include "engine/EventLoop.h"
#include "engine/Interpreter.h"
#include "heap/EdgeDescription.h"
#include "heap/Tracing.h"

namespace reachable {

namespace {

// A checkpoint is never taken closer than this to the last one, so that a run whose
// state is tiny does not pay a checkpoint's bookkeeping on every few steps.
constexpr std::size_t kMinimumCheckpointSpacing = 512;

// What replaying a record costs, in bytes of checkpoint read at the same cost: each
// change costs its dispatch on top of its bytes. (Under callgrind a checkpoint byte
// takes about 75 instructions to read, a record's byte about 55 to replay: bytes
// alone would under-count only records of many small changes.)
std::size_t replayCost(std::size_t bytes, std::uint64_t changes) { return bytes + changes; }

// Replaying from a checkpoint may cost this share of reading it (in tenths): a seek
// then costs at most about 1.8 readings of a state, wherever it lands.
constexpr std::size_t kReplayTenths = 8;

const std::string kNoName;
const std::string kGlobalScope = "<global>";

}  // namespace

TimelineRecorder::TimelineRecorder(Engine& engine, const CompiledProgram& program, Timeline& timeline,
                                   std::span<const ObjectLabel> labels)
    : engine_(engine),
      data_(*timeline.data_),
      builder_(engine, labels),
      codec_(data_.strings),
      changes_(codec_, mirror_, encodings_) {
  builder_.nameContexts(*program.module);
  engine.heap().writeLog().start();
  engine.interpreter().logLocalWrites(true);
  data_.checkpoints.push_back({});
  ByteWriter state(data_.states);
  codec_.writeState(state, mirror_, encodings_);
  lastCheckpointSize_ = data_.states.size();
}

TimelineRecorder::~TimelineRecorder() {
  engine_.interpreter().logLocalWrites(false);
  Heap& heap = engine_.heap();
  heap.writeLog().stop([&](CellId id) { return heap.find(id); });
}

// The cells the collection changed, for the changes its clear and sweep steps
// record; its events come with the steps themselves.
void TimelineRecorder::collectionRecorded(const CollectionRecord& record) {
  PendingCollection pending;
  for (const auto& c : record.clearedWeakRefs) pending.changedByClearing.push_back(c.weakRef);
  for (const auto& r : record.removedEntries) pending.changedByClearing.push_back(r.container);
  for (const auto& c : record.emptiedCells) pending.changedByClearing.push_back(c.registry);
  for (const auto& t : record.clearedTokens) pending.changedByClearing.push_back(t.registry);
  pending.sweptCells = record.swept;
  collection_ = std::move(pending);
  collectedSinceFramesRead_ = true;
}

void TimelineRecorder::step(const StepRecord& step) {
  const std::lock_guard appending(data_.mutex);  // readers may read the timeline while it is recorded
  if (data_.steps % Timeline::Data::kWaypointSpacing == 0) data_.waypoints.push_back({data_.stream.size(), memory_});
  const StepKind kind = step.kind;
  StepHeader header;
  header.kind = kind;
  header.range = rangeNumber(step.range);
  if (step.collection) header.collection = static_cast<std::uint8_t>(static_cast<int>(*step.collection) + 1);
  events_.clear();
  ByteWriter eventOut(events_);
  for (const StepEvent& e : step.events) {
    if (e.kind == StepEvent::Kind::Console) data_.console.push_back({step.number, e.text, e.toStandardError});
    writeEvent(eventOut, e);
  }
  changes_.clear();
  stepRange_ = kind == StepKind::Statement ? step.range : std::nullopt;
  recordChanges(kind);
  if (kind == StepKind::GcQueueCleanup) collection_.reset();
  header.objectsDelta = static_cast<std::int64_t>(mirror_.objects.size()) - memory_.objects;
  header.bytesDelta = static_cast<std::int64_t>(mirror_.bytes) - static_cast<std::int64_t>(memory_.bytes);
  memory_ = {static_cast<std::uint32_t>(mirror_.objects.size()), mirror_.bytes};
  writeRecord(header);
  maybeCheckpoint();
  bool innerPhase = kind == StepKind::GcMark || kind == StepKind::GcClear || kind == StepKind::GcSweep;
  if (check_ && !innerPhase && !check_(step.number, fullState())) check_ = nullptr;
  const auto& frames = engine_.interpreter().frames();
  stepFrame_ = frames.empty() ? 0 : frames.back().serial;
}

// What the step changed, by its kind: the phases of a collection change only what
// the collector did in that phase (the heap as the program left it is recorded
// once the collection is over).
void TimelineRecorder::recordChanges(StepKind kind) {
  if (kind == StepKind::GcMark && collection_) return;
  if (kind == StepKind::GcClear && collection_) {
    const WriteLog::Entry whole{0, WriteLog::kWhole, WriteLog::kToEnd, std::nullopt};
    for (CellId id : collection_->changedByClearing) recordObject(engine_.heap().get(id), whole);
    return;
  }
  if (kind == StepKind::GcSweep && collection_) {
    recordSweep();
    return;
  }
  std::vector<CellId> dirtyContexts;
  recordWrites(dirtyContexts);
  recordFrames(dirtyContexts);
  recordHostScopes();
  recordQueues();
  if (mirror_.consoleLines != data_.console.size()) {
    changes_.setConsoleLines(data_.console.size());
  }
}

void TimelineRecorder::recordSweep() {
  std::vector<ObjectId> gone;
  for (CellId id : collection_->sweptCells) {
    if (ObjectId object = objectAt(id)) {
      gone.push_back(object);
      serialOfCell_[id] = kNoObject;
    }
    std::erase(asyncFrames_, id);
    builtInsHoldingChanged_ = builtInsHolding_.erase(id) > 0 || builtInsHoldingChanged_;
  }
  if (gone.empty()) return;
  changes_.removeObjects(std::move(gone));
}

void TimelineRecorder::recordWrites(std::vector<CellId>& dirtyContexts) {
  Heap& heap = engine_.heap();
  heap.writeLog().take([&](CellId id) { return heap.find(id); }, written_);
  for (const WriteLog::Entry& entry : written_) {
    const HeapCell& cell = heap.get(entry.id);
    if (cell.kind == CellKind::AsyncFrame) asyncFrameWritten_ = true;
    if (builder_.isViewObject(cell)) {
      if (cell.kind == CellKind::Context) dirtyContexts.push_back(entry.id);
      recordObject(cell, entry);
      continue;
    }
    // A card that stopped being one (a parked frame that resumed) leaves the view.
    if (objectAt(entry.id) == cell.serial) {
      changes_.removeObjects({cell.serial});
      serialOfCell_[entry.id] = kNoObject;
      continue;
    }
    if (!isObjectKind(cell.kind)) continue;
    // A built-in written by the program: what it now holds of the program's is a root.
    if (cell.id == engine_.intrinsic(Intrinsic::GlobalObject)) {
      globalObjectWritten_ = true;
      continue;
    }
    std::vector<Variable> held;
    traceCell(cell, [&](const Edge& edge) {
      if (builder_.isViewObject(edge.target)) {
        held.push_back({describeEdge(heap, cell.id, edge.name), builder_.value(edge.target), false, true});
      }
    });
    if (held.empty()) {
      builtInsHolding_.erase(cell.id);
    } else {
      builtInsHolding_[cell.id] = std::move(held);
    }
    builtInsHoldingChanged_ = true;
  }
}

// Writes how a card differs from the one recorded: all of it when new, else its
// header and the rows that changed.
void TimelineRecorder::recordObject(const HeapCell& cell, const WriteLog::Entry& written) {
  const ObjectView* previous = mirror_.find(cell.serial);
  if (!previous) {
    if (cell.id >= serialOfCell_.size()) serialOfCell_.resize(cell.id + 1, kNoObject);
    serialOfCell_[cell.id] = cell.serial;
    if (cell.kind == CellKind::AsyncFrame) asyncFrames_.push_back(cell.id);
    changes_.putObject(builder_.object(cell));
    return;
  }
  WriteLog::Entry rest = written;
  if (written.splice && !recordSplice(cell, *previous, *written.splice)) {
    rest.elementsFrom = std::min(rest.elementsFrom, written.splice->at);
    rest.elementsTo = WriteLog::kToEnd;
  }
  if (rest.elementsFrom > rest.elementsTo) return;  // the splice was all
  if (rest.elementsTo != WriteLog::kToEnd && recordElements(cell, *previous, rest)) return;
  std::uint32_t first = 0;
  std::optional<ObjectView> now;
  if (!rest.whole()) now = builder_.objectFromElement(cell, rest.elementsFrom, first);
  if (!now || first > previous->rows.size()) {
    first = 0;
    now = builder_.object(cell);
  }
  if (now->label != previous->label || now->site != previous->site || now->madeByEngine != previous->madeByEngine) {
    changes_.putObject(first > 0 ? builder_.object(cell) : std::move(*now));
    return;
  }
  if (now->title != previous->title || now->bytes != previous->bytes) {
    changes_.setHeader(now->id, now->title, now->bytes);
  }
  patchRows(*previous, first, first + now->rows.size(), now->rows);
}

// Elements moved as a whole (shift, unshift, splice): the rows after them move along
// instead of each being written again, which for a queue kept in an array would be
// every row at every step. False, writing nothing, for a card whose rows are not its
// elements.
bool TimelineRecorder::recordSplice(const HeapCell& cell, const ObjectView& previous,
                                    const WriteLog::Splice& splice) {
  if (cell.kind != CellKind::Array || splice.at + splice.removed > previous.rows.size()) return false;
  rows_.clear();
  builder_.elementRows(cell, splice.at, splice.at + splice.inserted, rows_);
  if (rows_.size() != splice.inserted) return false;
  std::string title = builder_.title(cell);
  if (title != previous.title || cell.accountedBytes != previous.bytes) {
    changes_.setHeader(previous.id, std::move(title), cell.accountedBytes);
  }
  // The element rows are named by index: those after the splice are renamed as they move.
  changes_.spliceRows(previous.id, splice.at, splice.removed, static_cast<const JSObject&>(cell).elements.size(),
                      rows_);
  return true;
}

// Elements (entries) overwritten in place: only their rows can differ, and the size.
// False, writing nothing, when the card has no such rows (another kind of object).
bool TimelineRecorder::recordElements(const HeapCell& cell, const ObjectView& previous,
                                      const WriteLog::Entry& written) {
  if (!builder_.hasElementRows(cell)) return false;
  rows_.clear();
  std::uint32_t first = builder_.elementRows(cell, written.elementsFrom, written.elementsTo, rows_);
  if (first + rows_.size() > previous.rows.size()) return false;
  if (cell.accountedBytes != previous.bytes) {
    changes_.setHeader(previous.id, previous.title, cell.accountedBytes);
  }
  patchRows(previous, first, previous.rows.size(), rows_);
  return true;
}

// Patches the rows from `first` on, given as `now`, to a card of `rowCount` rows.
void TimelineRecorder::patchRows(const ObjectView& previous, std::size_t first, std::size_t rowCount,
                                 std::vector<Row>& now) {
  changedRows_.clear();
  changedIndices_.clear();
  for (std::size_t i = first; i < first + now.size(); ++i) {
    if (i >= previous.rows.size() || previous.rows[i] != now[i - first]) {
      changedIndices_.push_back(static_cast<std::uint32_t>(i));
      changedRows_.push_back(std::move(now[i - first]));
    }
  }
  if (changedIndices_.empty() && rowCount == previous.rows.size()) return;
  changes_.patchRows(previous.id, rowCount, changedIndices_, changedRows_);
}

namespace {

// Temporaries have no name; `this` and new.target are the engine's names for what a
// frame holds, not variables the program declared.
bool isHidden(const std::string* name) {
  return !name || name->empty() || *name == "this" || *name == "new.target" || name->front() == '%';
}

}  // namespace

// A variable's value and flags, which is all a change of its value writes. A hidden
// one matters only for the object it holds (a root the view does not show): anything
// else it holds reads as nothing, so that the numbers passing through an engine
// temporary are not recorded at every step.
Variable TimelineRecorder::variable(const Slot& slot, Value value) const {
  Variable v;
  v.hidden = slot.hidden;
  if (v.hidden && !builder_.isViewObject(value)) return v;
  v.uninitialized = value.isUninitialized();
  v.value = builder_.value(value);
  return v;
}

Variable TimelineRecorder::namedVariable(const Slot& slot, Value value) const {
  Variable v = variable(slot, value);
  if (slot.name) v.name = *slot.name;
  return v;
}

TimelineRecorder::Slot TimelineRecorder::slot(const std::string* name, Value value) const {
  Slot named;
  named.name = name;
  named.hidden = isHidden(name);
  return slotHolding(named, value);
}

TimelineRecorder::Slot TimelineRecorder::slotHolding(const Slot& last, Value value) const {
  Slot now{last.name, 0, 0, last.hidden, value.bits()};
  if (last.hidden && !builder_.isViewObject(value)) return now;  // as variable() shows it
  now.bits = value.bits();
  now.serial = value.isCell() ? engine_.heap().get(value.asCell()).serial : 0;
  return now;
}

// The contexts a frame made (its captured variables), innermost first, up to the one
// its function closed over, into `contexts`.
void TimelineRecorder::frameContexts(std::size_t index, std::vector<CellId>& contexts) const {
  const Heap& heap = engine_.heap();
  const Frame& frame = engine_.interpreter().frames()[index];
  CellId closure = frame.callee.isObject() && heap.get(frame.callee.asCell()).kind == CellKind::Function
                       ? heap.as<JSFunction>(frame.callee).context
                       : kNoCell;
  contexts.clear();
  for (CellId c = frame.context; c != kNoCell && c != closure; c = heap.as<Context>(c).parent) contexts.push_back(c);
}

FrameView TimelineRecorder::frameView(std::size_t index) const {
  const FunctionCode& code = *engine_.interpreter().frames()[index].code;
  FrameView view;
  view.function = functionDisplayName(code);
  view.position = framePosition(index);
  view.scope = static_cast<int>(index);
  return view;
}

// A frame's variables: its named locals, the variables of the contexts it made
// (captured ones), and, hidden, its temporaries and the values it holds for the
// engine (callee, this, operands): roots all the same.
TimelineRecorder::FrameRecord TimelineRecorder::readFrame(std::size_t index, RootScope& scope, FrameView& view,
                                                          std::vector<Value>& values) {
  const Interpreter& interpreter = engine_.interpreter();
  const Heap& heap = engine_.heap();
  const Frame& frame = interpreter.frames()[index];
  const FunctionCode& code = *frame.code;
  FrameRecord record;
  record.serial = frame.serial;
  values.clear();
  auto add = [&](const std::string* name, Value v) {
    record.slots.push_back(slot(name, v));
    values.push_back(v);
  };
  interpreter.forEachValue(index, [&](Interpreter::FramePart part, std::uint32_t slot, Value v) {
    if (part == Interpreter::FramePart::Local) add(slot < code.localNames.size() ? &code.localNames[slot] : &kNoName, v);
  });
  record.locals = static_cast<std::uint32_t>(record.slots.size());
  frameContexts(index, record.contexts);
  for (CellId c : record.contexts) {
    const auto& context = heap.as<Context>(c);
    for (std::uint32_t i = 0; i < context.slots.size(); ++i) {
      add(context.slotNames && i < context.slotNames->size() ? &(*context.slotNames)[i] : &kNoName, context.slots[i]);
    }
  }
  record.contextSlots = static_cast<std::uint32_t>(record.slots.size()) - record.locals;
  interpreter.forEachTemporary(index, [&](Interpreter::FramePart, std::uint32_t, Value v) { add(nullptr, v); });

  bool module = code.kind == FunctionCode::Kind::Module;
  scope.kind = module ? RootScopeKind::Global : RootScopeKind::Function;
  scope.name = module ? kGlobalScope : functionDisplayName(code);
  scope.frame = static_cast<int>(index);
  scope.variables.clear();
  view = frameView(index);
  return record;
}

bool TimelineRecorder::recordFrameChanges(std::size_t index, FrameRecord& record,
                                          const std::vector<CellId>& dirtyContexts) {
  Interpreter& interpreter = engine_.interpreter();
  const Heap& heap = engine_.heap();
  const Frame& frame = interpreter.frames()[index];
  if (frame.serial != record.serial || frame.tooManyLocalsWritten || index >= mirror_.scopes.size()) return false;
  frameContexts(index, contexts_);
  if (contexts_ != record.contexts) return false;
  std::size_t contextSlots = 0;
  for (CellId c : record.contexts) contextSlots += heap.as<Context>(c).slots.size();
  std::vector<Value>& temporaries = values_;
  temporaries.clear();
  interpreter.forEachTemporary(index, [&](Interpreter::FramePart, std::uint32_t, Value v) { temporaries.push_back(v); });
  const std::size_t temporariesFrom = record.locals + record.contextSlots;
  if (contextSlots != record.contextSlots || temporariesFrom + temporaries.size() != record.slots.size()) return false;

  auto update = [&](std::size_t s, Value v) {
    Slot& last = record.slots[s];
    // With no collection since the frames were last read no cell was freed, so the
    // same bits are the same cell.
    if (!collectedSinceFramesRead_ && v.bits() == last.held) return;
    Slot now = slotHolding(last, v);
    if (!(now == last)) changes_.setVariable(index, s, variable(now, v));
    last = now;
  };
  for (std::uint32_t local : frame.localsWritten) {
    if (local < record.locals) update(local, frame.base[local]);
  }
  std::size_t s = record.locals;
  for (CellId c : record.contexts) {
    const auto& context = heap.as<Context>(c);
    if (std::find(dirtyContexts.begin(), dirtyContexts.end(), c) != dirtyContexts.end()) {
      for (std::size_t i = 0; i < context.slots.size(); ++i) update(s + i, context.slots[i]);
    }
    s += context.slots.size();
  }
  for (std::size_t i = 0; i < temporaries.size(); ++i) update(temporariesFrom + i, temporaries[i]);
  interpreter.forgetLocalWrites(index);
  return true;
}

SourcePosition TimelineRecorder::framePosition(std::size_t index) const {
  const auto& frames = engine_.interpreter().frames();
  const Frame& frame = frames[index];
  if (stepRange_ && index + 1 == frames.size() && frame.serial == stepFrame_) return stepRange_->start;
  const FunctionCode& code = *frame.code;
  return frame.statement < code.statements.size() ? code.statements[frame.statement].start : code.range.start;
}

void TimelineRecorder::recordFrames(const std::vector<CellId>& dirtyContexts) {
  const auto& frames = engine_.interpreter().frames();
  const std::size_t previousCount = frames_.size();
  std::size_t firstChanged = 0;
  while (firstChanged < frames.size() && firstChanged < frames_.size() &&
         frames[firstChanged].serial == frames_[firstChanged].serial) {
    ++firstChanged;
  }
  // The deepest frame still there from the last step may have run (it was on top,
  // or got control back when the frames above it returned), and so may any above it;
  // frames below it did not, unless a closure wrote a variable they keep in a context.
  std::size_t examineFrom = firstChanged > 0 ? firstChanged - 1 : 0;
  std::vector<FrameRecord> records(std::move(frames_));
  records.resize(frames.size());
  for (std::size_t i = 0; i < frames.size(); ++i) {
    bool examine = i >= examineFrom;
    for (CellId c : records[i].contexts) {
      examine = examine || std::find(dirtyContexts.begin(), dirtyContexts.end(), c) != dirtyContexts.end();
    }
    if (!examine) continue;
    FrameView view;
    if (i < previousCount && recordFrameChanges(i, records[i], dirtyContexts)) {
      // The same frame as at the last step: only where it is can have changed.
      if (i < mirror_.frames.size()) {
        recordFramePosition(i, framePosition(i));
        continue;
      }
      view = frameView(i);
    } else {
      RootScope scope;
      std::vector<Value> values;
      FrameRecord now = readFrame(i, scope, view, values);
      const bool known = i < previousCount && records[i].serial == now.serial && i < mirror_.scopes.size();
      bool sameLayout = known && records[i].slots.size() == now.slots.size();
      for (std::size_t s = 0; sameLayout && s < now.slots.size(); ++s) {
        sameLayout = records[i].slots[s].name == now.slots[s].name;
      }
      if (!sameLayout) {
        for (std::size_t s = 0; s < values.size(); ++s) scope.variables.push_back(namedVariable(now.slots[s], values[s]));
        changes_.putScope(i, std::move(scope));
      } else {
        // A slot that holds the same value (the same cell, for an object) shows the same.
        for (std::size_t s = 0; s < now.slots.size(); ++s) {
          if (records[i].slots[s] == now.slots[s]) continue;
          changes_.setVariable(i, s, variable(now.slots[s], values[s]));
        }
      }
      records[i] = std::move(now);
      engine_.interpreter().forgetLocalWrites(i);
    }
    if (i >= mirror_.frames.size() || mirror_.frames[i].function != view.function ||
        mirror_.frames[i].scope != view.scope) {
      changes_.putFrame(i, std::move(view));
    } else {
      recordFramePosition(i, view.position);
    }
  }
  frames_ = std::move(records);
  collectedSinceFramesRead_ = false;
  if (mirror_.frames.size() > frames.size()) {
    changes_.truncateFrames(frames.size());
  }
}

void TimelineRecorder::recordFramePosition(std::size_t index, const SourcePosition& position) {
  if (mirror_.frames[index].position == position) return;
  if (stepRange_ && position == stepRange_->start) {
    changes_.moveFrameToStep(index, position);  // the common case: the frame ran the step's statement
  } else {
    changes_.moveFrame(index, position);
  }
}

std::vector<Variable> TimelineRecorder::globalObjectVariables() {
  Heap& heap = engine_.heap();
  const auto& global = heap.as<JSObject>(engine_.intrinsic(Intrinsic::GlobalObject));
  std::vector<Variable> variables;
  for (std::uint32_t i = 0, n = global.properties.size(); i < n; ++i) {
    Value v = global.properties.value(i);
    if (!builder_.isViewObject(v)) continue;
    variables.push_back({describeKey(heap, global.properties.key(i)), builder_.value(v)});
  }
  return variables;
}

// The roots no frame holds, after the frames' scopes: what the program put on
// globalThis, what built-ins hold while they run or were given, and what the event
// loop's queues will run.
void TimelineRecorder::recordHostScopes() {
  const std::size_t first = engine_.interpreter().frames().size();
  readHostRoots();
  // Most steps change none of these roots: tell so from their values before building
  // the scopes to compare.
  const Heap& heap = engine_.heap();
  hostInputs_.clear();
  hostInputs_.add(first);
  for (Value v : builtInRoots_.values) hostInputs_.add(heap, v);
  for (Value v : eventLoopRoots_.values) hostInputs_.add(heap, v);
  for (Value v : heap.kept().values()) hostInputs_.add(heap, v);
  const bool written = globalObjectWritten_ || builtInsHoldingChanged_;
  if (hostInputs_.sameAs(lastHostInputs_) && !written) return;
  auto scopes = hostScopes(globalObjectWritten_);
  hostScopes_[0] = scopes[0];
  globalObjectWritten_ = false;
  builtInsHoldingChanged_ = false;
  for (std::size_t h = 0; h < 3; ++h) {
    if (first + h < mirror_.scopes.size() && mirror_.scopes[first + h] == scopes[h]) continue;
    changes_.putScope(first + h, std::move(scopes[h]));
  }
  if (mirror_.scopes.size() > first + 3) {
    changes_.truncateScopes(first + 3);
  }
}

void TimelineRecorder::readHostRoots() {
  builtInRoots_.values.clear();
  eventLoopRoots_.values.clear();
  engine_.interpreter().forEachHostRoot(builtInRoots_);
  engine_.eventLoop().forEachRoot(eventLoopRoots_);
}

// The host scopes from the roots readHostRoots read.
std::array<RootScope, 3> TimelineRecorder::hostScopes(bool readGlobalObject) {
  std::array<RootScope, 3> scopes;
  scopes[0].kind = scopes[1].kind = scopes[2].kind = RootScopeKind::Host;
  scopes[0].name = "globalThis";
  scopes[1].name = "built-ins";
  scopes[2].name = "event loop";
  scopes[0].variables = readGlobalObject ? globalObjectVariables() : hostScopes_[0].variables;
  for (Value v : builtInRoots_.values) {
    if (builder_.isViewObject(v)) scopes[1].variables.push_back({"", builder_.value(v), false, true});
  }
  for (const auto& [cell, held] : builtInsHolding_) {
    scopes[1].variables.insert(scopes[1].variables.end(), held.begin(), held.end());
  }
  for (Value v : engine_.heap().kept().values()) {
    if (builder_.isViewObject(v)) scopes[2].variables.push_back({"kept", builder_.value(v), false, true});
  }
  for (Value v : eventLoopRoots_.values) {
    if (builder_.isViewObject(v)) scopes[2].variables.push_back({"", builder_.value(v), false, true});
  }
  return scopes;
}

void TimelineRecorder::recordQueues() {
  if (!queueInputsChanged()) return;
  HeapState q = queues();
  // Each list is written whole when it differs: queues are short, and change rarely.
  if (q.timers != mirror_.timers) changes_.setTimers(std::move(q.timers));
  if (q.tasks != mirror_.tasks) changes_.setTasks(std::move(q.tasks));
  if (q.microtasks != mirror_.microtasks) changes_.setMicrotasks(std::move(q.microtasks));
  if (q.kept != mirror_.kept) changes_.setKept(std::move(q.kept));
  if (q.suspended != mirror_.suspended) changes_.setSuspended(std::move(q.suspended));
  if (q.clock != mirror_.clock) changes_.setClock(q.clock);
}

// Whether anything queues() reads may differ from the last step: the event loop's
// lists, the kept objects, the clock, or a parked frame (written when it parks or
// resumes).
bool TimelineRecorder::queueInputsChanged() {
  const EventLoop& loop = engine_.eventLoop();
  const Heap& heap = engine_.heap();
  queueInputs_.clear();
  for (const auto& [id, timer] : loop.timers()) {
    queueInputs_.add(id);
    queueInputs_.add(std::bit_cast<std::uint64_t>(timer.due));
    queueInputs_.add(timer.repeat);
    queueInputs_.add(heap, timer.callback);
  }
  queueInputs_.add(loop.tasks().size());
  for (const Task& task : loop.tasks()) {
    queueInputs_.add(static_cast<std::uint64_t>(task.kind));
    queueInputs_.add(task.timer);
    const HeapCell* registry = task.kind == Task::Kind::Cleanup ? heap.resolve(task.registry) : nullptr;
    queueInputs_.add(registry ? registry->serial : 0);
  }
  queueInputs_.add(loop.microtasks().size());
  for (const Job& job : loop.microtasks()) {
    queueInputs_.add(static_cast<std::uint64_t>(job.kind));
    queueInputs_.add(heap, job.handler);
    queueInputs_.add(heap, job.argument);
    queueInputs_.add(heap, job.derived);
  }
  for (Value v : heap.kept().values()) queueInputs_.add(heap, v);
  for (CellId id : asyncFrames_) queueInputs_.add(id);
  queueInputs_.add(std::bit_cast<std::uint64_t>(loop.now()));
  const bool parkedFrameWritten = asyncFrameWritten_;
  asyncFrameWritten_ = false;
  return !queueInputs_.sameAs(lastQueueInputs_) || parkedFrameWritten;
}

// The event loop's part of the state: timers, queues, kept objects, parked frames.
HeapState TimelineRecorder::queues() const {
  const EventLoop& loop = engine_.eventLoop();
  const Heap& heap = engine_.heap();
  std::vector<TimerView> timers;
  for (const auto& [id, timer] : loop.timers())
    timers.push_back({id, timer.due, timer.repeat, builder_.value(timer.callback)});
  std::stable_sort(timers.begin(), timers.end(), [](const TimerView& a, const TimerView& b) { return a.due < b.due; });
  std::vector<JobView> tasks;
  for (const Task& task : loop.tasks()) {
    if (task.kind == Task::Kind::Cleanup) {
      HeapCell* registry = heap.resolve(task.registry);
      tasks.push_back({"cleanup callbacks", registry ? builder_.value(Value::object(registry->id)) : ValueView{}});
    } else {
      auto timer = loop.timers().find(task.timer);
      tasks.push_back({"timer " + std::to_string(task.timer),
                       timer == loop.timers().end() ? ValueView{} : builder_.value(timer->second.callback)});
    }
  }
  std::vector<JobView> microtasks;
  for (const Job& job : loop.microtasks()) {
    switch (job.kind) {
      case Job::Kind::Reaction:
        microtasks.push_back(
            {"promise reaction", builder_.value(job.handler.isUndefined() ? job.derived : job.handler)});
        break;
      case Job::Kind::ResolveThenable: microtasks.push_back({"resolve thenable", builder_.value(job.argument)}); break;
      case Job::Kind::Callback: microtasks.push_back({"queueMicrotask callback", builder_.value(job.handler)}); break;
    }
  }
  std::vector<ObjectId> kept;
  for (Value v : heap.kept().values()) {
    if (builder_.isViewObject(v)) kept.push_back(heap.get(v.asCell()).serial);
  }
  HeapState q;
  for (CellId id : asyncFrames_) {
    const auto& frame = heap.as<AsyncFrame>(id);
    if (!frame.resumed) q.suspended.push_back(builder_.suspended(frame));
  }
  std::sort(q.suspended.begin(), q.suspended.end(),
            [](const SuspendedFrame& a, const SuspendedFrame& b) { return a.frame < b.frame; });
  q.timers = std::move(timers);
  q.tasks = std::move(tasks);
  q.microtasks = std::move(microtasks);
  q.kept = std::move(kept);
  q.clock = loop.now();
  return q;
}

// Writes the record straight into the stream: its length, then the header, the
// events and the changes.
void TimelineRecorder::writeRecord(const StepHeader& header) {
  std::vector<std::uint8_t>& stream = data_.stream;
  const std::size_t before = stream.size();
  headerBytes_.clear();
  ByteWriter out(headerBytes_);
  // The kind, why a collection ran, and which optional parts follow, in one byte: most
  // steps change no object count and have no events.
  const bool deltas = header.objectsDelta != 0 || header.bytesDelta != 0;
  out.byte(static_cast<std::uint8_t>(static_cast<int>(header.kind) | (header.collection << 4) | (deltas ? 0x40 : 0) |
                                     (events_.empty() ? 0 : 0x80)));
  out.varint(header.range);
  if (deltas) {
    out.signedVarint(header.objectsDelta);
    out.signedVarint(header.bytesDelta);
  }
  if (!events_.empty()) out.varint(events_.size());
  const std::size_t eventsAt = headerBytes_.size();
  out.varint(changes_.count());
  const auto changes = changes_.bytes();
  ByteWriter record(stream);
  record.varint(headerBytes_.size() + events_.size() + changes.size());
  stream.insert(stream.end(), headerBytes_.begin(), headerBytes_.begin() + static_cast<std::ptrdiff_t>(eventsAt));
  stream.insert(stream.end(), events_.begin(), events_.end());
  stream.insert(stream.end(), headerBytes_.begin() + static_cast<std::ptrdiff_t>(eventsAt), headerBytes_.end());
  stream.insert(stream.end(), changes.begin(), changes.end());
  replaySinceCheckpoint_ += replayCost(stream.size() - before, changes_.count());
  ++data_.steps;
}

void TimelineRecorder::maybeCheckpoint() {
  if (replaySinceCheckpoint_ * 10 < std::max(lastCheckpointSize_, kMinimumCheckpointSpacing) * kReplayTenths) return;
  Timeline::Data::Checkpoint checkpoint;
  checkpoint.applied = data_.steps;
  checkpoint.streamOffset = data_.stream.size();
  checkpoint.stateOffset = data_.states.size();
  checkpoint.memory = memory_;
  ByteWriter out(data_.states);
  codec_.writeState(out, mirror_, encodings_);
  lastCheckpointSize_ = data_.states.size() - checkpoint.stateOffset;
  data_.checkpoints.push_back(checkpoint);
  replaySinceCheckpoint_ = 0;
}

std::uint64_t TimelineRecorder::rangeNumber(const std::optional<SourceRange>& range) {
  if (!range) return 0;
  std::uint64_t key = (std::uint64_t{range->start.offset} << 32) | range->end.offset;
  auto [it, added] = rangeNumbers_.try_emplace(key, data_.ranges.size() + 1);
  if (added) data_.ranges.push_back(*range);
  return it->second;
}

void TimelineRecorder::writeEvent(ByteWriter& out, const StepEvent& event) {
  out.byte(static_cast<std::uint8_t>(event.kind));
  out.varint(event.object);
  out.varint(event.other);
  out.varint(data_.strings.intern(event.text));
  out.byte(event.toStandardError ? 1 : 0);
  out.varint(event.line);
}

HeapState TimelineRecorder::fullState() {
  HeapState state = queues();
  state.consoleLines = data_.console.size();
  Heap& heap = engine_.heap();
  const auto& frames = engine_.interpreter().frames();
  state.scopes.resize(frames.size());
  state.frames.resize(frames.size());
  std::vector<Value> values;
  for (std::size_t i = 0; i < frames.size(); ++i) {
    FrameRecord record = readFrame(i, state.scopes[i], state.frames[i], values);
    for (std::size_t s = 0; s < values.size(); ++s) {
      state.scopes[i].variables.push_back(namedVariable(record.slots[s], values[s]));
    }
  }
  readHostRoots();
  for (RootScope& scope : hostScopes(true)) state.scopes.push_back(std::move(scope));
  for (CellId id = 1; id < heap.idLimit(); ++id) {
    const HeapCell* cell = heap.find(id);
    if (!cell || !builder_.isViewObject(*cell)) continue;
    state.objects.push_back(builder_.object(*cell));
    state.bytes += cell->accountedBytes;
  }
  std::sort(state.objects.begin(), state.objects.end(),
            [](const ObjectView& a, const ObjectView& b) { return a.id < b.id; });
  return state;
}

}  // namespace reachable
