// One full collection of a 1,000,000-object graph with three edges per object
// (a chain that keeps everything reachable plus two random links), with and
// without the record the timeline asks for.
#include <benchmark/benchmark.h>

#include <random>

#include "heap/Collector.h"
#include "heap/Heap.h"
#include "heap/JSObject.h"
#include "heap/Roots.h"

namespace reachable {
namespace {

constexpr std::size_t kObjects = 1'000'000;

// The graph's one root: the head of the chain.
struct ChainHead final : RootProvider {
  Value head;
  void forEachRoot(RootVisitor& visitor) const override { visitor.visitRoot({RootKind::Global, 0, 0}, head); }
  std::string describeRoot(RootRef) const override { return "head"; }
};

struct Graph {
  Heap heap;
  ChainHead roots;

  Graph() {
    std::vector<CellId> ids(kObjects);
    for (auto& id : ids) id = heap.make<JSObject>().id;
    std::mt19937 random(42);
    std::uniform_int_distribution<std::size_t> pick(0, kObjects - 1);
    Value a = heap.intern("a"), b = heap.intern("b"), c = heap.intern("c");
    for (std::size_t i = 0; i < kObjects; ++i) {
      auto& o = heap.as<JSObject>(ids[i]);
      o.properties.add(heap.emptyShape(), a, Value::object(ids[(i + 1) % kObjects]), kDefaultAttributes);
      o.properties.add(heap.emptyShape(), b, Value::object(ids[pick(random)]), kDefaultAttributes);
      o.properties.add(heap.emptyShape(), c, Value::object(ids[pick(random)]), kDefaultAttributes);
      heap.reaccount(o);
    }
    roots.head = Value::object(ids[0]);
  }
};

Graph& graph() {
  static Graph g;
  return g;
}

void BM_FullCollection(benchmark::State& state) {
  Graph& g = graph();
  Collector collector(g.heap, g.roots);
  for (auto _ : state) benchmark::DoNotOptimize(collector.collect(CollectionReason::Explicit));
  state.counters["objects"] = static_cast<double>(g.heap.cellCount());
}

void BM_FullCollectionRecorded(benchmark::State& state) {
  Graph& g = graph();
  Collector collector(g.heap, g.roots);
  CollectionRecord record;
  for (auto _ : state) {
    benchmark::DoNotOptimize(collector.collect(CollectionReason::Explicit, &record));
    benchmark::DoNotOptimize(record.marked.data());
  }
  state.counters["marked"] = static_cast<double>(record.marked.size());
}

BENCHMARK(BM_FullCollection)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_FullCollectionRecorded)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace reachable

BENCHMARK_MAIN();
