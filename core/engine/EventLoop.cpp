#include "engine/EventLoop.h"

#include <algorithm>
#include <cmath>

#include "engine/AllocationSites.h"
#include "engine/EngineMade.h"
#include "engine/Interpreter.h"
#include "engine/Promises.h"
#include "engine/StepStream.h"
#include "engine/TimeoutObject.h"
#include "heap/AsyncFrameCell.h"
#include "heap/FinalizationCleanup.h"
#include "heap/FunctionCells.h"

namespace reachable {

Timer& EventLoop::schedule(std::uint32_t id, Value callback, std::vector<Value> arguments, double delay,
                           bool repeat) {
  // As Node: a delay below 1 ms, not a number, or past 2^31 − 1 counts as 1 ms.
  if (!(delay >= 1 && delay <= 2147483647.0)) delay = 1;
  delay = std::floor(delay);
  Timer& timer = timers_[id];
  timer = Timer{};
  timer.id = id;
  timer.due = clock_ + delay;
  timer.delay = delay;
  timer.repeat = repeat;
  timer.order = nextOrder_++;
  timer.callback = callback;
  timer.arguments = std::move(arguments);
  return timer;
}

Timer& EventLoop::addTimer(Value callback, std::vector<Value> arguments, double delay, bool repeat) {
  return schedule(nextTimerId_++, callback, std::move(arguments), delay, repeat);
}

Timer& EventLoop::restoreTimer(std::uint32_t id, Value callback, std::vector<Value> arguments, double delay,
                               bool repeat) {
  return schedule(id, callback, std::move(arguments), delay, repeat);
}

void EventLoop::restartTimer(Timer& timer) {
  // A timer whose task is already queued runs as queued, as in Node, where it has
  // left the timer list for the callback's turn.
  if (timer.queued) return;
  timer.due = clock_ + timer.delay;
  timer.order = nextOrder_++;
}

Timer* EventLoop::findTimer(std::uint32_t id) {
  auto found = timers_.find(id);
  return found == timers_.end() ? nullptr : &found->second;
}

// When the next waiting timer is due; infinity when only unref'd timers wait (they
// do not keep the run going, as in Node) or none.
double EventLoop::nextDueTime() const {
  double next = INFINITY;
  bool anyRefed = false;
  for (const auto& [id, timer] : timers_) {
    if (timer.queued) continue;
    next = std::min(next, timer.due);
    anyRefed = anyRefed || timer.refed;
  }
  return anyRefed ? next : INFINITY;
}

// Timers due by now join the task queue, earliest first, then in scheduling order.
void EventLoop::queueDueTimers() {
  std::vector<Timer*> due;
  for (auto& [id, timer] : timers_) {
    if (!timer.queued && timer.due <= clock_) due.push_back(&timer);
  }
  std::sort(due.begin(), due.end(),
            [](const Timer* a, const Timer* b) { return a->due != b->due ? a->due < b->due : a->order < b->order; });
  for (Timer* timer : due) {
    timer->queued = true;
    tasks_.push_back({Task::Kind::Timer, timer->id, {}});
  }
}

// After the timers already due (rule 3 of heap/FinalizationCleanup.h).
void EventLoop::enqueueCleanup(const std::vector<WeakHandle>& registries) {
  queueDueTimers();
  for (const auto& registry : registries) tasks_.push_back({Task::Kind::Cleanup, 0, registry});
}

namespace {

// Where a job's or task's JavaScript begins, to locate a limit met between jobs
// (when no frame is running): the function it calls, or the async function it resumes.
std::optional<SourcePosition> sourceOf(const Heap& heap, Value function) {
  if (!function.isObject()) return std::nullopt;
  const HeapCell& cell = heap.get(function.asCell());
  if (cell.kind == CellKind::AsyncFrame) {
    const auto& parked = static_cast<const AsyncFrame&>(cell);
    return parked.code->statements.empty() ? parked.code->range.start
                                           : parked.code->statements[parked.statement].start;
  }
  if (cell.kind != CellKind::Function) return std::nullopt;
  const auto& callee = static_cast<const JSFunction&>(cell);
  if (!callee.code) return std::nullopt;
  return callee.code->range.start;
}

}  // namespace

bool EventLoop::runMicrotasks() {
  while (!microtasks_.empty()) {
    // Each job is a step, counted while it is still queued (its values rooted): a
    // job that queues the next one forever meets the budgets even with no
    // statement in it.
    const Job& next = microtasks_.front();
    if (!engine_.interpreter().countStep(sourceOf(engine_.heap(), next.handler.isUndefined() ? next.derived
                                                                                               : next.handler))) {
      return false;
    }
    Job job = microtasks_.front();
    microtasks_.pop_front();
    if (!runJob(job)) return false;
  }
  return true;
}

std::optional<EventLoop::Rejection> EventLoop::unhandledRejection() {
  if (unhandled_.empty()) return std::nullopt;
  return unhandled_.front();
}

bool EventLoop::run() {
  for (;;) {
    if (!runMicrotasks()) return false;
    // The task and its checkpoint are over: what it kept alive may go.
    std::size_t kept = engine_.heap().kept().values().size();
    engine_.heap().kept().clear();
    if (StepStream* steps = engine_.stepStream()) steps->taskEnded(kept);
    if (!unhandled_.empty()) return false;
    if (tasks_.empty()) {
      const double next = nextDueTime();
      if (next == INFINITY) return true;
      clock_ = std::max(clock_, next);
      queueDueTimers();
    }
    if (StepStream* steps = engine_.stepStream(); steps && steps->collectionRequestedNow()) {
      engine_.collectGarbage(CollectionReason::Requested);
    }
    Task task = tasks_.front();
    tasks_.pop_front();
    if (!runTask(task)) return false;
  }
}

// The task and the object it runs for: the registry whose cleanup it is, or the
// timer's callback.
void EventLoop::noteTaskStart(StepStream& steps, const Task& task) const {
  const Heap& heap = engine_.heap();
  if (task.kind == Task::Kind::Cleanup) {
    const HeapCell* registry = heap.resolve(task.registry);
    ObjectId object = registry ? heap.programObjects().idOf(*registry) : kNoObject;
    const HeapCell* callback = nullptr;
    if (registry) {
      const Value cleanup = static_cast<const FinalizationRegistryObject*>(registry)->cleanup;
      if (cleanup.isCell()) callback = &heap.get(cleanup.asCell());
    }
    steps.cleanupStarted(object ? "cleanup task of FinalizationRegistry #" + std::to_string(object)
                                : "cleanup task of a FinalizationRegistry since collected",
                         registry, callback);
    return;
  }
  auto timer = timers_.find(task.timer);
  Value callback = timer == timers_.end() ? Value::undefined() : timer->second.callback;
  steps.taskStarted("timer " + std::to_string(task.timer), callback.isCell() ? &heap.get(callback.asCell()) : nullptr);
}

bool EventLoop::runTask(const Task& task) {
  // A task is a step of the run too: an interval whose callback runs no statement
  // still meets the step budget.
  auto it = task.kind == Task::Kind::Timer ? timers_.find(task.timer) : timers_.end();
  std::optional<SourcePosition> where;
  if (it != timers_.end()) where = sourceOf(engine_.heap(), it->second.callback);
  if (!engine_.interpreter().countStep(where)) return false;
  if (StepStream* steps = engine_.stepStream()) noteTaskStart(*steps, task);
  if (task.kind == Task::Kind::Cleanup) return runCleanup(task.registry);
  return runTimer(task.timer);
}

// The callback runs with its Timeout as `this`, as in Node.
bool EventLoop::runTimer(std::uint32_t id) {
  auto it = timers_.find(id);
  if (it == timers_.end()) return true;  // cleared while it waited
  Value timeout = timeoutOf(engine_, it->second);
  Interpreter::Pin pinTimeout(engine_.interpreter(), timeout);
  Timer timer = it->second;
  if (timer.repeat) {
    it->second.due = clock_ + timer.delay;
    it->second.order = nextOrder_++;
    it->second.queued = false;
  } else {
    timers_.erase(it);
  }
  Interpreter::Pin pin(engine_.interpreter(), timer.callback);
  return !engine_.call(timer.callback, timeout, timer.arguments).isException();
}

// One registry's cleanup task (rules 4 and 5 of heap/FinalizationCleanup.h).
bool EventLoop::runCleanup(WeakHandle handle) {
  Heap& heap = engine_.heap();
  FinalizationRegistryObject* registry = cleanup::beginTask(heap, handle);
  if (!registry) return true;
  Value registryValue = Value::object(registry->id);
  Interpreter::Pin pin(engine_.interpreter(), registryValue);
  while (auto held = cleanup::takeNewestEmptiedCell(heap, heap.as<FinalizationRegistryObject>(registryValue))) {
    Value args[] = {*held};
    auto& live = heap.as<FinalizationRegistryObject>(registryValue);
    if (AllocationSites* sites = engine_.allocationSites()) sites->note(live.site, SiteEvent::Callback);
    Value callback = live.cleanup;
    if (engine_.call(callback, Value::undefined(), args).isException()) return false;
  }
  return true;
}

bool EventLoop::runJob(const Job& job) {
  Heap& heap = engine_.heap();
  Interpreter& interpreter = engine_.interpreter();
  Interpreter::Pin pinHandler(interpreter, job.handler);
  Interpreter::Pin pinArgument(interpreter, job.argument);
  Interpreter::Pin pinDerived(interpreter, job.derived);
  switch (job.kind) {
    case Job::Kind::Callback: return !engine_.call(job.handler, Value::undefined(), {}).isException();
    case Job::Kind::ResolveThenable: {
      auto [resolve, reject] = promises::resolvingFunctions(engine_, job.derived.asCell());
      Interpreter::Pin pinResolve(interpreter, resolve);
      Interpreter::Pin pinReject(interpreter, reject);
      Value args[] = {resolve, reject};
      if (!callForEngine(engine_, job.handler, job.argument, args).isException()) return true;
      if (interpreter.termination()) return false;
      Value reason[] = {engine_.takePendingException()};
      engine_.call(reject, Value::undefined(), reason);
      return true;
    }
    case Job::Kind::Reaction: break;
  }
  if (job.derived.isObject() && heap.get(job.derived.asCell()).kind == CellKind::AsyncFrame) {
    interpreter.resumeAsync(job.derived.asCell(), job.argument, job.rejected);
    return !interpreter.termination();
  }
  Value result = job.argument;
  bool rejected = job.rejected;
  if (!job.handler.isUndefined()) {
    Value args[] = {job.argument};
    result = engine_.call(job.handler, Value::undefined(), args);
    rejected = result.isException();
    if (rejected) {
      if (interpreter.termination()) return false;
      result = engine_.takePendingException();
    }
  }
  if (!promises::isPromise(engine_, job.derived)) return true;
  if (rejected) {
    promises::reject(engine_, job.derived.asCell(), result);
  } else {
    promises::resolve(engine_, job.derived.asCell(), result);
  }
  return true;
}

void EventLoop::forEachRoot(RootVisitor& visitor) const {
  std::uint32_t i = 0;
  for (const auto& [id, timer] : timers_) {
    visitor.visitRoot({RootKind::Timer, id, 0}, timer.callback);
    std::uint32_t slot = 1;
    for (Value v : timer.arguments) visitor.visitRoot({RootKind::Timer, id, slot++}, v);
  }
  i = 0;
  for (const Job& job : microtasks_) {
    visitor.visitRoot({RootKind::Microtask, i, 0}, job.handler);
    visitor.visitRoot({RootKind::Microtask, i, 1}, job.argument);
    visitor.visitRoot({RootKind::Microtask, i, 2}, job.derived);
    ++i;
  }
  i = 0;
  for (const Rejection& r : unhandled_) visitor.visitRoot({RootKind::Microtask, 0xFFFF'FFFF, i++}, r.promise);
}

void EventLoop::forEachWeaklyHeld(RootVisitor& visitor) const {
  std::uint32_t i = 0;
  for (const Task& task : tasks_) {
    if (task.kind != Task::Kind::Cleanup) continue;
    if (const HeapCell* registry = engine_.heap().resolve(task.registry)) {
      visitor.visitRoot({RootKind::Task, i, 0}, Value::object(registry->id));
    }
    ++i;
  }
}

}  // namespace reachable
