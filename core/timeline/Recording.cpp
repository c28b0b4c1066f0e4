#include "timeline/Recording.h"

#include "lesson/LessonRun.h"
#include "parse/Parser.h"
#include "scenario/Scenario.h"
#include "timeline/TimelineRecorder.h"

namespace reachable {

namespace {

// Hands each step on to the recorder, then says how many are recorded.
class CountedSteps final : public StepSink {
 public:
  CountedSteps(TimelineRecorder& recorder, const std::function<void(std::uint64_t)>& recorded)
      : recorder_(recorder), recorded_(recorded) {}
  void step(const StepRecord& step) override {
    recorder_.step(step);
    recorded_(step.number + 1);
  }
  void collectionRecorded(const CollectionRecord& record) override { recorder_.collectionRecorded(record); }

 private:
  TimelineRecorder& recorder_;
  const std::function<void(std::uint64_t)>& recorded_;
};

RecordedEnd endOf(Engine& engine, const RunOutcome& outcome, bool cancelled) {
  RecordedEnd end;
  if (cancelled && outcome.status != RunOutcome::Status::Completed) {
    end.status = RecordedEnd::Status::Cancelled;
    return end;
  }
  end.position = outcome.position;
  switch (outcome.status) {
    case RunOutcome::Status::Completed: end.position.reset(); break;
    case RunOutcome::Status::Uncaught:
      end.status = RecordedEnd::Status::Uncaught;
      end.message = "Uncaught " + describeUncaught(engine, outcome);
      break;
    case RunOutcome::Status::Terminated:
      end.status = RecordedEnd::Status::Terminated;
      end.message = outcome.message;
      break;
    case RunOutcome::Status::UnsettledTopLevelAwait:
      end.status = RecordedEnd::Status::UnsettledTopLevelAwait;
      end.message = "the top-level await never settles";
      break;
  }
  return end;
}

}  // namespace

RecordedRun recordScenario(const Scenario& scenario, const RecordOptions& options) {
  RecordedRun run;
  ParseResult parsed = parseProgram(scenario.program, ParseGoal::Module);
  if (!parsed.ok() || !parsed.errors.empty()) {
    run.end.status = RecordedEnd::Status::ProgramError;
    if (!parsed.errors.empty()) {
      run.end.message = describe(parsed.errors.front());
      run.end.position = parsed.errors.front().pos;
    }
    return run;
  }
  return recordScenario(scenario, parsed, options);
}

RecordedRun recordScenario(const Scenario& scenario, const ParseResult& parsed, const RecordOptions& options) {
  RecordedRun run;
  run.end = recordScenarioInto(run.timeline, scenario, parsed, options);
  return run;
}

RecordedEnd recordScenarioInto(Timeline& timeline, const Scenario& scenario, const ParseResult& parsed,
                               const RecordOptions& options) {
  EngineOptions engineOptions = options.engine;
  engineOptions.trackAllocationSites = true;  // the view says where each object was made
  LessonRun lesson(scenario, parsed, scenario.title, engineOptions, nullptr);
  TimelineRecorder recorder(lesson.engine(), lesson.program(), timeline, scenario.labels);
  if (options.checkEachStep) recorder.checkEachStep(options.checkEachStep);
  CountedSteps counted(recorder, options.stepRecorded);
  StepSink& sink = options.stepRecorded ? static_cast<StepSink&>(counted) : recorder;
  const RunOutcome outcome = lesson.runStepByStep(sink, {options.stepCap, options.collectAfter, options.cancel});
  return endOf(lesson.engine(), outcome, options.cancel && options.cancel->load());
}

}  // namespace reachable
