#pragma once

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <unordered_set>
#include <vector>

#include "LayoutMetrics.h"
#include "RunSample.h"
#include "TextMeasure.h"
#include "WindowedPlan.h"

namespace reachable::view {

// What a run's layout is planned from. All of it may be read on another thread.
struct PlanRequest {
  std::function<PlannedSteps()> sample;  // reads the run's sampled steps
  bool showEngineObjects = false;
  std::unordered_set<ObjectId> unfolded;
  std::shared_ptr<const TextMeasure> measure;
  LayoutMetrics metrics;
  Vec2 room;  // as for HeapLayout::sketch
};

// Samples the run, pictures each sampled step as the view shows it and lays them out
// (WindowedPlan). Nothing when `cancelled` turns true before the end.
std::optional<WindowedPlan> planRun(const PlanRequest& request, const std::atomic<bool>& cancelled);

// Plans a run on a worker thread, so that the window keeps answering while a large
// run is laid out. One plan at a time counts: a new request abandons the last.
class BackgroundPlanner {
 public:
  BackgroundPlanner() = default;
  BackgroundPlanner(const BackgroundPlanner&) = delete;
  BackgroundPlanner& operator=(const BackgroundPlanner&) = delete;
  ~BackgroundPlanner();

  void start(PlanRequest request);
  // The latest request's plan, once, when it is done; waits at most `patience` for it.
  std::optional<WindowedPlan> take(std::chrono::milliseconds patience = std::chrono::milliseconds{0});
  bool busy() const { return current_.has_value(); }
  void abandon();

 private:
  struct Job {
    std::future<std::optional<WindowedPlan>> plan;
    std::shared_ptr<std::atomic<bool>> cancelled;
  };
  std::optional<Job> current_;
  // Cancelled jobs still running: a future of std::async waits for its thread when
  // destroyed, so they are let go only once finished.
  std::vector<Job> abandoned_;
};

}  // namespace reachable::view
