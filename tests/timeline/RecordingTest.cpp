#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "scenario/ScenarioLoader.h"
#include "timeline/Recording.h"

namespace reachable {
namespace {

RecordedRun record(std::string_view source, RecordOptions options = {}) {
  LoadResult loaded = loadScenario("test.mjs", source);
  EXPECT_TRUE(loaded.scenario.has_value());
  return recordScenario(*loaded.scenario, options);
}

const Variable* variable(const HeapState& state, std::string_view name) {
  for (const RootScope& scope : state.scopes) {
    for (const Variable& v : scope.variables) {
      if (v.name == name) return &v;
    }
  }
  return nullptr;
}

TEST(RecordingTest, StepZeroIsBeforeTheFirstStatement) {
  RecordedRun run = record("let user = { name: 'John' };\nuser = null;\n");
  const Timeline& timeline = run.timeline;
  ASSERT_EQ(timeline.stepCount(), 4u);  // the module's task ends in a step of its own
  EXPECT_EQ(timeline.step(3).kind, StepKind::TaskEnd);
  EXPECT_EQ(timeline.step(0).kind, StepKind::Start);
  HeapState start = timeline.stateAt(0);
  EXPECT_TRUE(start.objects.empty());
  ASSERT_NE(variable(start, "user"), nullptr);
  EXPECT_TRUE(variable(start, "user")->uninitialized);

  HeapState first = timeline.stateAt(1);
  ASSERT_EQ(first.objects.size(), 1u);
  const ObjectView& john = first.objects[0];
  EXPECT_EQ(john.title, "Object");
  ASSERT_EQ(john.rows.size(), 1u);
  EXPECT_EQ(john.rows[0].name, "name");
  EXPECT_EQ(john.rows[0].value.text, "\"John\"");
  EXPECT_EQ(variable(first, "user")->value.target, john.id);
  EXPECT_EQ(timeline.step(1).range->start.line, 1u);

  HeapState last = timeline.stateAt(2);
  EXPECT_EQ(variable(last, "user")->value.text, "null");
  EXPECT_EQ(last.objects.size(), 1u) << "garbage stays until a collection takes it";
}

TEST(RecordingTest, ACollectionIsFourStepsInTheCollectorsOrder) {
  RecordedRun run = record(
      "let a = {};\nlet b = {};\nconst ref = new WeakRef(b);\nb = null;\n"
      "await new Promise(resolve => setTimeout(resolve, 0));\ngc();\n");
  const Timeline& timeline = run.timeline;
  std::vector<StepKind> kinds;
  for (std::uint64_t n = 0; n < timeline.stepCount(); ++n) kinds.push_back(timeline.step(n).kind);
  auto mark = std::find(kinds.begin(), kinds.end(), StepKind::GcMark);
  ASSERT_NE(mark, kinds.end());
  auto at = static_cast<std::uint64_t>(mark - kinds.begin());
  EXPECT_EQ(kinds[at + 1], StepKind::GcClear);
  EXPECT_EQ(kinds[at + 2], StepKind::GcSweep);
  EXPECT_EQ(kinds[at + 3], StepKind::GcQueueCleanup);

  // The mark changes nothing; the clear empties the WeakRef; the sweep frees b's object.
  HeapState before = timeline.stateAt(at - 1);
  EXPECT_EQ(timeline.stateAt(at).objects, before.objects);
  StepRecord clear = timeline.step(at + 1);
  ASSERT_EQ(clear.events.size(), 1u);
  EXPECT_EQ(clear.events[0].kind, StepEvent::Kind::ClearedWeakRef);
  const HeapState cleared = timeline.stateAt(at + 1);
  const ObjectView* weakRef = cleared.find(clear.events[0].object);
  ASSERT_NE(weakRef, nullptr);
  EXPECT_EQ(weakRef->rows.back().value.text, "<empty>");
  StepRecord sweep = timeline.step(at + 2);
  ObjectId target = clear.events[0].other;
  EXPECT_TRUE(std::any_of(sweep.events.begin(), sweep.events.end(),
                          [&](const StepEvent& e) { return e.kind == StepEvent::Kind::Freed && e.object == target; }));
  EXPECT_NE(timeline.stateAt(at + 1).find(target), nullptr);
  EXPECT_EQ(timeline.stateAt(at + 2).find(target), nullptr);
  EXPECT_EQ(timeline.stateAt(at + 2).objects.size(), before.objects.size() - sweep.events.size());
}

TEST(RecordingTest, ConsoleOutputBelongsToTheStepThatPrinted) {
  RecordedRun run = record("console.log('one');\nconsole.error('two');\n");
  auto console = run.timeline.console();
  ASSERT_EQ(console.size(), 2u);
  EXPECT_EQ(console[0].text, "one");
  EXPECT_EQ(console[0].step, 1u);
  EXPECT_TRUE(console[1].toStandardError);
  EXPECT_EQ(run.timeline.stateAt(1).consoleLines, 1u);
  EXPECT_EQ(run.timeline.stateAt(2).consoleLines, 2u);
}

TEST(RecordingTest, CollectNowInjectsACollectionAndLeavesTheProgramAlone) {
  const char* program = "let user = { name: 'John' };\nuser = null;\nconsole.log('done');\n";
  RecordedRun plain = record(program);
  RecordOptions options;
  options.collectAfter = 2;
  RecordedRun collected = record(program, options);
  EXPECT_EQ(collected.timeline.stepCount(), plain.timeline.stepCount() + 4);
  EXPECT_EQ(collected.timeline.step(3).kind, StepKind::GcMark);
  EXPECT_EQ(collected.timeline.step(3).collection, CollectionReason::Requested);
  EXPECT_EQ(collected.timeline.stateAt(5).objects.size(), 0u);
  ASSERT_EQ(collected.timeline.console().size(), 1u);
}

TEST(RecordingTest, CollectNowAtTheLastStepRunsTheCallbacksItQueues) {
  const char* program =
      "globalThis.registry = new FinalizationRegistry(held => console.log(held + ' is gone'));\n"
      "let user = { name: 'John' };\nregistry.register(user, 'John');\nuser = null;\n";
  RecordedRun plain = record(program);
  RecordOptions options;
  options.collectAfter = plain.timeline.stepCount() - 1;
  RecordedRun collected = record(program, options);
  ASSERT_EQ(collected.timeline.console().size(), 1u);
  EXPECT_EQ(collected.timeline.console()[0].text, "John is gone");
}

TEST(RecordingTest, TheRecordingCapStopsTheRunWithItsOwnMessage) {
  RecordOptions options;
  options.stepCap = 100;
  RecordedRun run = record("let i = 0;\nwhile (true) {\n  i++;\n}\n", options);
  EXPECT_EQ(run.end.status, RecordedEnd::Status::Terminated);
  EXPECT_EQ(run.end.message,
            "the recording reached its limit of 100 steps (an endless loop? reachable-cli run records nothing and "
            "goes on)");
  ASSERT_TRUE(run.end.position.has_value());
  EXPECT_GE(run.end.position->line, 2u);
  EXPECT_LE(run.end.position->line, 3u);
  EXPECT_LE(run.timeline.stepCount(), 102u);
}

TEST(RecordingTest, AProgramWithErrorsRecordsNothingAndSaysWhere) {
  RecordedRun run = record("let x = ;\n");
  EXPECT_EQ(run.end.status, RecordedEnd::Status::ProgramError);
  EXPECT_EQ(run.end.message, "SyntaxError: Unexpected token ';'");
  EXPECT_EQ(run.timeline.stepCount(), 0u);
}

TEST(RecordingTest, ArraysThatGrowAtTheEndCostLittlePerStep) {
  RecordedRun run = record("const list = [];\nfor (let i = 0; i < 2000; i++) {\n  list.push(i);\n}\n");
  const Timeline& timeline = run.timeline;
  HeapState last = timeline.stateAt(timeline.stepCount() - 1);
  ASSERT_EQ(last.objects.size(), 1u);
  EXPECT_EQ(last.objects[0].title, "Array(2000)");
  EXPECT_EQ(last.objects[0].rows[1999].value.text, "1999");
  EXPECT_LT(timeline.bytesUsed() / timeline.stepCount(), 64u);
}

// A queue kept in an array: each shift moves every element down one. The rows move
// along in the record (and are named by their new indices) instead of each being
// written again, and every step reads as the engine had it, with unshift and splice
// in the middle too.
TEST(RecordingTest, ArraysUsedAsQueuesCostTheirEndsNotTheirRows) {
  std::vector<HeapState> truth;
  RecordOptions options;
  options.checkEachStep = [&](std::uint64_t step, const HeapState& state) {
    if (truth.size() <= step) truth.resize(step + 1);
    truth[step] = state;
    return true;
  };
  RecordedRun run = record(R"(const queue = [];
for (let i = 0; i < 300; i++) queue.push(i);
for (let i = 0; i < 600; i++) {
  queue.push({ i });
  queue.shift();
  if (i % 100 === 0) queue.unshift({ first: i }, 'two');
  if (i % 100 === 50) queue.splice(7, 3, 'x');
}
)",
                           options);
  const Timeline& timeline = run.timeline;
  for (std::uint64_t step = 0; step < truth.size(); step += 7) {
    if (truth[step].objects.empty() && step > 0) continue;  // a collection's inner phase, not checked
    HeapState got = timeline.stateAt(step);
    truth[step].step = step;
    ASSERT_EQ(got, truth[step]) << "step " << step;
  }
  HeapState last = timeline.stateAt(timeline.stepCount() - 1);
  const ObjectView* queue = nullptr;  // the longest array (splice made short ones)
  for (const ObjectView& o : last.objects) {
    if (o.title.starts_with("Array(") && (!queue || o.rows.size() > queue->rows.size())) queue = &o;
  }
  ASSERT_NE(queue, nullptr);
  EXPECT_EQ(queue->title, "Array(300)");
  EXPECT_EQ(queue->rows[299].name, "299");
  // Each turn's writes (an object made, a push, a shift) weigh tens of bytes, not the
  // 300 rows a shift moves (about 3 KB).
  EXPECT_LT(timeline.bytesUsed() / timeline.stepCount(), 200u);
}

}  // namespace
}  // namespace reachable
