#include "ScenarioDocument.h"

#include "AtomicFile.h"
#include "TemporaryDirectory.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace reachable {
namespace {

using ::testing::HasSubstr;

constexpr std::string_view kScenario = R"({
  "title": "Lesson",
  "summary": "A summary.",
  "program": ["let a = { x: 1 };", "a = null;"],
  "narration": [{ "line": 2, "text": "Now nothing holds it." }]
})";

TEST(ScenarioDocumentTest, OpensAScenarioFile) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  ASSERT_TRUE(document.openFile(directory.write("lesson.json", kScenario)));
  EXPECT_EQ(document.name(), "lesson.json");
  EXPECT_EQ(document.scenario()->title, "Lesson");
  EXPECT_EQ(document.scenario()->program, "let a = { x: 1 };\na = null;");
  EXPECT_TRUE(document.errors().empty());
}

TEST(ScenarioDocumentTest, OpensAProgramFile) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  ASSERT_TRUE(document.openFile(directory.write("mine.mjs", "let a = {};\n")));
  EXPECT_TRUE(document.isProgramFile());
  EXPECT_EQ(document.scenario()->program, "let a = {};\n");
}

TEST(ScenarioDocumentTest, ABadFileKeepsTheLastGoodScenarioAndSaysWhere) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  ASSERT_TRUE(document.openFile(directory.write("lesson.json", kScenario)));
  EXPECT_FALSE(document.openFile(directory.write("bad.json", "{\n  \"title\": 3,\n  \"program\": \"\"\n}")));
  EXPECT_EQ(document.scenario()->title, "Lesson");
  ASSERT_FALSE(document.errors().empty());
  const DocumentError& error = document.errors()[0];
  EXPECT_EQ(error.file, "bad.json");
  EXPECT_EQ(error.line, 2u);
  EXPECT_GT(error.column, 0u);
  EXPECT_THAT(error.describe(), HasSubstr("bad.json:2:"));
}

TEST(ScenarioDocumentTest, ASyntaxErrorInTheProgramIsPlacedInTheProgram) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  EXPECT_FALSE(document.openFile(directory.write("bad.json", R"({"program": ["let a = 1;", "let = ;"]})")));
  ASSERT_FALSE(document.errors().empty());
  EXPECT_TRUE(document.errors()[0].inProgram);
  EXPECT_EQ(document.errors()[0].line, 2u);
}

TEST(ScenarioDocumentTest, AnUnreadableFileIsAnError) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  EXPECT_FALSE(document.openFile(directory.path() / "missing.json"));
  ASSERT_EQ(document.errors().size(), 1u);
  EXPECT_THAT(document.errors()[0].message, HasSubstr("cannot read"));
  EXPECT_THAT(document.errors()[0].message, HasSubstr("No such file or directory")) << "and says why";
  EXPECT_FALSE(document.openFile(directory.path()));
  EXPECT_THAT(document.errors()[0].message, HasSubstr("is a directory"));
  EXPECT_FALSE(document.openFile("/dev/zero")) << "an endless device is refused, not read for ever";
  EXPECT_THAT(document.errors()[0].message, HasSubstr("larger than"));
}

TEST(ScenarioDocumentTest, AnEditedProgramReplacesTheProgramOnlyWhenItParses) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  ASSERT_TRUE(document.openFile(directory.write("lesson.json", kScenario)));
  EXPECT_TRUE(document.replaceProgram("let b = [];"));
  EXPECT_EQ(document.scenario()->program, "let b = [];");
  EXPECT_EQ(document.scenario()->narration.size(), 1u);
  EXPECT_FALSE(document.replaceProgram("let b = ;"));
  EXPECT_EQ(document.scenario()->program, "let b = [];");
  EXPECT_EQ(document.errors().size(), 1u);
}

TEST(ScenarioDocumentTest, SavingAScenarioKeepsItsOtherKeysInOrder) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  const auto file = directory.write("lesson.json", kScenario);
  ASSERT_TRUE(document.openFile(file));
  ASSERT_EQ(document.save("let a = { x: 2 };\na = null;\ngc();\n"), "");
  const auto saved = nlohmann::ordered_json::parse(*readWholeFile(file));
  std::vector<std::string> keys;
  for (const auto& [key, value] : saved.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"title", "summary", "program", "narration"}));
  EXPECT_EQ(saved["program"], nlohmann::json({"let a = { x: 2 };", "a = null;", "gc();"}));
  EXPECT_EQ(saved["narration"][0]["text"], "Now nothing holds it.");
  EXPECT_FALSE(document.changedOnDisk());  // our own save is no reason to reload
}

TEST(ScenarioDocumentTest, SavingAProgramFileWritesThePlainProgram) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  const auto file = directory.write("mine.js", "let a = 1;\n");
  ASSERT_TRUE(document.openFile(file));
  ASSERT_EQ(document.save("let a = 2;"), "");
  EXPECT_EQ(readWholeFile(file), "let a = 2;\n");
}

TEST(ScenarioDocumentTest, ABundledScenarioSavesOnlyWithANewName) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  const CatalogueEntry entry{"lesson.json", "Lesson", "", kScenario};
  ASSERT_TRUE(document.openBundled(entry));
  EXPECT_THAT(document.save("let a = 3;"), HasSubstr("Save As"));
  const auto copy = directory.path() / "copy.json";
  ASSERT_EQ(document.saveAs(copy, "let a = 3;"), "");
  EXPECT_EQ(document.path(), copy);
  const auto saved = nlohmann::json::parse(*readWholeFile(copy));
  EXPECT_EQ(saved["title"], "Lesson");
  EXPECT_EQ(saved["program"], nlohmann::json({"let a = 3;"}));
}

TEST(ScenarioDocumentTest, NoticesWhenTheFileChangesOnDisk) {
  const TemporaryDirectory directory;
  ScenarioDocument document;
  const auto file = directory.write("mine.js", "let a = 1;\n");
  ASSERT_TRUE(document.openFile(file));
  EXPECT_FALSE(document.changedOnDisk());
  directory.write("mine.js", "let a = 1;\nlet b = 2;\n");
  EXPECT_TRUE(document.changedOnDisk());
  EXPECT_FALSE(document.changedOnDisk());
  ASSERT_TRUE(document.reload());
  EXPECT_EQ(document.scenario()->program, "let a = 1;\nlet b = 2;\n");
}

}  // namespace
}  // namespace reachable
