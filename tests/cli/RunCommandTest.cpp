#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "Subprocess.h"
#include "scenario/Scenario.h"
#include "timeline/Recording.h"

namespace reachable {
namespace {

class RunCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("reachable-run-test-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  ProcessResult run(const std::string& program, std::vector<std::string> options = {},
                    const std::string& subcommand = "run") {
    std::ofstream(dir_ / "program.mjs", std::ios::binary) << program;
    std::vector<std::string> command{REACHABLE_CLI, subcommand};
    command.insert(command.end(), options.begin(), options.end());
    command.push_back("program.mjs");
    return runProcess(command, {{"PATH", std::getenv("PATH")}}, dir_);
  }

  std::filesystem::path dir_;
};

TEST_F(RunCommand, PrintsWhatTheConsolePrinted) {
  auto result =
      run("let user = { name: 'John' };\nlet admin = user;\nuser = null;\nconsole.log(admin.name);\n"
          "console.error('to stderr');\n");
  EXPECT_EQ(result.exitCode, 0);
  EXPECT_EQ(result.output, "John\n");
  EXPECT_EQ(result.errors, "to stderr\n");
}

TEST_F(RunCommand, UncaughtErrorIsLocatedAndExitsOne) {
  auto result = run("console.log('before');\nlet x = null;\n  x.name;\n");
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_EQ(result.output, "before\n");
  // At the name read, where V8 places the error (the first frame of Node's stack).
  EXPECT_EQ(result.errors, "program.mjs:3:5: Uncaught TypeError: Cannot read properties of null (reading 'name')\n");
}

// Node's own error for a rejection whose reason is not an error, naming the reason as
// V8 does without running any of the program's code (no getter, no toString).
TEST_F(RunCommand, UnhandledRejectionOfANonErrorIsNodesUnhandledPromiseRejection) {
  const std::string node =
      "Uncaught [UnhandledPromiseRejection: This error originated either by throwing inside of an async function "
      "without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected "
      "with the reason \"";
  const std::string code = "\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n";
  const std::pair<const char*, const char*> reasons[] = {
      {"5", "5"},
      {"[1, 2]", "[object Array]"},
      {"new Map()", "#<Map>"},
      {"new (class Point {})()", "#<Point>"},
      {"({ toString() { return 'custom'; } })", "[object Object]"},
      {"({ get constructor() { console.log('getter ran'); return Object; } })", "[object Object]"},
      {"({ name: 'Custom', message: 'm', toString: Error.prototype.toString })", "Custom: m"},
      {"function named() {}", "function named() {}"},
      {"Symbol('s')", "Symbol(s)"},
      {"new Proxy({}, {})", "#<Object>"},
  };
  for (const auto& [reason, named] : reasons) {
    auto result = run(std::string("Promise.reject(") + reason + ");\n");
    EXPECT_EQ(result.exitCode, 1) << reason;
    EXPECT_EQ(result.output, "") << reason;
    // Placed at the call that rejected it (Promise.reject), as V8 places a call.
    EXPECT_EQ(result.errors, "program.mjs:1:9: " + node + named + code) << reason;
  }
  // And a reason thrown by an async function where it was thrown.
  auto thrown = run("function inner() { throw 'deep'; }\nasync function g() {\n  await null;\n  inner();\n}\ng();\n");
  EXPECT_EQ(thrown.errors, "program.mjs:1:20: " + node + "deep" + code);
  // An error is reported as a thrown one is, where it was made.
  auto result = run("async function f() {\n  await null;\n  throw new TypeError('late');\n}\nf();\n");
  EXPECT_EQ(result.errors, "program.mjs:3:9: Uncaught TypeError: late\n");
}

// Node 20's words (Node 18 words JSON's syntax errors otherwise, so no parity program
// prints them).
TEST_F(RunCommand, JsonSyntaxErrorsAreWordedAsNode20WordsThem) {
  auto result = run(
      "for (const c of ['[1,]', '{\"a\":1,}', '{,}', '[', '{\"a\" 1}', '[1 2]', '[]x', '\"abc'])\n"
      "  try { JSON.parse(c); } catch (e) { console.log(e.message); }\n");
  EXPECT_EQ(result.output,
            "Unexpected token ']', \"[1,]\" is not valid JSON\n"
            "Expected double-quoted property name in JSON at position 7\n"
            "Expected property name or '}' in JSON at position 1\n"
            "Unexpected end of JSON input\n"
            "Expected ':' after property name in JSON at position 5\n"
            "Expected ',' or ']' after array element in JSON at position 3\n"
            "Unexpected non-whitespace character after JSON at position 2\n"
            "Unterminated string in JSON at position 4\n");
}

TEST_F(RunCommand, CaughtErrorsCarryV8Messages) {
  auto result =
      run("const report = (f) => { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } };\n"
          "report(() => undefinedName);\n"
          "report(() => { const c = 1; c = 2; });\n"
          "report(() => { t; let t; });\n"
          "report(() => (void 0)());\n"
          "report(() => new (() => {})());\n"
          "report(() => { const o = { a: {} }; o['a'].f(); });\n"
          "report(() => { const o = {}; o.a.b; });\n");
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_EQ(result.output,
            "ReferenceError: undefinedName is not defined\n"
            "TypeError: Assignment to constant variable.\n"
            "ReferenceError: Cannot access 't' before initialization\n"
            "TypeError: (void 0) is not a function\n"
            "TypeError: (intermediate value) is not a constructor\n"
            "TypeError: o.a.f is not a function\n"
            "TypeError: Cannot read properties of undefined (reading 'b')\n");
}

TEST_F(RunCommand, EndlessLoopStopsAtTheStepBudgetNamingTheLoop) {
  auto result = run("let n = 0;\nwhile (true) { n++; }\n", {"--step-budget", "1000"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_EQ(result.errors, "program.mjs:2:1: error: the program ran more than 1000 steps (an endless loop?)\n");
}

TEST_F(RunCommand, CatastrophicBacktrackingStopsAtTheLimitNamingTheLine) {
  // The tutorial's own example of a regex that hangs an engine.
  auto result = run(
      "let regexp = /^(\\w+\\s?)*$/;\n"
      "let str = 'An input string that takes a long time or even makes this regexp hang!';\n"
      "console.log(regexp.test(str));\n",
      {"--step-budget", "100000"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_EQ(result.output, "");
  EXPECT_NE(result.errors.find("program.mjs:3:1: error: a regular expression backtracked more than"),
            std::string::npos)
      << result.errors;
}

TEST_F(RunCommand, ARegExpOutsideTheSubsetEndsTheRunByNameWhereItIsMade) {
  auto result = run("try {\n  new RegExp('(?<=a+)b');\n} catch (e) {\n  console.log('caught');\n}\n");
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_EQ(result.output, "");
  EXPECT_EQ(result.errors,
            "program.mjs:2:3: error: regular expression /(?<=a+)b/: lookbehind of variable length is not supported "
            "(RegExp outside Reachable's subset)\n");
}

TEST_F(RunCommand, APropertyEscapeMatchedAgainstAnUnassignedCharacterIsRefused) {
  auto result = run("const r = /\\p{L}/u;\nconsole.log(r.test('\\ud800'));\nr.test('\\u0378');\n");
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_EQ(result.output, "false\n");
  EXPECT_EQ(result.errors,
            "program.mjs:3:1: error: matching \\p{…} against a character that Unicode 15.0 leaves unassigned is not "
            "supported (newer Node versions may have given it properties)\n");
}

TEST_F(RunCommand, RegExpLiteralErrorsAreEarlyAndLocated) {
  auto result = run("console.log('never');\nconst r = /(?<a>x)\\k<b>/;\n", {}, "check");
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.errors,
            "program.mjs:2:11: error: SyntaxError: Invalid regular expression: /(?<a>x)\\k<b>/: Invalid named capture "
            "referenced\n");
}

TEST_F(RunCommand, IntervalNeverClearedStopsAtTheStepBudgetNamingItsCallback) {
  auto result = run("setInterval(() => {}, 10);\n", {"--step-budget", "1000"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_NE(result.errors.find("program.mjs:1:13: error: the program ran more than 1000 steps"), std::string::npos)
      << result.errors;
}

TEST_F(RunCommand, LoopWithoutAStatementStopsAtTheStepBudgetNamingTheLoop) {
  for (const char* loop : {"for (;;) {}", "for (;;);"}) {
    auto result = run(std::string("let n = 0;\n  ") + loop + "\n", {"--step-budget", "1000"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.errors, "program.mjs:2:3: error: the program ran more than 1000 steps (an endless loop?)\n");
  }
}

TEST_F(RunCommand, EndlessGeneratorStopsAtTheStepBudgetWhateverDrainsIt) {
  const std::string generator = "function* forever() {\n  for (;;) yield 1;\n}\n";
  auto spread = run(generator + "const all = [...forever()];\n", {"--step-budget", "1000"});
  EXPECT_EQ(spread.exitCode, 1);
  EXPECT_EQ(spread.errors, "program.mjs:2:3: error: the program ran more than 1000 steps (an endless loop?)\n");
  auto loop = run(generator + "for (const x of forever()) {}\n", {"--step-budget", "1000"});
  EXPECT_EQ(loop.exitCode, 1);
  EXPECT_NE(loop.errors.find("error: the program ran more than 1000 steps"), std::string::npos) << loop.errors;
}

TEST_F(RunCommand, MicrotaskJobsCountAgainstTheStepBudget) {
  auto result = run("const f = () => queueMicrotask(f);\nf();\n", {"--step-budget", "1000"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_EQ(result.errors, "program.mjs:1:11: error: the program ran more than 1000 steps (an endless loop?)\n");
}

TEST_F(RunCommand, OptionValuesOutOfRangeAreRefusedNotWrapped) {
  auto depth = run("console.log(1);\n", {"--max-call-depth", "4294967296"});
  EXPECT_EQ(depth.exitCode, 2);
  EXPECT_NE(depth.errors.find("--max-call-depth: '4294967296' is not a whole number from 1 to 1000000"),
            std::string::npos)
      << depth.errors;
  auto budget = run("console.log(1);\n", {"--heap-budget", "17592186044416"});
  EXPECT_EQ(budget.exitCode, 2);
  EXPECT_NE(budget.errors.find("--heap-budget: '17592186044416' is not a whole number from 1 to 1048576 MiB"),
            std::string::npos)
      << budget.errors;
}

TEST_F(RunCommand, PerformanceNowCountsTheVirtualClock) {
  auto result =
      run("const t = performance.now();\nawait new Promise((r) => setTimeout(r, 100));\n"
          "const spent = performance.now() - t;\nconsole.log(spent >= 100, spent < 5000);\n");
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_EQ(result.output, "true true\n");
}

TEST_F(RunCommand, DeepRecursionIsACatchableRangeError) {
  auto result =
      run("function down(n) { return down(n + 1); }\n"
          "try { down(0); } catch (e) { console.log(e instanceof RangeError, e.message); }\n");
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_EQ(result.output, "true Maximum call stack size exceeded\n");
}

TEST_F(RunCommand, StringsLongerThanV8AllowsAreARangeError) {
  auto result = run("let s = 'x';\ntry { for (;;) s += s; } catch (e) { console.log(e.name, e.message, s.length); }\n",
                    {"--max-string-length", "1000"});
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_EQ(result.output, "RangeError Invalid string length 512\n");
}

TEST_F(RunCommand, LiveHeapOverItsBudgetStopsTheRun) {
  auto result = run("const keep = {};\nfor (let i = 0; ; i++) {\n  keep['k' + i] = { i };\n}\n",
                    {"--heap-threshold", "1", "--heap-budget", "4"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_EQ(result.errors.rfind("program.mjs:2:", 0), 0u) << result.errors;  // located in the loop
  EXPECT_NE(result.errors.find(": error: the live heap"), std::string::npos) << result.errors;
  EXPECT_NE(result.errors.find("exceeds its budget of 4 MiB"), std::string::npos) << result.errors;
}

TEST_F(RunCommand, GarbageDoesNotCountAgainstTheBudget) {
  auto result = run("let last;\nfor (let i = 0; i < 200000; i++) last = { i, pad: 'x' + i };\nconsole.log(last.i);\n",
                    {"--heap-threshold", "1", "--heap-budget", "4"});
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_EQ(result.output, "199999\n");
}

TEST_F(RunCommand, HugeAllocationsAndDeepJsonAreErrorsNotCrashes) {
  auto result = run(
      "const report = (f) => { try { f(); } catch (e) { console.log(e.name, e.message); } };\n"
      "report(() => console.log(new Array(1e9).length));\n"
      "report(() => new Array(1e8).fill(0));\n"
      "report(() => JSON.parse('['.repeat(100000)));\n"
      "let deep = {};\n"
      "for (let i = 0; i < 100000; i++) deep = { next: deep };\n"
      "report(() => JSON.stringify(deep));\n"
      "console.log(JSON.parse('['.repeat(100000) + ']'.repeat(100000)).length);\n",
      {"--heap-budget", "256"});
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  // A sparse array costs what it holds; filled, it meets the heap budget. JSON.parse
  // nests without recursion, as V8's: 100,000 open brackets end the input.
  EXPECT_EQ(result.output,
            "1000000000\n"
            "RangeError Invalid array length\n"
            "SyntaxError Unexpected end of JSON input\n"
            "RangeError Maximum call stack size exceeded\n"
            "1\n");
}

TEST_F(RunCommand, ParseErrorsExitTwoAsCheckDoes) {
  auto result = run("let x = 1;\nlet x = 2;\n");
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.errors, "program.mjs:2:5: error: SyntaxError: Identifier 'x' has already been declared\n");
}

TEST_F(RunCommand, UnknownOptionPrintsUsage) {
  auto result = run("1;", {"--frobnicate", "3"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.errors.find("usage:"), std::string::npos);
}

constexpr const char* kWeakRefProgram =
    "let user = { name: 'John' };\n"
    "const ref = new WeakRef(user);\n"
    "user = null;\n"
    "await new Promise((r) => setTimeout(r, 0));\n"
    "gc();\n"
    "console.log(ref.deref());\n";

TEST_F(RunCommand, TraceShowsStatementsCollectorPhasesAndTaskTurnsInOrder) {
  auto result = run(kWeakRefProgram, {}, "trace");
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  const std::string& t = result.output;
  std::size_t at = 0;
  for (const char* expected :
       {"0 start\n", "1 statement 1:5-", "task-end\n", "task-ended: 1 kept objects", "task-start\n", "statement 5:1-",
        "gc-mark (gc())\n", "gc-clear (gc())\n", "cleared-weakref: #", "gc-sweep (gc())\n", "freed: #",
        "gc-queue-cleanup (gc())\n", "statement 6:1-", "console: undefined"}) {
    auto found = t.find(expected, at);
    ASSERT_NE(found, std::string::npos) << "missing, in order: " << expected << "\n" << t;
    at = found;
  }
}

TEST_F(RunCommand, TraceJsonIsOneObjectPerStepNumberedFromZero) {
  auto result = run(kWeakRefProgram, {}, "trace");
  auto json = run(kWeakRefProgram, {"--json"}, "trace");
  ASSERT_EQ(json.exitCode, 0) << json.errors;
  std::istringstream lines(json.output);
  std::size_t step = 0;
  for (std::string line; std::getline(lines, line); ++step) {
    std::string prefix = "{\"step\":" + std::to_string(step) + ",\"kind\":";
    ASSERT_EQ(line.rfind(prefix, 0), 0u) << line;
    ASSERT_EQ(line.back(), '}') << line;
  }
  EXPECT_GT(step, 10u);
  EXPECT_NE(json.output.find("{\"type\":\"console\",\"text\":\"undefined\"}"), std::string::npos);
  // The text form has a line for each step too.
  EXPECT_NE(result.output.find(std::to_string(step - 1) + " task-end"), std::string::npos) << result.output;
}

// "Object #12" is the same object in `trace` as in the GUI: both name it by the serial
// the timeline records.
TEST_F(RunCommand, TraceNamesObjectsAsTheTimelineDoes) {
  Scenario scenario;
  scenario.program = kWeakRefProgram;
  RecordedRun recorded = recordScenario(scenario);
  std::optional<StepEvent> cleared;
  recorded.timeline.forEachStep([&](const StepRecord& step) {
    for (const StepEvent& e : step.events) {
      if (e.kind == StepEvent::Kind::ClearedWeakRef) cleared = e;
    }
  });
  ASSERT_TRUE(cleared);
  auto result = run(kWeakRefProgram, {}, "trace");
  const std::string line =
      "cleared-weakref: #" + std::to_string(cleared->object) + " (target #" + std::to_string(cleared->other) + ")\n";
  EXPECT_NE(result.output.find(line), std::string::npos) << line << result.output;
  auto json = run(kWeakRefProgram, {"--json"}, "trace");
  const std::string event = "{\"type\":\"cleared-weakref\",\"object\":" + std::to_string(cleared->object) +
                            ",\"target\":" + std::to_string(cleared->other) + "}";
  EXPECT_NE(json.output.find(event), std::string::npos) << event << json.output;
}

}  // namespace
}  // namespace reachable
