// The loader gives the verdicts that check_schema.py requires of the JSON Schema:
// good-*.json and every bundled scenario load, bad-*.json do not. (Errors the
// schema cannot express, such as narration on a missing line, are tested in
// ScenarioLoaderTest.cpp instead.)
#include "scenario/ScenarioLoader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace reachable {
namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The .json files in `directory` whose names start with `prefix`, sorted.
std::vector<fs::path> jsonFiles(const fs::path& directory, std::string_view prefix) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(directory)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".json" && name.starts_with(prefix)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

LoadResult loadFile(const fs::path& path) { return loadScenario(path.string(), readFile(path)); }

TEST(FileVerdicts, GoodFilesLoad) {
  const auto files = jsonFiles(REACHABLE_SCENARIO_FILES, "good-");
  ASSERT_FALSE(files.empty());
  for (const fs::path& path : files) {
    for (const ScenarioError& error : loadFile(path).errors) ADD_FAILURE() << formatScenarioError(path.string(), error);
  }
}

// Each bad file has exactly the errors that expected-errors.txt lists for it.
TEST(FileVerdicts, BadFilesHaveTheirExpectedErrors) {
  const fs::path directory = REACHABLE_SCENARIO_FILES;
  const auto files = jsonFiles(directory, "bad-");
  ASSERT_FALSE(files.empty());
  std::string actual;
  for (const fs::path& path : files) {
    const std::string name = path.filename().string();
    const LoadResult result = loadScenario(name, readFile(path));
    EXPECT_FALSE(result.scenario) << name;
    EXPECT_FALSE(result.errors.empty()) << name;
    for (const ScenarioError& error : result.errors) actual += formatScenarioError(name, error) + "\n";
  }
  EXPECT_EQ(actual, readFile(directory / "expected-errors.txt"));
}

TEST(FileVerdicts, EveryBundledScenarioLoadsAndNamesTheSchema) {
  const auto files = jsonFiles(REACHABLE_SCENARIOS, "");
  ASSERT_FALSE(files.empty());
  for (const fs::path& path : files) {
    const LoadResult result = loadFile(path);
    for (const ScenarioError& error : result.errors) ADD_FAILURE() << formatScenarioError(path.string(), error);
    if (result.scenario) {
      EXPECT_EQ(result.scenario->schema, "../assets/scenario.schema.json") << path;
    }
  }
}

TEST(FileVerdicts, TheDefaultScenarioCreditsItsTutorial) {
  const LoadResult result = loadFile(fs::path(REACHABLE_SCENARIOS) / "two-references.json");
  ASSERT_TRUE(result.scenario);
  const Scenario& s = *result.scenario;
  ASSERT_TRUE(s.source);
  EXPECT_EQ(s.source->title, "WeakRef and FinalizationRegistry");
  EXPECT_EQ(s.source->url, "https://javascript.info/weakref-finalizationregistry");
  EXPECT_EQ(s.source->license, "CC BY-NC-SA 4.0");
  EXPECT_EQ(s.program.substr(0, 46), "let user = { name: \"John\" };\nlet admin = user;");
  EXPECT_EQ(s.narration.size(), 4u);
}

}  // namespace
}  // namespace reachable
