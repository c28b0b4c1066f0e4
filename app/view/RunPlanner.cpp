#include "RunPlanner.h"

#include "ShownGraph.h"

namespace reachable::view {
namespace {

bool ready(const std::future<std::optional<WindowedPlan>>& plan, std::chrono::milliseconds patience) {
  return plan.wait_for(patience) == std::future_status::ready;
}

}  // namespace

std::optional<WindowedPlan> planRun(const PlanRequest& request, const std::atomic<bool>& cancelled) {
  const PlannedSteps sampled = request.sample();
  const ShownOptions options{request.showEngineObjects, &request.unfolded};
  std::vector<ViewGraph> pictures;
  pictures.reserve(sampled.states.size());
  ReachMap reach;
  for (const HeapState& state : sampled.states) {
    if (cancelled) return std::nullopt;
    pictures.push_back(shownGraph(state, options, reach));
  }
  WindowedPlan plan;
  plan.make(HeapLayout(request.metrics), pictures, sampled.steps, *request.measure, request.room);
  if (cancelled) return std::nullopt;
  return plan;
}

BackgroundPlanner::~BackgroundPlanner() {
  abandon();
  for (Job& job : abandoned_) job.plan.wait();
}

void BackgroundPlanner::start(PlanRequest request) {
  abandon();
  auto cancelled = std::make_shared<std::atomic<bool>>(false);
  current_ = Job{std::async(std::launch::async,
                            [request = std::move(request), cancelled] { return planRun(request, *cancelled); }),
                 cancelled};
}

void BackgroundPlanner::abandon() {
  std::erase_if(abandoned_, [](const Job& job) { return ready(job.plan, std::chrono::milliseconds{0}); });
  if (!current_) return;
  *current_->cancelled = true;
  abandoned_.push_back(std::move(*current_));
  current_.reset();
}

std::optional<WindowedPlan> BackgroundPlanner::take(std::chrono::milliseconds patience) {
  if (!current_ || !ready(current_->plan, patience)) return std::nullopt;
  std::optional<WindowedPlan> plan = current_->plan.get();
  current_.reset();
  return plan;
}

}  // namespace reachable::view
