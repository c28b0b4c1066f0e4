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
  const std::uint64_t plainSteps = session.run().stepCount();
  session.player().jumpTo(2);
  session.collectNow();
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
  session.player().jumpTo(2);
  ASSERT_TRUE(session.rerun(std::string(kProgram) + "let admin = { name: 'Ann' };\n"));
  EXPECT_EQ(session.player().step(), 2u);
  EXPECT_EQ(session.run().stepCount(), 6u);
}

TEST(SessionTest, AnEditWithErrorsKeepsTheLastGoodRunOnScreen) {
  TemporaryDirectory folder;
  Session session;
  ASSERT_TRUE(session.openFile(folder.write("lesson.mjs", kProgram)));
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
  EXPECT_FALSE(session.runError());
}

}  // namespace
}  // namespace reachable
