#include "lesson/LessonRun.h"

#include "lesson/ScenarioStubs.h"

namespace reachable {

void LessonRun::Console::write(Stream stream, std::string_view line) {
  if (steps) {
    steps->console(stream == Stream::Err, std::string(line));
  } else if (out_) {
    out_->write(stream, line);
  }
}

LessonRun::LessonRun(const Scenario& scenario, const ParseResult& parsed, std::string fileName, EngineOptions options,
                     ConsoleSink* console)
    : console_(console), engine_(options, console_) {
  installScenarioStubs(engine_, scenario);
  program_ = compileProgram(parsed, std::move(fileName), engine_.heap());
}

RunOutcome LessonRun::run() { return runProgram(engine_, *program_); }

RunOutcome LessonRun::runStepByStep(StepSink& sink, const StepOptions& options) {
  StepStream steps(engine_, sink);
  steps.setStepCap(options.stepCap);
  steps.setCancel(options.cancel);
  if (options.collectAfter) steps.requestCollectionAfter(*options.collectAfter);
  console_.steps = &steps;
  engine_.setStepStream(&steps);
  RunOutcome outcome = runProgram(engine_, *program_);
  // "Collect now" on the last step: the collection, then whatever it lets run.
  if (outcome.status == RunOutcome::Status::Completed && steps.collectionRequestedNow()) {
    engine_.collectGarbage(CollectionReason::Requested);
    outcome = runEventLoop(engine_);
  }
  steps.finish();
  engine_.setStepStream(nullptr);
  console_.steps = nullptr;
  return outcome;
}

}  // namespace reachable
