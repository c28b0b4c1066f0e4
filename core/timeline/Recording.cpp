#include "timeline/Recording.h"

#include "engine/Compiler.h"
#include "engine/ProgramRun.h"
#include "engine/StepStream.h"
#include "lesson/ScenarioStubs.h"
#include "parse/Parser.h"
#include "scenario/Scenario.h"
#include "timeline/TimelineRecorder.h"

namespace reachable {

namespace {

// Console output goes into the step that printed it.
class ConsoleToSteps final : public ConsoleSink {
 public:
  void write(Stream stream, std::string_view line) override {
    if (steps) steps->console(stream == Stream::Err, std::string(line));
  }
  StepStream* steps = nullptr;
};

RecordedEnd endOf(Engine& engine, const RunOutcome& outcome) {
  RecordedEnd end;
  end.position = outcome.position;
  switch (outcome.status) {
    case RunOutcome::Status::Completed: end.position.reset(); break;
    case RunOutcome::Status::Uncaught:
      end.status = RecordedEnd::Status::Uncaught;
      end.message = "Uncaught " + describeUncaught(engine, outcome.thrown);
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
  ConsoleToSteps console;
  EngineOptions engineOptions = options.engine;
  engineOptions.trackAllocationSites = true;  // the view says where each object was made
  Engine engine(engineOptions, console);
  installScenarioStubs(engine, scenario);
  auto program = compileProgram(parsed, scenario.title, engine.heap());
  TimelineRecorder recorder(engine, *program, run.timeline, scenario.labels);
  if (options.checkEachStep) recorder.checkEachStep(options.checkEachStep);
  StepStream steps(engine, recorder);
  steps.setStepCap(options.stepCap);
  if (options.collectAfter) steps.requestCollectionAfter(*options.collectAfter);
  console.steps = &steps;
  engine.setStepStream(&steps);
  RunOutcome outcome = runProgram(engine, *program);
  // "Collect now" on the last step: the collection, then whatever it lets run.
  if (outcome.status == RunOutcome::Status::Completed && steps.collectionRequestedNow()) {
    engine.collectGarbage(CollectionReason::Requested);
    outcome = runEventLoop(engine);
  }
  run.end = endOf(engine, outcome);
  steps.finish();
  engine.setStepStream(nullptr);
  return run;
}

}  // namespace reachable
