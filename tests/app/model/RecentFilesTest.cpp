#include "RecentFiles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace reachable {
namespace {

using ::testing::ElementsAre;
using Path = std::filesystem::path;

TEST(RecentFilesTest, NewestFirstEachOnce) {
  RecentFiles recent;
  recent.add("/a.json");
  recent.add("/b.js");
  recent.add("/a.json");
  EXPECT_THAT(recent.files(), ElementsAre(Path("/a.json"), Path("/b.js")));
}

TEST(RecentFilesTest, KeepsTheGivenOrder) {
  const RecentFiles recent({"/new.json", "/old.json"});
  EXPECT_THAT(recent.files(), ElementsAre(Path("/new.json"), Path("/old.json")));
}

TEST(RecentFilesTest, SpellingsOfOnePathCountOnce) {
  RecentFiles recent;
  recent.add("/lessons/a.json");
  recent.add("/lessons/./x/../a.json");
  EXPECT_THAT(recent.files(), ElementsAre(Path("/lessons/a.json")));
}

TEST(RecentFilesTest, ForgetsTheOldestBeyondItsLimit) {
  RecentFiles recent;
  for (std::size_t i = 0; i < RecentFiles::kMaxFiles + 3; ++i) recent.add("/f" + std::to_string(i) + ".js");
  ASSERT_EQ(recent.files().size(), RecentFiles::kMaxFiles);
  EXPECT_EQ(recent.files().front(), Path("/f12.js"));
  EXPECT_EQ(recent.files().back(), Path("/f3.js"));
}

TEST(RecentFilesTest, RemovesAFile) {
  RecentFiles recent({"/a.json", "/b.json"});
  recent.remove("/a.json");
  EXPECT_THAT(recent.files(), ElementsAre(Path("/b.json")));
}

}  // namespace
}  // namespace reachable
