// Parser throughput on about 1 MB of realistic code: classes, closures,
// objects, loops and async functions, varied so no two functions are alike.
#include "parse/Parser.h"

#include <benchmark/benchmark.h>
#include <string>

namespace {

std::string snippet(int i) {
  const std::string n = std::to_string(i);
  return "class Resource" + n +
         " extends Base {\n"
         "  #cache = new Map();\n"
         "  static count = 0;\n"
         "  constructor(name, size = " +
         n + ") { super(name); this.size = size; Resource" + n +
         ".count++; }\n"
         "  get label() { return `${this.name} (${this.size} bytes)`; }\n"
         "  async load(url) {\n"
         "    const response = await fetch(url + '?v=" +
         n +
         "');\n"
         "    if (!response?.ok) throw new Error(\"failed: \" + url);\n"
         "    return this.#cache.get(url) ?? response;\n"
         "  }\n"
         "}\n"
         "function makeCounter" +
         n +
         "(start) {\n"
         "  let count = start;\n"
         "  return { inc: () => ++count, dec: () => --count, get value() { return count; } };\n"
         "}\n"
         "const registry" +
         n +
         " = new FinalizationRegistry((held) => console.log(held, 'collected'));\n"
         "const settings" +
         n + " = { theme: 'light', sizes: [1, 2, 3, " + n +
         "], nested: { deep: true, ...defaults } };\n"
         "for (let i = 0; i < settings" +
         n +
         ".sizes.length; i++) {\n"
         "  const { theme, nested: { deep } } = settings" +
         n +
         ";\n"
         "  if (i % 2 === 0 && deep) continue;\n"
         "  total += i * 2 ** 3 - (theme.length >> 1);\n"
         "}\n"
         "for (const [key, value] of Object.entries(settings" +
         n +
         ")) weak.set({ key }, new WeakRef(value));\n"
         "const handler" +
         n + " = async (event, ...rest) => { await Promise.all(rest.map((r) => r?.run?.(event))); };\n";
}

std::string program(size_t bytes) {
  std::string source =
      "let total = 0; const weak = new WeakMap(); const defaults = {};\nclass Base { constructor(name) { this.name = "
      "name; } }\n";
  for (int i = 0; source.size() < bytes; ++i) source += snippet(i);
  return source;
}

void parseOneMegabyte(benchmark::State& state) {
  const std::string source = program(1 << 20);
  for (auto _ : state) {
    reachable::ParseResult result = reachable::parseProgram(source);
    if (!result.ok()) {
      state.SkipWithError(result.errors.front().message.c_str());
      break;
    }
    benchmark::DoNotOptimize(result.program);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(source.size()));
}

BENCHMARK(parseOneMegabyte)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
