// A stub's name must mean the same in Reachable and in the module export-js writes for
// Node: no reserved word, no name twice, none the program declares, no built-in replaced.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lesson/LessonFile.h"

namespace reachable {
namespace {

std::string stub(const std::string& name) {
  return R"({"name": ")" + name + R"(", "returns": {"label": "thing", "bytes": 100}})";
}

// Each error as LINE:COLUMN MESSAGE, for a scenario of `program` with stubs named `names`,
// each stub on a line of its own (line 2 onwards).
std::vector<std::string> errorsOf(const std::string& program, const std::vector<std::string>& names) {
  std::string json = R"({"program": [")" + program + R"("], "stubs": [)";
  for (std::size_t i = 0; i < names.size(); ++i) json += (i ? ",\n" : "\n") + stub(names[i]);
  json += "]}";
  LessonFile file = readLessonFile("s.json", json);
  std::vector<std::string> errors;
  for (const LessonFile::Error& e : file.errors) {
    errors.push_back(std::to_string(e.line) + ":" + std::to_string(e.column) + " " + e.message);
  }
  return errors;
}

TEST(StubNames, OrdinaryNamesAreFine) {
  EXPECT_TRUE(errorsOf("loadImage();", {"loadImage", "fetchUser", "$get", "_later"}).empty());
}

TEST(StubNames, AReservedWordIsRefusedWhereItIsWritten) {
  EXPECT_EQ(errorsOf("1;", {"class"}),
            std::vector<std::string>{"2:10 'stubs[0].name' \"class\" cannot name a function in a module"});
  EXPECT_EQ(errorsOf("1;", {"await"}).size(), 1u) << "reserved throughout a module";
  EXPECT_EQ(errorsOf("1;", {"eval"}).size(), 1u) << "strict code may not bind eval";
}

TEST(StubNames, TwoStubsMayNotShareAName) {
  EXPECT_EQ(errorsOf("1;", {"load", "load"}),
            std::vector<std::string>{"3:10 'stubs[1].name' \"load\" is already stubs[0]'s name"});
}

TEST(StubNames, TheProgramMayNotDeclareTheStubsName) {
  EXPECT_EQ(errorsOf("let load = 1;", {"load"}).size(), 1u);
  EXPECT_EQ(errorsOf("function load() {}", {"load"}).size(), 1u);
  EXPECT_TRUE(errorsOf("function f() { let load = 1; return load; }", {"load"}).empty()) << "an inner scope may";
}

TEST(StubNames, ABuiltInMayNotBeReplaced) {
  for (const char* name : {"WeakRef", "undefined", "NaN", "console", "gc", "setTimeout"}) {
    EXPECT_EQ(errorsOf("1;", {name}).size(), 1u) << name;
  }
}

}  // namespace
}  // namespace reachable
