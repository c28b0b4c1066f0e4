// Fuzz target: the interpreter, its built-ins, the event loop and the collector. A
// program that parses runs to its end under small budgets, so that each input takes
// milliseconds and a runaway one ends at a limit, as it must; what an uncaught error
// prints is rendered as the CLI renders it.

#include "FuzzInput.h"
#include "engine/ProgramRun.h"
#include "lesson/LessonFile.h"
#include "lesson/LessonRun.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace reachable;
  const LessonFile file = readLessonFile("fuzz.mjs", fuzz::asText(data, size));
  if (!file.ok()) return 0;
  EngineOptions options;
  options.stepBudget = 20'000;
  options.heap.collectThresholdBytes = 8u << 20;
  options.heap.budgetBytes = 64u << 20;
  options.maxStringLength = 1u << 24;
  // The sanitizers' frames are several times larger than a release build's; the
  // default depth of 10,000 calls would outgrow the fuzzer's stack before the limit.
  options.maxCallDepth = 1'000;
  LessonRun lesson(*file.scenario, file.parsed, "fuzz.mjs", options, nullptr);
  const RunOutcome outcome = lesson.run();
  if (outcome.status == RunOutcome::Status::Uncaught) (void)describeUncaught(lesson.engine(), outcome);
  return 0;
}
