#include "ScenarioCatalogue.h"

#include <gtest/gtest.h>

namespace reachable {
namespace {

TEST(ScenarioCatalogueTest, HoldsEveryBundledScenarioWithItsTitle) {
  const ScenarioCatalogue catalogue;
  ASSERT_FALSE(catalogue.entries().empty());
  const CatalogueEntry* twoReferences = catalogue.find("two-references.json");
  ASSERT_NE(twoReferences, nullptr);
  EXPECT_EQ(twoReferences->title, "Two references to one object");
  EXPECT_FALSE(twoReferences->summary.empty());
  for (const CatalogueEntry& entry : catalogue.entries()) EXPECT_NE(entry.title, entry.fileName) << entry.fileName;
}

// The Scenarios menu is a course, not a folder listing: every bundled lesson has its
// place, and the first is the seed's.
TEST(ScenarioCatalogueTest, ListsTheLessonsInTheCoursesOrder) {
  const ScenarioCatalogue catalogue;
  for (const CatalogueEntry& entry : catalogue.entries())
    EXPECT_TRUE(ScenarioCatalogue::inCourse(entry.fileName)) << entry.fileName << " has no place in the course";
  EXPECT_EQ(catalogue.entries().front().fileName, "user-reference.json");
  const BundledFile files[] = {{"zz-extra.json", "{}"}, {"map-leak.json", "{}"}, {"family.json", "{}"}};
  const ScenarioCatalogue listed(files);
  ASSERT_EQ(listed.entries().size(), 3u);
  EXPECT_EQ(listed.entries()[0].fileName, "family.json");
  EXPECT_EQ(listed.entries()[1].fileName, "map-leak.json");
  EXPECT_EQ(listed.entries()[2].fileName, "zz-extra.json") << "a lesson outside the course comes last";
}

TEST(ScenarioCatalogueTest, OpensOnTheSeedExample) {
  const ScenarioCatalogue catalogue;
  ASSERT_NE(catalogue.defaultEntry(), nullptr);
  const auto name = catalogue.defaultEntry()->fileName;
  EXPECT_TRUE(name == "user-reference.json" || name == "two-references.json") << name;
}

TEST(ScenarioCatalogueTest, AFileThatDoesNotLoadIsListedByName) {
  const BundledFile files[] = {{"broken.json", "{"}, {"notes.txt", "not a scenario"}, {"a.js", "let a = 1;"}};
  const ScenarioCatalogue catalogue(files);
  ASSERT_EQ(catalogue.entries().size(), 2u);
  ASSERT_NE(catalogue.find("broken.json"), nullptr);
  EXPECT_EQ(catalogue.find("broken.json")->title, "broken.json");
  EXPECT_EQ(catalogue.defaultEntry(), &catalogue.entries()[0]);
}

}  // namespace
}  // namespace reachable
