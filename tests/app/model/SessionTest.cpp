#include "Session.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "TemporaryDirectory.h"

namespace reachable {
namespace {

constexpr const char* kProgram = "let user = { name: 'John' };\nuser = null;\nconsole.log('done');\n";

std::string contents(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(SessionTest, CollectNowRecordsACollectionAfterTheStepAndLeavesTheFileAlone) {
  TemporaryDirectory folder;
  const auto file = folder.write("lesson.mjs", kProgram);
  Session session;
  ASSERT_TRUE(session.openFile(file));
  session.finishRecording();
  const std::uint64_t plainSteps = session.run().stepCount();
  session.player().jumpTo(2);
  session.collectNow();
  session.finishRecording();
  EXPECT_EQ(session.injectedCollection(), 2u);
  EXPECT_EQ(session.run().stepCount(), plainSteps + 4);
  EXPECT_EQ(session.run().step(3).kind, StepKind::GcMark);
  EXPECT_EQ(session.player().step(), 3u) << "the player moves on to the mark";
  session.player().jumpTo(5);
  EXPECT_TRUE(session.state().objects.empty()) << "the sweep took { name: 'John' }";
  EXPECT_EQ(contents(file), kProgram);
}

TEST(SessionTest, RunningAnEditedProgramKeepsTheStep) {
  TemporaryDirectory folder;
  Session session;
  ASSERT_TRUE(session.openFile(folder.write("lesson.mjs", kProgram)));
  session.finishRecording();
  session.player().jumpTo(2);
  ASSERT_TRUE(session.rerun(std::string(kProgram) + "let admin = { name: 'Ann' };\n"));
  session.finishRecording();
  EXPECT_EQ(session.player().step(), 2u);
  EXPECT_EQ(session.run().stepCount(), 6u);
}

TEST(SessionTest, AnEditWithErrorsKeepsTheLastGoodRunOnScreen) {
  TemporaryDirectory folder;
  Session session;
  ASSERT_TRUE(session.openFile(folder.write("lesson.mjs", kProgram)));
  session.finishRecording();
  const std::uint64_t steps = session.run().stepCount();
  EXPECT_FALSE(session.rerun("let = 3;\n"));
  EXPECT_EQ(session.run().stepCount(), steps);
}

// A program that never ends stops at the recording's cap (here a small one, for a
// quick test; the program's own is a million steps, some seconds): the error says
// where, as `reachable-cli run` would, and every step up to there can be shown.
TEST(SessionTest, AProgramThatNeverEndsStopsWithALocatedErrorAndKeepsItsSteps) {
  TemporaryDirectory folder;
  Session session(20'000);
  ASSERT_TRUE(session.openFile(folder.write("forever.js", "const a = [];\nfor (;;) a.push({ x: 1 });\n")));
  session.finishRecording();
  ASSERT_TRUE(session.runError());
  EXPECT_EQ(session.runError()->describe(),
            "forever.js:2:10: error: the recording reached its limit of 20000 steps (an endless loop? reachable-cli run "
            "records nothing and goes on)");
  EXPECT_EQ(session.run().stepCount(), 20'001u);
  session.player().toEnd();
  const std::size_t objects = session.state().objects.size();
  EXPECT_GT(objects, 10'000u) << "the array and what it holds";
  session.player().jumpTo(100);
  EXPECT_LE(session.state().objects.size(), 101u);
  session.player().toEnd();
  EXPECT_EQ(session.state().objects.size(), objects);
  EXPECT_EQ(session.memory().samples().back().memory.objects, objects);
}

TEST(SessionTest, AProgramThatEndsHasNoRunError) {
  TemporaryDirectory folder;
  Session session;
  ASSERT_TRUE(session.openFile(folder.write("lesson.mjs", kProgram)));
  session.finishRecording();
  EXPECT_FALSE(session.runError());
}

// Without a cap, a program that never ends records until something cancels it.
constexpr const char* kEndless = "let i = 0;\nwhile (true) {\n  i++;\n  if (i % 100 === 0) console.log(i);\n}\n";

TEST(SessionTest, ARunShowsItsFirstStepAndGrowsWhileItRecords) {
  TemporaryDirectory folder;
  Session session(UINT64_MAX);
  ASSERT_TRUE(session.openFile(folder.write("endless.mjs", kEndless)));
  EXPECT_TRUE(session.recording());
  EXPECT_EQ(session.player().step(), 0u);
  EXPECT_FALSE(session.runEnd());
  session.waitForSteps(2000);
  const std::uint64_t first = session.player().lastStep();
  EXPECT_GE(first, 1999u);
  EXPECT_EQ(session.memory().stepCount(), first + 1);
  session.waitForSteps(first + 3000);
  EXPECT_GE(session.player().lastStep(), first + 2999);
  EXPECT_EQ(session.memory().stepCount(), session.player().lastStep() + 1);
  EXPECT_GE(session.console().size(), 10u);
  EXPECT_EQ(session.console()[9].text, "1000");
  EXPECT_EQ(session.player().step(), 0u) << "the learner's step stays";
  EXPECT_TRUE(session.recording());
  EXPECT_FALSE(session.runError());
}

// A new recording (an edit run again, a reload, "collect now", another file) stops
// the one under way: had it not, waiting for its end would never return.
TEST(SessionTest, ARerunCancelsTheRecordingUnderWay) {
  TemporaryDirectory folder;
  Session session(UINT64_MAX);
  ASSERT_TRUE(session.openFile(folder.write("endless.mjs", kEndless)));
  const ScenarioRun first = session.run();
  session.waitForSteps(500);
  session.collectNow();
  const ScenarioRun second = session.run();
  EXPECT_NE(first.identity(), second.identity());
  first.waitForEnd();
  EXPECT_EQ(first.end()->status, RecordedEnd::Status::Cancelled);
  ASSERT_TRUE(session.rerun("let done = true;\n"));
  second.waitForEnd();
  EXPECT_EQ(second.end()->status, RecordedEnd::Status::Cancelled);
  session.finishRecording();
  EXPECT_FALSE(session.recording());
  EXPECT_EQ(session.runEnd()->status, RecordedEnd::Status::Completed);
  EXPECT_EQ(session.console().size(), 0u) << "the cancelled runs' lines are gone";
}

TEST(SessionTest, AnUncaughtErrorIsTheRunsEndOnceItIsRecorded) {
  TemporaryDirectory folder;
  Session session;
  ASSERT_TRUE(session.openFile(
      folder.write("throws.mjs", "let total = 0;\nfor (let i = 0; i < 5000; i++) total += i;\nnull.x;\n")));
  session.finishRecording();
  ASSERT_TRUE(session.runEnd());
  EXPECT_EQ(session.runEnd()->status, RecordedEnd::Status::Uncaught);
  EXPECT_EQ(session.runEnd()->message, "Uncaught TypeError: Cannot read properties of null (reading 'x')");
  EXPECT_GT(session.player().lastStep(), 5000u);
}

}  // namespace
}  // namespace reachable
