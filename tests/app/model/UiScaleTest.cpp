#include "UiScale.h"

#include <gtest/gtest.h>

namespace reachable {
namespace {

TEST(UiScaleTest, StepsUpAndDownTheLadder) {
  EXPECT_EQ(UiScale::larger(1.0), 1.1);
  EXPECT_EQ(UiScale::larger(1.1), 1.25);
  EXPECT_EQ(UiScale::smaller(1.0), 0.9);
  EXPECT_EQ(UiScale::smaller(1.25), 1.1);
}

TEST(UiScaleTest, StopsAtItsEnds) {
  EXPECT_EQ(UiScale::larger(3.0), 3.0);
  EXPECT_EQ(UiScale::smaller(0.75), 0.75);
}

TEST(UiScaleTest, AFreeValueGoesToTheNearestLevel) {
  EXPECT_EQ(UiScale::nearestLevel(1.3), 1.25);
  EXPECT_EQ(UiScale::nearestLevel(9), 3.0);
  EXPECT_EQ(UiScale::nearestLevel(-1), 0.75);
}

}  // namespace
}  // namespace reachable
