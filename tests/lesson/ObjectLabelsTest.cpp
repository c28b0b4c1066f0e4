#include "lesson/ObjectLabels.h"

#include <gtest/gtest.h>

#include <array>

namespace reachable {
namespace {

const std::array<ObjectLabel, 3> kLabels{{
    {2, 12, "John"},
    {2, std::nullopt, "anything on line 2"},
    {5, 1, "cache"},
}};

std::string labelAt(std::uint32_t line, std::uint32_t column) {
  const std::string* label = labelFor(kLabels, SourcePosition{line, column, 0});
  return label ? *label : "(none)";
}

TEST(ObjectLabels, LineAndColumnFirst) { EXPECT_EQ(labelAt(2, 12), "John"); }

TEST(ObjectLabels, ALabelWithoutColumnNamesTheRestOfItsLine) { EXPECT_EQ(labelAt(2, 30), "anything on line 2"); }

TEST(ObjectLabels, OtherPlacesHaveNone) {
  EXPECT_EQ(labelAt(5, 2), "(none)");
  EXPECT_EQ(labelAt(3, 12), "(none)");
}

}  // namespace
}  // namespace reachable
