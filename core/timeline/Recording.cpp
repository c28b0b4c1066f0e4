#include "timeline/Recording.h"

#include "lesson/LessonRun.h"
#include "parse/Parser.h"
#include "scenario/Scenario.h"
#include "timeline/TimelineRecorder.h"

namespace reachable {

namespace {

RecordedEnd endOf(Engine& engine, const RunOutcome& outcome) {
  RecordedEnd end;
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
  EngineOptions engineOptions = options.engine;
  engineOptions.trackAllocationSites = true;  // the view says where each object was made
  LessonRun lesson(scenario, parsed, scenario.title, engineOptions, nullptr);
  TimelineRecorder recorder(lesson.engine(), lesson.program(), run.timeline, scenario.labels);
  if (options.checkEachStep) recorder.checkEachStep(options.checkEachStep);
  RunOutcome outcome = lesson.runStepByStep(recorder, {options.stepCap, options.collectAfter});
  run.end = endOf(lesson.engine(), outcome);
  return run;
}

}  // namespace reachable
