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
  EXPECT_EQ(catalogue.entries()[0].title, "broken.json");
  EXPECT_EQ(catalogue.defaultEntry(), &catalogue.entries()[0]);
}

}  // namespace
}  // namespace reachable
