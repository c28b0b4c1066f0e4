// reachable-cli as a user runs it: exit codes, and messages on standard error.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "Subprocess.h"

namespace {

using RunResult = reachable::ProcessResult;

class Cli : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("reachable-cli-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    const auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }

  // Runs reachable-cli with space-separated arguments (the test files' paths have no spaces).
  RunResult run(const std::string& arguments) {
    std::vector<std::string> command{REACHABLE_CLI};
    std::istringstream words(arguments);
    for (std::string word; words >> word;) command.push_back(word);
    return reachable::runProcess(command, {{"PATH", std::getenv("PATH")}}, dir_);
  }

  std::filesystem::path dir_;
};

TEST_F(Cli, ValidFileIsSilent) {
  const std::string file = write("ok.js", "let x = 1;\nconsole.log(x);\n");
  const RunResult result = run("check " + file);
  EXPECT_EQ(result.exitCode, 0);
  EXPECT_EQ(result.output, "");
  EXPECT_EQ(result.errors, "");
}

TEST_F(Cli, MjsIsAModuleToo) {
  const std::string file = write("ok.mjs", "await null;\n");
  EXPECT_EQ(run("check " + file).exitCode, 0);
}

TEST_F(Cli, SyntaxErrorIsLocated) {
  const std::string file = write("bad.js", "let x;\nlet x;\n");
  const RunResult result = run("check " + file);
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.errors, file + ":2:5: error: SyntaxError: Identifier 'x' has already been declared\n");
}

TEST_F(Cli, RefusalNamesTheConstruct) {
  const std::string file = write("import.js", "\nimport g from './g.js';\n");
  const RunResult result = run("check " + file);
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.errors,
            file + ":2:1: error: import declarations are not supported: they read another file, and a program runs alone\n");
}

TEST_F(Cli, SeveralErrorsAreListed) {
  const std::string file = write("two.js", "let x; let x;\nconst y;\n");
  const RunResult result = run("check " + file);
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.errors, file + ":1:12: error: SyntaxError: Identifier 'x' has already been declared\n" + file +
                               ":2:7: error: SyntaxError: Missing initializer in const declaration\n");
}

TEST_F(Cli, InvalidUtf8IsLocated) {
  const std::string file = write("utf8.js", "let a = 1;\nlet b = '\xC3(';\n");
  const RunResult result = run("check " + file);
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.errors, file + ":2:10: error: the file is not UTF-8 (byte 0xC3 cannot be decoded)\n");
}

TEST_F(Cli, MissingFileAndDirectoryAreNamed) {
  const std::string missing = (dir_ / "nope.js").string();
  RunResult result = run("check " + missing);
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.errors.find(missing), std::string::npos);
  result = run("check " + dir_.string());
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_EQ(result.errors, dir_.string() + ": error: is a directory\n");
}

TEST_F(Cli, AstOptionPrintsTheTree) {
  const std::string file = write("ast.js", "let x = 1;\n");
  const RunResult result = run("check --ast " + file);
  EXPECT_EQ(result.exitCode, 0);
  EXPECT_EQ(result.output, "(module (let (= x 1)))\n");
}

TEST_F(Cli, HelpAndVersion) {
  RunResult result = run("--help");
  EXPECT_EQ(result.exitCode, 0);
  EXPECT_NE(result.output.find("check"), std::string::npos);
  result = run("--version");
  EXPECT_EQ(result.exitCode, 0);
  EXPECT_EQ(result.output, std::string("reachable-cli ") + REACHABLE_VERSION + "\n");
}

TEST_F(Cli, BadUsageExitsTwoWithUsage) {
  for (const char* arguments : {"", "frobnicate", "--frobnicate", "check", "check --nope x.js"}) {
    const RunResult result = run(arguments);
    EXPECT_EQ(result.exitCode, 2) << arguments;
    EXPECT_NE(result.errors.find("usage:"), std::string::npos) << arguments;
  }
}

}  // namespace
