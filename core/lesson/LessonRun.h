#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "engine/Compiler.h"
#include "engine/Engine.h"
#include "engine/ProgramRun.h"
#include "engine/StepStream.h"
#include "parse/Parser.h"
#include "scenario/Scenario.h"

namespace reachable {

// Running a lesson, the one way the CLI, the timeline's recording and the tests do
// it: an engine with the scenario's host stubs, its program compiled, then run to
// the end, plainly or step by step.
class LessonRun {
 public:
  // `console` gets what the program prints (null: nothing does), unless its steps are
  // recorded: then each line goes with the step that printed it.
  LessonRun(const Scenario& scenario, const ParseResult& parsed, std::string fileName, EngineOptions options,
            ConsoleSink* console);

  // The engine, to install more host functions before the run or to look at the heap
  // after it.
  Engine& engine() { return engine_; }
  const CompiledProgram& program() const { return *program_; }

  // Runs the module, then the event loop until no task is left.
  RunOutcome run();

  struct StepOptions {
    std::uint64_t stepCap = UINT64_MAX;  // a recording's own limit, apart from the step budget
    // "Collect now": a collection after this step, the program untouched.
    std::optional<std::uint64_t> collectAfter;
    // Once it turns true the run stops at its next statement, as at the cap.
    const std::atomic<bool>* cancel = nullptr;
  };
  // The same run, every step handed to `sink` as it ends.
  RunOutcome runStepByStep(StepSink& sink, const StepOptions& options);

 private:
  // The program's console: the caller's, or the step stream while one records.
  class Console final : public ConsoleSink {
   public:
    explicit Console(ConsoleSink* out) : out_(out) {}
    void write(Stream stream, std::string_view line) override;
    StepStream* steps = nullptr;

   private:
    ConsoleSink* out_;
  };

  Console console_;
  Engine engine_;
  std::unique_ptr<CompiledProgram> program_;
};

}  // namespace reachable
