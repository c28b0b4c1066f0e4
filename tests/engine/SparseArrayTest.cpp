#include <gtest/gtest.h>

#include "ProgramRunner.h"
#include "heap/JSObject.h"

namespace reachable {
namespace {

// What an array costs in the heap's accounting, in bytes.
std::size_t bytesOf(ProgramRunner& runner, std::string_view name) { return runner.global(name).accountedBytes; }

TEST(SparseArrayTest, AnArrayCostsWhatItHoldsNotItsLength) {
  ProgramRunner runner;
  ASSERT_EQ(runner.run("globalThis.far = []; far[4294967294] = 1; far[1e9] = 2;\n"
                       "globalThis.empty = new Array(2 ** 31);\n"
                       "globalThis.small = [1, 2];\n"
                       "console.log(far.length, empty.length);\n").status,
            RunOutcome::Status::Completed);
  EXPECT_EQ(runner.console.out, "4294967295 2147483648\n");
  // Two entries and a length: no more than an array of a few elements.
  EXPECT_LT(bytesOf(runner, "far"), 4 * bytesOf(runner, "small"));
  EXPECT_LT(bytesOf(runner, "empty"), 2 * bytesOf(runner, "small"));
  EXPECT_LT(runner.engine.heap().footprint(), std::size_t{64} << 20);
}

TEST(SparseArrayTest, FillingFromTheStartStaysDense) {
  ProgramRunner runner;
  ASSERT_EQ(runner.run("globalThis.a = []; a[3000] = 'far';\n"
                       "for (let i = 0; i < 3000; i += 1) a[i] = i;\n"
                       "globalThis.b = new Array(2 ** 20); for (let i = 0; i < 5000; i += 1) b[i] = i;\n"
                       "console.log(a.length, a[2999], a[3000], b.length, b[4999]);\n").status,
            RunOutcome::Status::Completed);
  EXPECT_EQ(runner.console.out, "3001 2999 far 1048576 4999\n");
  // Written in order from 0, the elements went into the vector, one word each: not
  // a property apiece (a property costs more than an element).
  const auto& a = static_cast<const JSObject&>(runner.global("a"));
  EXPECT_GE(a.elements.size(), 3000u);
  EXPECT_LE(a.properties.size(), 1u);
  const auto& b = static_cast<const JSObject&>(runner.global("b"));
  EXPECT_EQ(b.elements.size(), 5000u);
  EXPECT_EQ(b.elements.length(), 1u << 20);
}

TEST(SparseArrayTest, ShorteningDropsTheFarIndicesItCovered) {
  ProgramRunner runner;
  ASSERT_EQ(runner.run("globalThis.a = [1, 2]; a[1e6] = 3; a[2e6] = 4; a.foo = 5;\n"
                       "a.length = 1500000;\n"
                       "console.log(a.length, Object.keys(a).join());\n"
                       "a.length = 1;\n"
                       "console.log(a.length, Object.keys(a).join(), a[1e6]);\n").status,
            RunOutcome::Status::Completed);
  EXPECT_EQ(runner.console.out, "1500000 0,1,1000000,foo\n1 0,foo undefined\n");
  const auto& a = static_cast<const JSObject&>(runner.global("a"));
  EXPECT_EQ(a.properties.size(), 1u);  // foo alone
}

TEST(SparseArrayTest, LoopsStepOverTheGapsInsteadOfTheLength) {
  // Each of these would read four billion indices one by one: fewer steps than that
  // is all the budget allows.
  EngineOptions options;
  options.stepBudget = 1'000'000;
  ProgramRunner runner(options);
  ASSERT_EQ(runner.run("const a = [0]; a[2 ** 32 - 2] = 'end'; a[2 ** 31] = 'middle';\n"
                       "const seen = []; a.forEach((v, i) => seen.push(i));\n"
                       "console.log(seen.join(), a.indexOf('end'), a.lastIndexOf(0), a.includes('middle'));\n"
                       "console.log(a.map((v) => v).length, a.filter(() => true).length, a.reduce((s, v) => s + v));\n"
                       "console.log(a.reduceRight((s, v) => s + v), a.slice(1).length, [].concat(a).length);\n"
                       "console.log(a.some((v) => v === 'end'), a.every((v) => v !== 1));\n"
                       "a.sort(); console.log(a[0], a[1], a[2], a.length, Object.keys(a).join());\n").status,
            RunOutcome::Status::Completed);
  EXPECT_EQ(runner.console.out,
            "0,2147483648,4294967294 4294967294 0 true\n"
            "4294967295 3 0middleend\n"
            "endmiddle0 4294967294 4294967295\n"
            "true true\n"
            "0 end middle 4294967295 0,1,2\n");
}

TEST(SparseArrayTest, ArrayLikesGapsAreSteppedOverUpToTheLargestSafeInteger) {
  EngineOptions options;
  options.stepBudget = 1'000'000;
  ProgramRunner runner(options);
  ASSERT_EQ(runner.run("const { includes, indexOf, lastIndexOf, forEach } = Array.prototype;\n"
                       "console.log(includes.call({ length: 2 ** 53 - 1, 5e9: 'far', 3: 'near' }, 'far'));\n"
                       "console.log(indexOf.call({ length: 2 ** 40, 1e12: 'x' }, 'x'), "
                       "lastIndexOf.call({ length: 2 ** 40, 7: 'x' }, 'x'));\n"
                       "const keys = []; forEach.call({ length: 2 ** 53 - 1, 9e15: 1, 2: 1, 4e9: 1 }, (v, k) => keys.push(k));\n"
                       "console.log(keys.join());\n"
                       "console.log(indexOf.call({ length: 10, __proto__: { 5: 'inherited' } }, 'inherited'));\n")
                .status,
            RunOutcome::Status::Completed);
  EXPECT_EQ(runner.console.out, "true\n1000000000000 7\n2,4000000000,9000000000000000\n5\n");
}

}  // namespace
}  // namespace reachable
