#include "ScenarioFileWriter.h"

#include <gtest/gtest.h>

namespace reachable {
namespace {

// Ctrl+S changes the program and nothing else the author wrote: not their spacing,
// not their compact narration, not a string program into lines.
TEST(ScenarioFileWriterTest, KeepsTheAuthorsLayoutAndChangesOnlyTheProgram) {
  const std::string compact =
      R"({"title":"t","program":["let a = 1;","a = 2;"],"narration":[{"line":1,"text":"one"}]})";
  EXPECT_EQ(scenarioWithProgram(compact, "let b = 3;\nb = 4;\n"),
            R"({"title":"t","program":["let b = 3;","b = 4;"],"narration":[{"line":1,"text":"one"}]})");

  const std::string spaced = "{\n  \"title\": \"t\",\n  \"program\": [\"let a = 1;\", \"a = 2;\"]\n}\n";
  EXPECT_EQ(scenarioWithProgram(spaced, "x();"), "{\n  \"title\": \"t\",\n  \"program\": [\"x();\"]\n}\n");

  const std::string asString = "{ \"program\": \"let a = 1;\",  \"title\": \"é\" }";
  EXPECT_EQ(scenarioWithProgram(asString, "let s = \"é\";\n"), "{ \"program\": \"let s = \\\"é\\\";\\n\",  \"title\": \"é\" }");
}

TEST(ScenarioFileWriterTest, AnArrayOfLinesStaysOneLinePerLineIndentedAsItWas) {
  const std::string lines = "{\n    \"program\": [\n        \"a();\",\n        \"b();\"\n    ],\n    \"title\": \"t\"\n}";
  EXPECT_EQ(scenarioWithProgram(lines, "c();\nd();\ne();"),
            "{\n    \"program\": [\n        \"c();\",\n        \"d();\",\n        \"e();\"\n    ],\n    \"title\": \"t\"\n}");
}

TEST(ScenarioFileWriterTest, AFileWithoutAProgramGetsOneAndNotAnObjectNothing) {
  const auto added = scenarioWithProgram(R"({"title": "t"})", "a();");
  ASSERT_TRUE(added);
  EXPECT_NE(added->find("\"program\""), std::string::npos);
  EXPECT_FALSE(scenarioWithProgram("[1, 2]", "a();"));
  EXPECT_FALSE(scenarioWithProgram("{", "a();"));
}

}  // namespace
}  // namespace reachable
