// A program that names a standard global Reachable lacks is refused before it runs,
// where it first names it; one that declares the name itself, or stubs it, runs.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "engine/StandardGlobals.h"
#include "lesson/LessonFile.h"

namespace reachable {
namespace {

// A name of Node's global object that Reachable lacks today: the test follows the
// engine as it grows rather than naming one that may soon exist.
std::string someMissingGlobal() {
  for (std::string_view name : standardGlobalNames()) {
    if (isMissingStandardGlobal(name)) return std::string(name);
  }
  return {};
}

std::vector<std::string> errorsOf(const std::string& program) {
  LessonFile file = readLessonFile("p.mjs", program);
  std::vector<std::string> errors;
  for (const LessonFile::Error& e : file.errors) {
    errors.push_back(std::to_string(e.line) + ":" + std::to_string(e.column) + " " + e.message);
  }
  return errors;
}

TEST(MissingGlobals, EveryStandardGlobalTheEngineInstallsIsNotMissing) {
  for (std::string_view name : {"WeakRef", "FinalizationRegistry", "Map", "Promise", "console", "setTimeout"}) {
    EXPECT_FALSE(isMissingStandardGlobal(name)) << name;
  }
  EXPECT_FALSE(isMissingStandardGlobal("notAGlobalAtAll"));
}

TEST(MissingGlobals, AReferenceIsRefusedByNameAtItsFirstPlace) {
  const std::string name = someMissingGlobal();
  if (name.empty()) GTEST_SKIP() << "the engine has every standard global";
  auto errors = errorsOf("let x = 1;\nconsole.log(typeof " + name + ");\nx = " + name + ";\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "2:20 " + name + " is not supported (a standard global Reachable does not have)");
}

TEST(MissingGlobals, InsideFunctionsAndAssignmentsToo) {
  const std::string name = someMissingGlobal();
  if (name.empty()) GTEST_SKIP() << "the engine has every standard global";
  EXPECT_EQ(errorsOf("function f() {\n  return () => " + name + ";\n}\n").size(), 1u);
  EXPECT_EQ(errorsOf("globalThis.x = 1;\n" + name + " = 2;\n").size(), 1u);
}

TEST(MissingGlobals, ADeclarationOfTheSameNameIsTheProgramsOwn) {
  const std::string name = someMissingGlobal();
  if (name.empty()) GTEST_SKIP() << "the engine has every standard global";
  EXPECT_TRUE(errorsOf("class " + name + " {}\nconsole.log(new " + name + "());\n").empty());
  EXPECT_TRUE(errorsOf("function f(" + name + ") { return " + name + "; }\n").empty());
  EXPECT_TRUE(errorsOf("const o = { " + name + ": 1 };\nconsole.log(o." + name + ");\n").empty());
}

TEST(MissingGlobals, AScenarioStubOfTheSameNameProvidesIt) {
  const std::string name = someMissingGlobal();
  if (name.empty()) GTEST_SKIP() << "the engine has every standard global";
  const std::string json = R"({"program": [")" + name + R"(();"], "stubs": [{"name": ")" + name +
                           R"(", "returns": {"label": "thing", "bytes": 100}}]})";
  LessonFile file = readLessonFile("s.json", json);
  EXPECT_TRUE(file.ok()) << (file.errors.empty() ? "" : file.errors[0].message);
}

// The list is Node's own: every name of the global object of a module Node runs is in
// it (run where Node is installed; `node -e` would add Node's modules as globals).
TEST(MissingGlobals, TheListHoldsEveryNameOfNodesGlobalObject) {
  const auto program =
      std::filesystem::temp_directory_path() / ("reachable-globals-" + std::to_string(getpid()) + ".mjs");
  std::ofstream(program) << "console.log(Object.getOwnPropertyNames(globalThis).join('\\n'));\n";
  std::unique_ptr<FILE, int (*)(FILE*)> node(popen(("node " + program.string() + " 2>/dev/null").c_str(), "r"), pclose);
  std::string out;
  char buffer[4096];
  for (std::size_t n = 0; node && (n = std::fread(buffer, 1, sizeof buffer, node.get())) > 0;) out.append(buffer, n);
  node.reset();
  std::filesystem::remove(program);
  if (out.empty()) GTEST_SKIP() << "node is not installed";
  std::istringstream lines(out);
  auto names = standardGlobalNames();
  for (std::string line; std::getline(lines, line);) {
    EXPECT_TRUE(std::ranges::find(names, line) != names.end()) << line << " is missing from the list";
  }
}

}  // namespace
}  // namespace reachable
