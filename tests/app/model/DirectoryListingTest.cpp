#include "DirectoryListing.h"

#include "TemporaryDirectory.h"

#include <gtest/gtest.h>

namespace reachable {
namespace {

TEST(DirectoryListingTest, FoldersFirstThenFilesTheProgramOpens) {
  const TemporaryDirectory directory;
  std::filesystem::create_directory(directory.path() / "lessons");
  std::filesystem::create_directory(directory.path() / ".git");
  for (const char* name : {"b.json", "a.mjs", "c.js", "notes.txt", ".hidden.json"}) directory.write(name, "");
  const DirectoryListing listing(directory.path());
  EXPECT_TRUE(listing.error().empty());
  std::vector<std::string> names;
  for (const auto& entry : listing.entries()) names.push_back(entry.name + (entry.isDirectory ? "/" : ""));
  EXPECT_EQ(names, (std::vector<std::string>{"lessons/", "a.mjs", "b.json", "c.js"}));
}

TEST(DirectoryListingTest, AMissingFolderIsAnError) {
  const TemporaryDirectory directory;
  const DirectoryListing listing(directory.path() / "missing");
  EXPECT_TRUE(listing.entries().empty());
  EXPECT_FALSE(listing.error().empty());
}

}  // namespace
}  // namespace reachable
