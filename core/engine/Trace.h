#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "heap/CollectionRecord.h"
#include "text/SourcePosition.h"

namespace reachable {

// Something that happened during a step: console output, or what the collector did
// to which cells.
struct TraceEvent {
  std::string type;  // "console", "marked", "cleared-weakref", "emptied-cell", "swept", …
  std::string text;  // console text, or the event in words
  std::vector<CellId> cells;
};

// One step of a run, as `reachable-cli trace` prints it and the timeline numbers it:
// a statement begun, a phase of a collection, or a turn of the event loop.
struct TraceStep {
  std::uint64_t number = 0;
  std::string kind;  // "start", "statement", "gc-mark", "gc-clear", "gc-sweep", "gc-queue-cleanup",
                     // "task-start", "task-end"
  std::optional<SourceRange> range;
  std::vector<TraceEvent> events;
};

class TraceSink {
 public:
  virtual void step(const TraceStep& step) = 0;
  // The whole record of a collection, as it ends and before its steps are handed
  // on, for a sink that wants more than the steps' events (the timeline does).
  virtual void collectionRecorded(const CollectionRecord& /*record*/) {}

 protected:
  ~TraceSink() = default;
};

// Numbers the steps of a run and gathers each one's events. A step is handed on
// when the next begins, so that what happened during it (output, say) travels with
// it. Step 0 is the state before the first statement.
class Tracer {
 public:
  explicit Tracer(TraceSink& sink);
  ~Tracer() { finish(); }

  void statement(const SourceRange& range);
  // A collection begins: the step before it ends here, so that it shows the heap
  // as the collector found it.
  void collectionStarting();
  void collection(const CollectionRecord& record);
  void taskStarted(std::string description);
  void taskEnded(std::size_t keptReleased);
  void console(bool toStandardError, std::string text);
  // Hands on the last step.
  void finish();
  // Hands on the current step now, as things stand, rather than when the next one
  // begins; what happens until then belongs to the next step.
  void flush();

  // "Collect now": asks for a collection once step `step` is over, the program
  // untouched. The engine asks at each safe point whether it is time.
  void requestCollectionAfter(std::uint64_t step) { collectAfter_ = step; }
  bool collectionRequestedNow();
  // A recording's own limit on steps, apart from the step budget.
  void setStepCap(std::uint64_t cap) { stepCap_ = cap; }
  bool full() const { return next_ > stepCap_; }
  std::uint64_t stepCap() const { return stepCap_; }
  std::uint64_t currentStep() const { return next_ - 1; }

 private:
  void begin(std::string kind, std::optional<SourceRange> range = std::nullopt);

  TraceSink& sink_;
  std::optional<TraceStep> current_;
  // Output printed after a step was handed on early, for the step that comes next.
  std::vector<TraceEvent> pending_;
  std::uint64_t next_ = 0;
  std::optional<std::uint64_t> collectAfter_;
  std::uint64_t stepCap_ = UINT64_MAX;
};

}  // namespace reachable
