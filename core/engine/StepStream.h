#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/StepRecord.h"
#include "heap/CollectionRecord.h"

namespace reachable {

class Engine;

// Where a run's steps go: the timeline's recorder, or `reachable-cli trace`'s printer.
class StepSink {
 public:
  virtual void step(const StepRecord& step) = 0;
  // The whole record of a collection, by cell, as it ends and before its steps are
  // handed on, for a sink that follows the cells themselves (the recorder does).
  virtual void collectionRecorded(const CollectionRecord& /*record*/) {}

 protected:
  ~StepSink() = default;
};

// Numbers the steps of a run and gathers each one's events, the objects in them
// named by serial. A step is handed on when the next begins, so that what happened
// during it (output, say) travels with it. Step 0 is the state before the first
// statement.
class StepStream {
 public:
  StepStream(const Engine& engine, StepSink& sink);
  ~StepStream() { finish(); }

  void statement(const SourceRange& range);
  // A collection begins: the step before it ends here, so that it shows the heap
  // as the collector found it.
  void collectionStarting();
  void collection(const CollectionRecord& record);
  // A timer's task; `callback`: what it calls, if it is the program's object.
  void taskStarted(std::string description, const HeapCell* callback);
  // A registry's cleanup task; `registry` and its `callback`: null once the registry
  // is collected.
  void cleanupStarted(std::string description, const HeapCell* registry, const HeapCell* callback);
  void taskEnded(std::size_t keptReleased);
  // The module's code returned; the task that ran it says so as it ends.
  void moduleFinished() { moduleFinished_ = true; }
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
  // Another thread's request to stop recording, which the engine honours at its next
  // statement as it honours the cap.
  void setCancel(const std::atomic<bool>* cancel) { cancel_ = cancel; }
  bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }
  std::uint64_t currentStep() const { return next_ - 1; }

 private:
  void begin(StepKind kind, std::optional<SourceRange> range = std::nullopt);
  void add(StepEvent event) { current_->events.push_back(std::move(event)); }
  ObjectId objectOf(CellId id) const;
  std::uint32_t lineOf(std::uint32_t site) const;
  StepEvent eventAbout(StepEvent::Kind kind, const HeapCell* cell, ObjectId other = kNoObject) const;
  void addMarked(const CollectionRecord& record);
  void addCleared(const CollectionRecord& record);

  const Engine& engine_;
  StepSink& sink_;
  std::optional<StepRecord> current_;
  // Output printed after a step was handed on early, for the step that comes next.
  std::vector<StepEvent> pending_;
  std::uint64_t next_ = 0;
  std::optional<std::uint64_t> collectAfter_;
  std::uint64_t stepCap_ = UINT64_MAX;
  const std::atomic<bool>* cancel_ = nullptr;
  bool moduleFinished_ = false;
};

}  // namespace reachable
