// reachable-cli with .json scenario files: run, check, trace and export-js.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "Subprocess.h"

namespace reachable {
namespace {

class ScenarioCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("reachable-scenario-test-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  ProcessResult run(const std::string& subcommand, const std::string& json) {
    std::ofstream(dir_ / "s.json", std::ios::binary) << json;
    return runProcess({REACHABLE_CLI, subcommand, "s.json"}, {{"PATH", std::getenv("PATH")}}, dir_);
  }

  std::filesystem::path dir_;
};

TEST_F(ScenarioCommand, RunsTheProgramWithItsStubs) {
  auto result = run("run", R"({
  "program": ["const image = loadImage();", "const later = await download();", "console.log(image, later);",
              "alert(image);"],
  "stubs": [{ "name": "loadImage", "returns": { "label": "image", "bytes": 1000 } },
            { "name": "download", "returns": { "label": "file", "bytes": 10 }, "async": true, "delayMs": 50 }]
})");
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_EQ(result.output, "{} {}\n[object Object]\n");
  EXPECT_EQ(result.errors, "");
}

TEST_F(ScenarioCommand, ScenarioErrorsAreLocatedInTheFile) {
  for (const char* command : {"check", "run", "trace", "export-js"}) {
    auto result = run(command, "{\n  \"program\": \"gc();\",\n  \"titel\": \"x\"\n}");
    EXPECT_EQ(result.exitCode, 2) << command;
    EXPECT_EQ(result.errors, "s.json:3:3: error: unknown key 'titel' (did you mean 'title'?)\n") << command;
    EXPECT_EQ(result.output, "") << command;
  }
}

TEST_F(ScenarioCommand, ProgramErrorsAtTheProgramsOwnPlaceWithANote) {
  auto result = run("check", "{\n  \"title\": \"t\",\n  \"program\": [\"let a = 1;\", \"let a = 2;\"]\n}");
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.errors,
            "s.json:2:5: error: SyntaxError: Identifier 'a' has already been declared\n"
            "s.json:3:16: note: the program starts here\n");
}

TEST_F(ScenarioCommand, UncaughtErrorAtTheProgramsOwnPlaceWithANote) {
  auto result = run("run", "{\"program\": [\"console.log('before');\", \"null.x;\"]}");
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_EQ(result.output, "before\n");
  EXPECT_EQ(result.errors,
            "s.json:2:6: Uncaught TypeError: Cannot read properties of null (reading 'x')\n"
            "s.json:1:15: note: the program starts here\n");
}

TEST_F(ScenarioCommand, NarrationThatNeverHappensIsAWarning) {
  const std::string json = R"({
  "program": ["let user = { name: 'John' };", "let admin = user;", "user = null;", "gc();"],
  "narration": [
    { "line": 3, "text": "still reachable through admin" },
    { "event": "collected", "line": 1, "text": "never shown" }
  ]
})";
  for (const char* command : {"run", "trace"}) {
    auto result = run(command, json);
    EXPECT_EQ(result.exitCode, 0) << command;
    EXPECT_EQ(result.errors,
              "s.json:5:5: warning: narration[1] waits for an object allocated on line 1 to be collected, which "
              "never happens in this run\n")
        << command;
  }
}

TEST_F(ScenarioCommand, NarrationThatHappensIsQuiet) {
  auto result = run("run", R"({
  "program": ["let user = { name: 'John' };", "user = null;", "gc();"],
  "narration": [{ "event": "collected", "line": 1, "text": "gone" }]
})");
  EXPECT_EQ(result.exitCode, 0);
  EXPECT_EQ(result.errors, "");
}

TEST_F(ScenarioCommand, ExportJsWritesAModuleForNode) {
  auto result = run("export-js", R"({
  "program": ["const image = loadImage();", "alert(image);"],
  "stubs": [{ "name": "loadImage", "returns": { "label": "image", "bytes": 1000 } }]
})");
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_EQ(result.output,
            "const image = loadImage();\nalert(image);\n"
            "function alert(...values) { console.log(values.length ? String(values[0]) : \"\"); }"
            " function loadImage() { return {}; }\n");
}

TEST_F(ScenarioCommand, ExportJsRefusesAProgramThatDoesNotParse) {
  auto result = run("export-js", "{\"program\": \"let = ;\"}");
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.output, "");
  EXPECT_NE(result.errors.find("s.json:1:5: error:"), std::string::npos) << result.errors;
  EXPECT_NE(result.errors.find("s.json:1:14: note: the program starts here"), std::string::npos) << result.errors;
}

}  // namespace
}  // namespace reachable
