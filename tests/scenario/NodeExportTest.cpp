#include "scenario/NodeExport.h"

#include <gtest/gtest.h>

namespace reachable {
namespace {

constexpr std::string_view kAlert =
    R"(function alert(...values) { console.log(values.length ? String(values[0]) : ""); })";

TEST(NodeExport, ProgramVerbatimThenAlertOnOneLine) {
  Scenario scenario;
  scenario.program = "let user = { name: \"John\" };\nalert(user);";
  EXPECT_EQ(exportForNode(scenario), scenario.program + "\n" + std::string(kAlert) + "\n");
}

TEST(NodeExport, ProgramEndingInANewlineGetsNoBlankLine) {
  Scenario scenario;
  scenario.program = "gc();\n";
  EXPECT_EQ(exportForNode(scenario), "gc();\n" + std::string(kAlert) + "\n");
}

TEST(NodeExport, StubsAsHoistedFunctions) {
  Scenario scenario;
  scenario.program = "const image = loadImage();";
  scenario.stubs = {{"loadImage", "image", 500, false, 0, {}}, {"download", "file", 9, true, 100, {}}};
  EXPECT_EQ(exportForNode(scenario),
            "const image = loadImage();\n" + std::string(kAlert) +
                " function loadImage() { return {}; }"
                " function download() { return new Promise((resolve) => setTimeout(resolve, 100, {})); }\n");
}

}  // namespace
}  // namespace reachable
