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

}  // namespace
}  // namespace reachable
