#include "OrthogonalRoute.h"

#include <gtest/gtest.h>

#include "Arrow.h"

namespace reachable::view {
namespace {

bool runEnters(Vec2 a, Vec2 b, const Rect& box) {
  for (int i = 0; i <= 100; ++i) {
    const Vec2 p = lerp(a, b, static_cast<float>(i) / 100);
    if (p.x > box.min.x && p.x < box.max.x && p.y > box.min.y && p.y < box.max.y) return true;
  }
  return false;
}

TEST(OrthogonalPath, GoesStraightWhenNothingIsInTheWay) {
  const auto path = orthogonalPath({0, 0}, {100, 0}, {});
  ASSERT_TRUE(path);
  EXPECT_EQ(*path, (std::vector<Vec2>{{0, 0}, {100, 0}}));
}

TEST(OrthogonalPath, RunsRoundABoxInTheWay) {
  const std::vector<Rect> boxes{{{40, -20}, {60, 20}}};
  const auto path = orthogonalPath({0, 0}, {100, 0}, boxes);
  ASSERT_TRUE(path);
  for (std::size_t i = 1; i < path->size(); ++i) {
    EXPECT_FALSE(runEnters((*path)[i - 1], (*path)[i], boxes[0]));
    EXPECT_TRUE((*path)[i - 1].x == (*path)[i].x || (*path)[i - 1].y == (*path)[i].y) << "runs are straight";
  }
}

TEST(OrthogonalPath, FindsAnEndRightAtABoxesEdge) {
  // The end sits on the edge of a box a hair's breadth from another: both stay lines.
  const std::vector<Rect> boxes{{{0, 0}, {545.27f, 100}}, {{0, 110}, {545.05f, 200}}, {{300, 300}, {500, 400}}};
  EXPECT_TRUE(orthogonalPath({545.27f, 50}, {500, 350}, boxes));
}

TEST(OrthogonalPath, NothingWhenTheEndIsWalledIn) {
  const std::vector<Rect> walls{{{80, -100}, {90, 100}}, {{110, -100}, {120, 100}}, {{80, -100}, {120, -90}},
                                {{80, 90}, {120, 100}}};
  EXPECT_FALSE(orthogonalPath({0, 0}, {100, 0}, walls));
}

TEST(RoundedCorners, AStraightPathIsOneSegment) {
  const auto points = roundedCorners({{0, 0}, {50, 0}, {100, 0}}, 16);
  EXPECT_EQ(points.size(), 4u);
}

TEST(RoundedCorners, EachBendBecomesACurveThatStaysNearTheCorner) {
  Arrow arrow;
  arrow.points = roundedCorners({{0, 0}, {100, 0}, {100, 100}}, 16);
  EXPECT_EQ(arrow.segmentCount(), 3u);  // straight, the bend, straight
  EXPECT_EQ(arrow.tip(), (Vec2{100, 100}));
  for (Vec2 p : arrow.flatten(12)) EXPECT_TRUE(p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 100);
}

}  // namespace
}  // namespace reachable::view
