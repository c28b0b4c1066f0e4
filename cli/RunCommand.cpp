// `reachable-cli run FILE`: run a program (or a scenario's) and print what its console printed.

#include <algorithm>
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
// The most steps `trace` prints, as the desktop program's recording keeps: an endless
// loop must not write gigabytes of steps before the step budget stops it.
constexpr std::uint64_t kTraceStepCap = 2'000'000;

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

// A numeric option: its range, and where its value goes. Values are checked against
// the range before any conversion, so that none wraps (4294967296 call frames would
// otherwise become 0).
struct NumericOption {
  std::string_view name;
  std::uint64_t min;
  std::uint64_t max;
  std::string_view unit;
  void (*apply)(EngineOptions&, std::uint64_t);
};

constexpr std::uint64_t kMaxMebibytes = std::uint64_t{1} << 20;  // 1 TiB

constexpr NumericOption kNumericOptions[] = {
    {"--step-budget", 1, UINT64_MAX, "", [](EngineOptions& o, std::uint64_t v) { o.stepBudget = v; }},
    {"--max-call-depth", 1, 1'000'000, "",
     [](EngineOptions& o, std::uint64_t v) { o.maxCallDepth = static_cast<std::uint32_t>(v); }},
    {"--heap-threshold", 1, kMaxMebibytes, " MiB",
     [](EngineOptions& o, std::uint64_t v) { o.heap.collectThresholdBytes = v << 20; }},
    {"--heap-budget", 1, kMaxMebibytes, " MiB", [](EngineOptions& o, std::uint64_t v) { o.heap.budgetBytes = v << 20; }},
    {"--quiet-collection", 0, kMaxMebibytes << 10, " KiB",
     [](EngineOptions& o, std::uint64_t v) { o.heap.quietCollectionBytes = v << 10; }},
    {"--max-string-length", 1, (1u << 29) - 24, "",
     [](EngineOptions& o, std::uint64_t v) { o.maxStringLength = static_cast<std::uint32_t>(v); }},
    {"--seed", 0, UINT64_MAX, "", [](EngineOptions& o, std::uint64_t v) { o.randomSeed = v; }},
};

// Sets one numeric option from its text; false, with the reason on standard error,
// when the text is not a whole number in the option's range.
bool applyNumericOption(const NumericOption& option, const std::string& text, EngineOptions& options) {
  std::uint64_t value = 0;
  if (!parseNumber(text, value) || value < option.min || value > option.max) {
    std::fprintf(stderr, "reachable-cli: %.*s: '%s' is not a whole number from %llu to %llu%.*s\n",
                 static_cast<int>(option.name.size()), option.name.data(), text.c_str(),
                 static_cast<unsigned long long>(option.min), static_cast<unsigned long long>(option.max),
                 static_cast<int>(option.unit.size()), option.unit.data());
    return false;
  }
  option.apply(options, value);
  return true;
}

// Reads `--name value` options into the engine's limits; false on anything unknown
// or out of range.
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
    const auto* option = std::find_if(std::begin(kNumericOptions), std::end(kNumericOptions),
                                      [&](const NumericOption& o) { return o.name == a; });
    if (option == std::end(kNumericOptions) || i + 1 >= arguments.size()) return false;
    if (!applyNumericOption(*option, arguments[++i], options)) return false;
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
                   describeUncaught(engine, outcome).c_str());
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
  RunOutcome outcome = trace ? lesson.runStepByStep(printer, {.stepCap = kTraceStepCap, .collectAfter = std::nullopt}) : lesson.run();
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
