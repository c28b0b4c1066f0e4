// One full collection of the graph bench/node/collector.mjs builds (1,000,000 objects,
// three references each), with and without the record the timeline asks for. The
// graph is made by running that program, so that it is laid out as a learner's
// program lays out its objects, and is the very graph Node collects in
// bench/node/compare.sh.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "engine/Compiler.h"
#include "engine/Engine.h"
#include "engine/ProgramRun.h"
#include "parse/Parser.h"

namespace reachable {
namespace {

class DiscardedConsole final : public ConsoleSink {
 public:
  void write(Stream, std::string_view) override {}
};

struct Graph {
  DiscardedConsole console;
  Engine engine{EngineOptions{}, console};
  ParseResult parsed;
  std::unique_ptr<CompiledProgram> program;

  Graph() {
    std::ifstream file(REACHABLE_COLLECTOR_PROGRAM);
    std::stringstream text;
    text << file.rdbuf();
    parsed = parseProgram(text.str());
    if (!parsed.ok()) throw std::runtime_error("bench/node/collector.mjs does not parse");
    program = compileProgram(parsed, "collector.mjs", engine.heap());
    if (runProgram(engine, *program).status != RunOutcome::Status::Completed) {
      throw std::runtime_error("bench/node/collector.mjs did not complete");
    }
  }
};

Graph& graph() {
  static Graph g;
  return g;
}

void BM_FullCollection(benchmark::State& state) {
  Engine& engine = graph().engine;
  for (auto _ : state) benchmark::DoNotOptimize(engine.collectGarbage(CollectionReason::Explicit));
  state.counters["cells"] = static_cast<double>(engine.heap().cellCount());
}

void BM_FullCollectionRecorded(benchmark::State& state) {
  Engine& engine = graph().engine;
  CollectionRecord record;
  for (auto _ : state) {
    benchmark::DoNotOptimize(engine.collectGarbage(CollectionReason::Explicit, &record));
    benchmark::DoNotOptimize(record.marked.data());
  }
  state.counters["marked"] = static_cast<double>(record.marked.size());
}

BENCHMARK(BM_FullCollection)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_FullCollectionRecorded)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace reachable

BENCHMARK_MAIN();
