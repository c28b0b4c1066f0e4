#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/Engine.h"

namespace reachable {

class StepStream;

// A microtask: a promise reaction to run, a thenable to resolve, or a callback
// from queueMicrotask.
struct Job {
  enum class Kind : std::uint8_t { Reaction, ResolveThenable, Callback };
  Kind kind = Kind::Callback;
  Value handler;   // the reaction's handler, the thenable's `then`, or the callback
  Value argument;  // the settled value, or the thenable
  Value derived;   // the promise (or parked async frame) the reaction settles
  bool rejected = false;
};

// A task: a timer's callback, a registry's cleanup, or the module's evaluation.
struct Task {
  enum class Kind : std::uint8_t { Timer, Cleanup };
  Kind kind = Kind::Timer;
  std::uint32_t timer = 0;
  WeakHandle registry;  // held weakly (heap/FinalizationCleanup.h, rule 4)
};

struct Timer {
  std::uint32_t id = 0;
  double due = 0;           // on the virtual clock, in milliseconds
  double delay = 0;         // as Node keeps it: whole milliseconds, at least 1
  bool repeat = false;      // setInterval's
  std::uint64_t order = 0;  // scheduling order, the tie-break for equal due times
  Value callback;
  std::vector<Value> arguments;
  bool queued = false;  // its task waits in the task queue
  // The Timeout object setTimeout returned, the `this` of its callback. Held weakly:
  // no program can tell a Timeout it dropped from a new one with the same state, so
  // one is made again if it died (engine/TimeoutObject.h).
  WeakHandle timeout;
  bool refed = true;          // unref() lets the run end while the timer waits
  bool knownAsNumber = false;  // converted to its number, which clearTimeout then takes
};

// Tasks, microtasks and timers on a virtual clock: nobody waits in real time. After
// every task comes a microtask checkpoint, and after the checkpoint the task's kept
// objects are released (ECMA-262 ClearKeptObjects).
class EventLoop {
 public:
  explicit EventLoop(Engine& engine) : engine_(engine) {}

  void enqueueMicrotask(Job job) { microtasks_.push_back(std::move(job)); }
  // A new timer; `delay` as given to setTimeout, made whole and at least 1 as Node does.
  Timer& addTimer(Value callback, std::vector<Value> arguments, double delay, bool repeat);
  // Timer `id` again, with the same id: a Timeout's refresh() after it fired.
  Timer& restoreTimer(std::uint32_t id, Value callback, std::vector<Value> arguments, double delay, bool repeat);
  // Starts a waiting timer's delay again from now.
  void restartTimer(Timer& timer);
  void clearTimer(std::uint32_t id) { timers_.erase(id); }
  Timer* findTimer(std::uint32_t id);
  // Queues the cleanup tasks a collection found due, after the timers already due.
  void enqueueCleanup(const std::vector<WeakHandle>& registries);

  // Runs every queued microtask; false when one threw past its handlers (an
  // uncaught error), with the error pending in the engine.
  bool runMicrotasks();
  // Runs tasks until none is left; false on an uncaught error or a limit.
  bool run();

  // A promise rejected while nothing handled it, and where the program was when it
  // was (a reason that is no error has no place of its own); Node ends the run if it
  // is still unhandled after the microtask checkpoint.
  struct Rejection {
    Value promise;
    SourcePosition at;
  };
  void noteRejected(Value promise, SourcePosition at) { unhandled_.push_back({promise, at}); }
  void noteHandled(Value promise) {
    std::erase_if(unhandled_, [&](const Rejection& r) { return r.promise == promise; });
  }
  // The first rejection still unhandled after a checkpoint, if any.
  std::optional<Rejection> unhandledRejection();

  double now() const { return clock_; }
  bool idle() const { return tasks_.empty() && microtasks_.empty() && timers_.empty(); }

  void forEachRoot(RootVisitor& visitor) const;
  // The registries whose cleanup tasks wait (RootProvider::forEachWeaklyHeld).
  void forEachWeaklyHeld(RootVisitor& visitor) const;
  const std::deque<Task>& tasks() const { return tasks_; }
  const std::deque<Job>& microtasks() const { return microtasks_; }
  const std::map<std::uint32_t, Timer>& timers() const { return timers_; }

 private:
  bool runJob(const Job& job);
  bool runTask(const Task& task);
  void noteTaskStart(StepStream& steps, const Task& task) const;
  bool runCleanup(WeakHandle registry);
  bool runTimer(std::uint32_t id);
  Timer& schedule(std::uint32_t id, Value callback, std::vector<Value> arguments, double delay, bool repeat);
  double nextDueTime() const;
  void queueDueTimers();

  Engine& engine_;
  std::deque<Job> microtasks_;
  std::deque<Task> tasks_;
  std::map<std::uint32_t, Timer> timers_;
  std::uint32_t nextTimerId_ = 1;
  std::uint64_t nextOrder_ = 0;
  double clock_ = 0;
  std::vector<Rejection> unhandled_;
};

}  // namespace reachable
