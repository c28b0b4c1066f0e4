// `reachable-cli run FILE`: run a program (or a scenario's) and print what its console printed.

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "Commands.h"
#include "StepPrinter.h"
#include "engine/Builtins.h"
#include "heap/AddressSanitizer.h"
#include "lesson/LessonRun.h"
#include "lesson/NarrationCheck.h"

namespace reachable::cli {

namespace {

constexpr int kExitRunFailed = 1;
constexpr int kExitUnsettledAwait = 13;

// The program's console: standard output and error.
class StandardStreams final : public ConsoleSink {
 public:
  void write(Stream stream, std::string_view line) override {
    std::FILE* out = stream == Stream::Out ? stdout : stderr;
    std::fwrite(line.data(), 1, line.size(), out);
    std::fputc('\n', out);
  }
};

bool parseNumber(const std::string& text, std::uint64_t& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// Reads `--name value` options into the engine's limits; false on anything unknown.
bool parseOptions(std::span<const std::string> arguments, EngineOptions& options, bool& test262Host,
                  const std::string*& path) {
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& a = arguments[i];
    if (a == "--test262-host") {
      test262Host = true;
      continue;
    }
    if (!a.starts_with("--")) {
      if (path) return false;
      path = &a;
      continue;
    }
    std::uint64_t value = 0;
    if (i + 1 >= arguments.size() || !parseNumber(arguments[i + 1], value)) return false;
    ++i;
    if (a == "--step-budget") {
      options.stepBudget = value;
    } else if (a == "--max-call-depth") {
      options.maxCallDepth = static_cast<std::uint32_t>(value);
    } else if (a == "--heap-threshold") {
      options.heap.collectThresholdBytes = value << 20;
    } else if (a == "--heap-budget") {
      options.heap.budgetBytes = value << 20;
    } else if (a == "--max-string-length") {
      options.maxStringLength = static_cast<std::uint32_t>(value);
    } else if (a == "--seed") {
      options.randomSeed = value;
    } else {
      return false;
    }
  }
  return path != nullptr;
}

// Prints how a run ended (nothing when it completed) and gives its exit code.
int reportOutcome(Engine& engine, const RunOutcome& outcome, const std::string& path) {
  const SourcePosition& at = outcome.position;
  switch (outcome.status) {
    case RunOutcome::Status::Completed: return kExitOk;
    case RunOutcome::Status::Terminated:
      std::fprintf(stderr, "%s:%u:%u: error: %s\n", path.c_str(), at.line, at.column, outcome.message.c_str());
      return kExitRunFailed;
    case RunOutcome::Status::Uncaught:
      std::fprintf(stderr, "%s:%u:%u: Uncaught %s\n", path.c_str(), at.line, at.column,
                   describeUncaught(engine, outcome.thrown).c_str());
      return kExitRunFailed;
    case RunOutcome::Status::UnsettledTopLevelAwait:
      // Node's exit code for a top-level await that can never settle.
      std::fprintf(stderr, "%s:%u:%u: warning: unsettled top-level await\n", path.c_str(), at.line, at.column);
      return kExitUnsettledAwait;
  }
  return kExitRunFailed;
}

// Narration waiting for an event the run never had would never be shown: worth a
// warning to the scenario's author, though the run itself went as it should.
void warnUnmetNarration(const Engine& engine, const LessonFile& file, const std::string& path) {
  if (!engine.allocationSites()) return;
  for (const ScenarioError& warning : unmetNarration(*file.scenario, *engine.allocationSites())) {
    std::fprintf(stderr, "%s\n", formatScenarioDiagnostic(path, warning, "warning").c_str());
  }
}

// The process ends here: the heap's millions of cells need not be freed one by one
// (3% of the allocation benchmark went to it), as V8 drops its pages whole.
// Sanitizer builds tear down as usual, so that their leak check still sees the engine.
void exitWithoutTeardown(int status) {
#if !REACHABLE_ADDRESS_SANITIZER
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(status);
#else
  (void)status;
#endif
}

// run and trace: the same run, printed as console output or as its steps.
int runProgramCommand(std::span<const std::string> arguments, bool trace) {
  EngineOptions options;
  bool test262Host = false, json = false;
  const std::string* path = nullptr;
  std::vector<std::string> rest;
  for (const auto& a : arguments) {
    if (trace && a == "--json") {
      json = true;
    } else {
      rest.push_back(a);
    }
  }
  if (!parseOptions(rest, options, test262Host, path)) {
    printUsage(stderr);
    return kExitUsage;
  }
  LessonFile file;
  ParseGoal goal = test262Host ? ParseGoal::StrictScript : ParseGoal::Module;
  if (int status = loadFile(*path, file, goal); status != kExitOk) return status;

  StandardStreams streams;
  options.trackAllocationSites = file.scenario->needsAllocationSites();
  LessonRun lesson(*file.scenario, file.parsed, *path, options, &streams);
  Engine& engine = lesson.engine();
  if (test262Host) installTest262Host(engine);
  StepPrinter printer(json);
  RunOutcome outcome = trace ? lesson.runStepByStep(printer, {}) : lesson.run();
  std::fflush(stdout);
  const int status = reportOutcome(engine, outcome, *path);
  if (status != kExitOk) noteProgramStart(*path, file);
  warnUnmetNarration(engine, file, *path);
  exitWithoutTeardown(status);
  return status;
}

}  // namespace

int runRun(std::span<const std::string> arguments) { return runProgramCommand(arguments, false); }

int runTrace(std::span<const std::string> arguments) { return runProgramCommand(arguments, true); }

}  // namespace reachable::cli
