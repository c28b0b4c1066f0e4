#include "ShortcutTable.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace reachable {
namespace {

std::string readmeControls() {
  std::ifstream in(REACHABLE_README);
  std::stringstream text;
  text << in.rdbuf();
  const std::string readme = text.str();
  const auto start = readme.find("## Controls");
  const auto end = readme.find("\n## ", start + 1);
  return start == std::string::npos ? "" : readme.substr(start, end - start);
}

TEST(ShortcutTableTest, KeysMapToTheirCommands) {
  EXPECT_EQ(commandForKey(GLFW_KEY_SPACE, false, false), Command::PlayPause);
  EXPECT_EQ(commandForKey(GLFW_KEY_RIGHT, false, false), Command::StepForward);
  EXPECT_EQ(commandForKey(GLFW_KEY_ENTER, true, false), Command::Rerun);
  EXPECT_EQ(commandForKey(GLFW_KEY_KP_ADD, true, false), Command::ScaleUp);
  EXPECT_EQ(commandForKey(GLFW_KEY_F11, false, false), Command::Presentation);
  EXPECT_EQ(commandForKey(GLFW_KEY_G, false, false), Command::CollectNow);
}

TEST(ShortcutTableTest, CtrlMatters) {
  EXPECT_EQ(commandForKey(GLFW_KEY_ENTER, false, false), std::nullopt);
  EXPECT_EQ(commandForKey(GLFW_KEY_G, true, false), std::nullopt);
  EXPECT_EQ(commandForKey(GLFW_KEY_O, false, false), std::nullopt);
}

TEST(ShortcutTableTest, PlainKeysBelongToTheEditorWhileTyping) {
  EXPECT_EQ(commandForKey(GLFW_KEY_SPACE, false, true), std::nullopt);
  EXPECT_EQ(commandForKey(GLFW_KEY_LEFT, false, true), std::nullopt);
  EXPECT_EQ(commandForKey(GLFW_KEY_G, false, true), std::nullopt);
  EXPECT_EQ(commandForKey(GLFW_KEY_ENTER, true, true), Command::Rerun);
  EXPECT_EQ(commandForKey(GLFW_KEY_S, true, true), Command::Save);
  EXPECT_EQ(commandForKey(GLFW_KEY_F1, false, true), Command::Help);
}

TEST(ShortcutTableTest, NoKeyMeansTwoThings) {
  std::set<std::pair<int, bool>> seen;
  for (const Shortcut& shortcut : shortcuts())
    EXPECT_TRUE(seen.insert({shortcut.key, shortcut.control}).second) << shortcut.keys;
}

TEST(ShortcutTableTest, EveryCommandIsListedWithWords) {
  std::set<Command> listed;
  for (const Shortcut& shortcut : shortcuts())
    if (shortcut.listed) {
      EXPECT_FALSE(shortcut.action.empty()) << shortcut.keys;
      listed.insert(shortcut.command);
    }
  EXPECT_EQ(listed.size(), static_cast<std::size_t>(Command::Close) + 1);
  EXPECT_EQ(keysFor(Command::Open), "Ctrl+O");
}

TEST(ShortcutTableTest, TheReadmeListsEveryShortcut) {
  const std::string controls = readmeControls();
  ASSERT_FALSE(controls.empty()) << "README.md has no Controls section";
  for (const Shortcut& shortcut : shortcuts())
    if (shortcut.listed) {
      const std::string row = "| " + std::string(shortcut.keys) + " | " + std::string(shortcut.action) + " |";
      EXPECT_NE(controls.find(row), std::string::npos) << row;
    }
}

}  // namespace
}  // namespace reachable
