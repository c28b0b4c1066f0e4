#include "Settings.h"

#include "TemporaryDirectory.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace reachable {
namespace {

Settings someSettings() {
  Settings settings;
  settings.theme = Theme::Tutorial;
  settings.scale = 1.5;
  settings.speed = 2.0;
  settings.showEngineObjects = true;
  settings.exportTwice = true;
  settings.exportFolder = "/home/ada/Slides";
  settings.recentFiles = RecentFiles({"/home/ada/b.json", "/home/ada/a.js"});
  settings.windowWidth = 1600;
  settings.windowHeight = 900;
  return settings;
}

void expectSame(const Settings& read, const Settings& written) {
  EXPECT_EQ(read.theme, written.theme);
  EXPECT_EQ(read.scale, written.scale);
  EXPECT_EQ(read.speed, written.speed);
  EXPECT_EQ(read.showEngineObjects, written.showEngineObjects);
  EXPECT_EQ(read.exportTwice, written.exportTwice);
  EXPECT_EQ(read.exportFolder, written.exportFolder);
  EXPECT_TRUE(std::ranges::equal(read.recentFiles.files(), written.recentFiles.files()));
  EXPECT_EQ(read.windowWidth, written.windowWidth);
  EXPECT_EQ(read.windowHeight, written.windowHeight);
}

TEST(SettingsTest, SurviveARoundTripThroughTheFile) {
  const TemporaryDirectory directory;
  const auto file = directory.path() / Settings::kFileName;
  saveSettings(someSettings(), file);
  expectSame(loadSettings(file), someSettings());
  EXPECT_FALSE(std::filesystem::exists(directory.path() / "settings.json.partial"));
}

TEST(SettingsTest, AMissingFileGivesTheDefaults) {
  const TemporaryDirectory directory;
  expectSame(loadSettings(directory.path() / "none.json"), Settings{});
}

TEST(SettingsTest, MalformedJsonGivesTheDefaults) {
  expectSame(settingsFromJson("{ theme: dark"), Settings{});
  expectSame(settingsFromJson("[1, 2]"), Settings{});
}

TEST(SettingsTest, ABadValueCostsOnlyItself) {
  const Settings read = settingsFromJson(
      R"({"theme": "neon", "scale": "big", "speed": 2, "showEngineObjects": "yes", "recentFiles": ["/a.json", 3],)"
      R"( "window": {"width": 10}})");
  EXPECT_EQ(read.theme, Theme::Light);
  EXPECT_FALSE(read.showEngineObjects);
  EXPECT_EQ(read.scale, 1.0);
  EXPECT_EQ(read.speed, 2.0);
  ASSERT_EQ(read.recentFiles.files().size(), 1u);
  EXPECT_EQ(read.recentFiles.files()[0], "/a.json");
  EXPECT_EQ(read.windowWidth, 320);  // clamped to a usable window
  EXPECT_EQ(read.windowHeight, 800);
}

TEST(SettingsTest, ScaleAndSpeedAreKeptWithinTheirLevels) {
  const Settings read = settingsFromJson(R"({"scale": 1.26, "speed": 50})");
  EXPECT_EQ(read.scale, 1.25);
  EXPECT_EQ(read.speed, 4.0);
}

TEST(SettingsTest, AnUnwritableFileThrows) {
  const TemporaryDirectory directory;
  EXPECT_THROW(saveSettings(Settings{}, directory.path() / "missing" / "settings.json"), std::runtime_error);
}

}  // namespace
}  // namespace reachable
