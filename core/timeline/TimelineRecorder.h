#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include "engine/Compiler.h"
#include "engine/Engine.h"
#include "engine/StepStream.h"
#include "timeline/InputSignature.h"
#include "timeline/StateCodec.h"
#include "timeline/StepChanges.h"
#include "timeline/Timeline.h"
#include "timeline/TimelineData.h"
#include "timeline/ViewBuilder.h"

namespace reachable {

// Records a run into a Timeline as the step stream hands on its steps. At each step
// boundary it looks only at what changed: the cells the write barrier logged, the
// frames above the deepest one that ran, the queues; and it writes the difference
// from the state it recorded last.
class TimelineRecorder final : public StepSink {
  // Collects the values of a root walk.
  class ValueList final : public RootVisitor {
   public:
    void visitRoot(RootRef, Value value) override { values.push_back(value); }
    std::vector<Value> values;
  };

 public:
  // Starts recording: cells made from now on are the program's.
  TimelineRecorder(Engine& engine, const CompiledProgram& program, Timeline& timeline,
                   std::span<const ObjectLabel> labels = {});
  ~TimelineRecorder();

  void step(const StepRecord& step) override;
  void checkEachStep(std::function<bool(std::uint64_t, const HeapState&)> check) { check_ = std::move(check); }
  void collectionRecorded(const CollectionRecord& record) override;

  // For tests: the state as a fresh look at the whole engine finds it, with no
  // reliance on the write barrier.
  HeapState fullState();

 private:
  struct Slot {
    const std::string* name = nullptr;  // null: an engine temporary
    std::uint64_t bits = 0;             // 0 for a hidden slot that holds no object of the view
    std::uint32_t serial = 0;
    bool hidden = false;  // its variable is one the view does not show
    // What the slot held when last read: the same again shows the same.
    std::uint64_t held = 0;
    // Whether the view shows the two alike.
    bool operator==(const Slot& other) const {
      return name == other.name && bits == other.bits && serial == other.serial && hidden == other.hidden;
    }
  };
  struct FrameRecord {
    std::uint64_t serial = 0;
    std::vector<Slot> slots;  // its locals, its contexts' variables, then the rest
    std::vector<CellId> contexts;  // the contexts whose variables are this frame's
    std::uint32_t locals = 0;
    std::uint32_t contextSlots = 0;
  };
  // The cells a collection changed, kept from its record until its steps are handed on.
  struct PendingCollection {
    std::vector<CellId> changedByClearing;
    std::vector<CellId> sweptCells;
  };

  void recordChanges(StepKind kind);
  void recordWrites(std::vector<CellId>& dirtyContexts);
  void recordObject(const HeapCell& cell, const WriteLog::Entry& written);
  bool recordSplice(const HeapCell& cell, const ObjectView& previous, const WriteLog::Splice& splice);
  bool recordElements(const HeapCell& cell, const ObjectView& previous, const WriteLog::Entry& written);
  void patchRows(const ObjectView& previous, std::size_t first, std::size_t rowCount, std::vector<Row>& now);
  void recordFrames(const std::vector<CellId>& dirtyContexts);
  void recordFramePosition(std::size_t index, const SourcePosition& position);
  void recordHostScopes();
  void recordQueues();
  void readHostRoots();
  std::array<RootScope, 3> hostScopes(bool readGlobalObject);
  bool queueInputsChanged();
  HeapState queues() const;
  void recordSweep();
  // Reads a frame's slots and their values; the scope gets its name, not yet its
  // variables (made only for the slots that changed).
  FrameRecord readFrame(std::size_t index, RootScope& scope, FrameView& view, std::vector<Value>& values);
  // Re-reads a frame recorded at the last step by what changed in it: the locals the
  // interpreter logged, the variables of its contexts that were written, its
  // temporaries. False, writing nothing, when the frame is another or its layout
  // moved: then it is read whole.
  bool recordFrameChanges(std::size_t index, FrameRecord& record, const std::vector<CellId>& dirtyContexts);
  void frameContexts(std::size_t index, std::vector<CellId>& contexts) const;
  FrameView frameView(std::size_t index) const;
  Slot slot(const std::string* name, Value value) const;
  // The slot `last` reads as once it holds `value`.
  Slot slotHolding(const Slot& last, Value value) const;
  // The innermost frame, when it is the one that ran the step, is at the statement
  // that ran; any other frame is at the statement it runs next (its call).
  SourcePosition framePosition(std::size_t index) const;
  Variable variable(const Slot& slot, Value value) const;
  Variable namedVariable(const Slot& slot, Value value) const;
  void writeRecord(const StepHeader& header);
  void maybeCheckpoint();
  std::uint64_t rangeNumber(const std::optional<SourceRange>& range);
  void writeEvent(ByteWriter& out, const StepEvent& event);
  ObjectId objectAt(CellId id) const { return id < serialOfCell_.size() ? serialOfCell_[id] : kNoObject; }
  std::vector<Variable> globalObjectVariables();

  Engine& engine_;
  Timeline::Data& data_;
  ViewBuilder builder_;
  StateCodec codec_;
  ObjectEncodings encodings_;
  HeapState mirror_;  // the state after the last step recorded, as far as this step's changes
  StepChanges changes_;
  std::vector<ObjectId> serialOfCell_;
  std::vector<FrameRecord> frames_;
  std::optional<PendingCollection> collection_;
  std::unordered_map<std::uint64_t, std::uint64_t> rangeNumbers_;
  std::unordered_map<CellId, std::vector<Variable>> builtInsHolding_;
  std::array<RootScope, 3> hostScopes_;
  std::vector<CellId> asyncFrames_;  // parked frames of the view, live or resumed
  bool globalObjectWritten_ = true;
  std::size_t replaySinceCheckpoint_ = 0;  // replayCost of the records since the last checkpoint
  std::size_t lastCheckpointSize_ = 0;
  MemoryPoint memory_;
  std::function<bool(std::uint64_t, const HeapState&)> check_;  // dropped once it returns false
  std::optional<SourceRange> stepRange_;  // of the step being recorded
  // Kept from step to step so that a step allocates nothing it need not.
  std::vector<WriteLog::Entry> written_;
  std::vector<std::uint8_t> events_;
  std::vector<std::uint8_t> headerBytes_;
  std::vector<Row> rows_;
  std::vector<Row> changedRows_;
  std::vector<std::uint32_t> changedIndices_;
  std::vector<CellId> contexts_;
  std::vector<Value> values_;
  ValueList builtInRoots_;
  ValueList eventLoopRoots_;
  InputSignature hostInputs_, lastHostInputs_;
  InputSignature queueInputs_, lastQueueInputs_;
  bool builtInsHoldingChanged_ = false;
  bool asyncFrameWritten_ = true;
  bool collectedSinceFramesRead_ = false;
  std::uint64_t stepFrame_ = 0;           // the frame on top as that step began
};

}  // namespace reachable
