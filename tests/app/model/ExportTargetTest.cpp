#include "ExportTarget.h"

#include <gtest/gtest.h>

#include "TemporaryDirectory.h"

namespace reachable {
namespace {

namespace fs = std::filesystem;

TEST(ExportTargetTest, TheLastFolderWinsUnlessItHoldsLessonsOrIsTheProgramsOwn) {
  TemporaryDirectory root;
  const fs::path home = root.path() / "home", pictures = home / "Pictures", last = root.path() / "slides";
  const fs::path lessons = root.path() / "scenarios", program = root.path() / "bin";
  for (const fs::path& folder : {pictures, last, lessons, program}) fs::create_directories(folder);
  root.write("scenarios/family.json", "{}");
  EXPECT_EQ(exportFolder(last, home, program), last);
  EXPECT_EQ(exportFolder(lessons, home, program), pictures) << "never beside the lessons";
  EXPECT_EQ(exportFolder(program, home, program), pictures) << "never into the program's folder";
  EXPECT_EQ(exportFolder(root.path() / "gone", home, program), pictures);
  fs::remove(pictures);
  EXPECT_EQ(exportFolder({}, home, program), home);
  EXPECT_FALSE(exportFolder({}, {}, program).empty());
}

TEST(ExportTargetTest, AnExportNeverOverwritesAnEarlierOne) {
  TemporaryDirectory folder;
  EXPECT_EQ(freshPicture(folder.path(), "family-step-3"), folder.path() / "family-step-3.png");
  folder.write("family-step-3.png", "x");
  folder.write("family-step-3-2.png", "x");
  EXPECT_EQ(freshPicture(folder.path(), "family-step-3"), folder.path() / "family-step-3-3.png");
}

}  // namespace
}  // namespace reachable
