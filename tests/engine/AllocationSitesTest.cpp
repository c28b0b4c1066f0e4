#include "engine/AllocationSites.h"

#include <gtest/gtest.h>

#include <utility>

#include "ProgramRunner.h"

namespace reachable {
namespace {

EngineOptions tracking() {
  EngineOptions options;
  options.trackAllocationSites = true;
  return options;
}

// Line and column of where the program allocated the object in global `name`.
std::pair<std::uint32_t, std::uint32_t> siteOf(ProgramRunner& runner, std::string_view name) {
  auto site = runner.engine.allocationSite(runner.global(name));
  if (!site) return {0, 0};
  return {site->line, site->column};
}

using Place = std::pair<std::uint32_t, std::uint32_t>;

TEST(AllocationSites, OffByDefault) {
  ProgramRunner runner;
  runner.run("globalThis.user = { name: 'John' };");
  EXPECT_EQ(runner.engine.allocationSites(), nullptr);
  EXPECT_EQ(runner.global("user").site, 0u);
  EXPECT_FALSE(runner.engine.allocationSite(runner.global("user")));
}

TEST(AllocationSites, LiteralsAtTheirExpression) {
  ProgramRunner runner(tracking());
  runner.run(
      "let user = { name: \"John\" };\n"
      "globalThis.user = user;\n"
      "globalThis.list = [1, [2]];\n"
      "globalThis.nested = { inner: { deep: true } };\n"
      "globalThis.inner = globalThis.nested.inner;\n");
  EXPECT_EQ(siteOf(runner, "user"), Place(1, 12));
  EXPECT_EQ(siteOf(runner, "list"), Place(3, 19));
  EXPECT_EQ(siteOf(runner, "nested"), Place(4, 21));
  EXPECT_EQ(siteOf(runner, "inner"), Place(4, 30));
}

TEST(AllocationSites, FunctionsAndClosures) {
  ProgramRunner runner(tracking());
  runner.run(
      "function declared() {}\n"
      "globalThis.declared = declared;\n"
      "globalThis.arrow = () => 1;\n"
      "const make = () => { return function inner() {}; };\n"
      "globalThis.made = make();\n");
  EXPECT_EQ(siteOf(runner, "declared"), Place(1, 1));
  EXPECT_EQ(siteOf(runner, "arrow"), Place(3, 20));
  // A closure is made where its function expression is, not where it is called.
  EXPECT_EQ(siteOf(runner, "made"), Place(4, 29));
}

TEST(AllocationSites, NewAndBuiltInsAtTheCallingExpression) {
  ProgramRunner runner(tracking());
  runner.run(
      "class Resource {}\n"
      "globalThis.instance = new Resource();\n"
      "globalThis.map = new Map();\n"
      "let target = {};\n"
      "globalThis.ref = new WeakRef(target);\n"
      "globalThis.mapped = [1, 2].map((x) => x);\n"
      "globalThis.registry = new FinalizationRegistry(() => {});\n");
  EXPECT_EQ(siteOf(runner, "instance"), Place(2, 23));
  EXPECT_EQ(siteOf(runner, "map"), Place(3, 18));
  EXPECT_EQ(siteOf(runner, "ref"), Place(5, 18));
  EXPECT_EQ(siteOf(runner, "mapped"), Place(6, 21));
  EXPECT_EQ(siteOf(runner, "registry"), Place(7, 23));
}

TEST(AllocationSites, OneSitePerPlace) {
  ProgramRunner runner(tracking());
  runner.run(
      "globalThis.all = [];\n"
      "for (let i = 0; i < 3; i++) globalThis.all.push({ i });\n"
      "globalThis.first = globalThis.all[0];\n"
      "globalThis.last = globalThis.all[2];\n");
  EXPECT_EQ(runner.global("first").site, runner.global("last").site);
  EXPECT_EQ(siteOf(runner, "last"), Place(2, 49));
}

TEST(AllocationSites, RecordsCollectionsByLine) {
  ProgramRunner runner(tracking());
  runner.run(
      "let user = { name: 'John' };\n"
      "let admin = { name: 'Ann' };\n"
      "user = null;\n"
      "gc();\n");
  const AllocationSites& sites = *runner.engine.allocationSites();
  EXPECT_TRUE(sites.happenedOnLine(1, SiteEvent::Collected));
  EXPECT_FALSE(sites.happenedOnLine(2, SiteEvent::Collected));
}

// As the parity tests do, the objects are made in functions and collected in a later
// task, where no frame that touched them is left.
TEST(AllocationSites, RecordsClearedWeakRefsAndCallbacks) {
  ProgramRunner runner(tracking());
  runner.run(
      "const make = () => ({ big: true });\n"
      "const ref = new WeakRef(make());\n"
      "const registry = new FinalizationRegistry(() => {});\n"
      "(() => registry.register(make(), 'held'))();\n"
      "const kept = new WeakRef(globalThis);\n"
      "setTimeout(() => {\n  gc();\n  console.log(ref.deref());\n}, 0);\n");
  const AllocationSites& sites = *runner.engine.allocationSites();
  EXPECT_TRUE(sites.happenedOnLine(1, SiteEvent::Collected));
  EXPECT_TRUE(sites.happenedOnLine(2, SiteEvent::Cleared));
  EXPECT_TRUE(sites.happenedOnLine(3, SiteEvent::Callback));
  EXPECT_FALSE(sites.happenedOnLine(5, SiteEvent::Cleared));
  EXPECT_FALSE(sites.happenedOnLine(2, SiteEvent::Callback));
}

// Code from a string has no place in the program's text: the function is made at the
// `new Function` call, and what its code allocates counts as that call's line, never
// as a place in the string (here line 2 of it, which the program's line 2 is not).
TEST(AllocationSites, CodeFromAStringAtTheNewFunctionThatMadeIt) {
  ProgramRunner runner(tracking());
  runner.run(
      "const make = new Function('n',\n"
      "  'const list = [];\\nreturn { list, n };');\n"
      "globalThis.made = make;\n"
      "globalThis.result = make(1);\n"
      "globalThis.list = globalThis.result.list;\n");
  EXPECT_EQ(siteOf(runner, "made"), Place(1, 14));
  // The step of the statement that called `new Function` (its declarator).
  EXPECT_EQ(siteOf(runner, "result"), Place(1, 7));
  EXPECT_EQ(siteOf(runner, "list"), Place(1, 7));
}

// The same for eval: what the code given to it allocates counts as the statement
// that called eval, and the closure that carries it into a frame is not the program's.
TEST(AllocationSites, CodeFromAStringAtTheEvalThatRanIt) {
  ProgramRunner runner(tracking());
  runner.run(
      "const e = eval;\n"
      "globalThis.made = e('1;\\n({ list: [1] })');\n"
      "globalThis.list = globalThis.made.list;\n");
  EXPECT_EQ(siteOf(runner, "made"), Place(2, 1));
  EXPECT_EQ(siteOf(runner, "list"), Place(2, 1));
}

}  // namespace
}  // namespace reachable
