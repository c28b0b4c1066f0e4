#include "LayeredPlacement.h"

#include <gtest/gtest.h>

namespace reachable::view {
namespace {

PlacementInput boxes(std::size_t count, Vec2 size = {100, 40}) {
  PlacementInput input;
  input.sizes.assign(count, size);
  input.entryY.assign(count, 10);
  input.columnGap = 50;
  input.boxGap = 20;
  return input;
}

bool overlap(Vec2 a, Vec2 b, Vec2 size) {
  return a.x < b.x + size.x && b.x < a.x + size.x && a.y < b.y + size.y && b.y < a.y + size.y;
}

TEST(PackInOrder, KeepsWantedPlacesThatDoNotCollide) {
  EXPECT_EQ(packInOrder({0, 100, 200}, {40, 40, 40}, 10, 0), (std::vector<float>{0, 100, 200}));
}

TEST(PackInOrder, SharesTheMoveBetweenBoxesThatWantOnePlace) {
  // Both want 100: least squares puts them either side of it, a gap apart.
  const auto tops = packInOrder({100, 100}, {40, 40}, 20, 0);
  EXPECT_FLOAT_EQ(tops[0], 70);
  EXPECT_FLOAT_EQ(tops[1], 130);
}

TEST(PackInOrder, NeverGoesAboveTheTop) {
  const auto tops = packInOrder({-50, -50}, {40, 40}, 20, 0);
  EXPECT_FLOAT_EQ(tops[0], 0);
  EXPECT_FLOAT_EQ(tops[1], 60);
}

TEST(LayeredPlacement, LayersFollowTheDistanceFromTheRoots) {
  PlacementInput input = boxes(3);
  input.edges = {{PlacementEdge::kRoot, 10, 0}, {0, 30, 1}, {1, 30, 2}};
  const auto places = placeInLayers(input);
  EXPECT_LT(places[0].x + 100, places[1].x);
  EXPECT_LT(places[1].x + 100, places[2].x);
  EXPECT_FLOAT_EQ(places[1].y + 10, places[0].y + 30) << "the child's title is level with its row";
}

TEST(LayeredPlacement, AnObjectAModuleKeepsSitsWhereTheModuleKeepsIt) {
  // A call's variable refers to box 1 directly; the module reaches it through box 0.
  PlacementInput input = boxes(2);
  input.edges = {{PlacementEdge::kRoot, 10, 0}, {0, 30, 1}, {PlacementEdge::kRoot, 60, 1, true}};
  const auto places = placeInLayers(input);
  EXPECT_GT(places[1].x, places[0].x + 100);
}

TEST(LayeredPlacement, ChildrenOfATreeDoNotOverlapAndParentsSitAmongThem) {
  PlacementInput input = boxes(7);
  input.edges = {{PlacementEdge::kRoot, 10, 0}, {0, 20, 1}, {0, 30, 2}, {1, 20, 3},
                 {1, 30, 4},                     {2, 20, 5}, {2, 30, 6}};
  const auto places = placeInLayers(input);
  for (std::size_t a = 0; a < places.size(); ++a)
    for (std::size_t b = a + 1; b < places.size(); ++b)
      EXPECT_FALSE(overlap(places[a], places[b], {100, 40})) << a << " and " << b;
  EXPECT_LT(places[3].y, places[1].y + 40) << "box 1 is beside its children";
  EXPECT_GT(places[4].y + 40, places[1].y);
}

TEST(LayeredPlacement, BoxesOfDifferentMomentsMayShareAPlace) {
  PlacementInput input = boxes(2);
  input.edges = {{PlacementEdge::kRoot, 10, 0}, {PlacementEdge::kRoot, 10, 1}};
  input.alive = {{0, 3}, {4, 9}};
  const auto apart = placeInLayers(input);
  EXPECT_EQ(apart[0], apart[1]);
  input.alive = {{0, 5}, {4, 9}};
  const auto together = placeInLayers(input);
  EXPECT_FALSE(overlap(together[0], together[1], {100, 40}));
}

TEST(LayeredPlacement, ATallLayerWrapsIntoColumns) {
  PlacementInput input = boxes(10);
  for (std::size_t i = 0; i < 10; ++i) input.edges.push_back({PlacementEdge::kRoot, 10.0f * i, i});
  input.maxColumnHeight = 200;
  const auto places = placeInLayers(input);
  float lowest = 0, rightmost = 0;
  for (Vec2 p : places) lowest = std::max(lowest, p.y + 40), rightmost = std::max(rightmost, p.x);
  EXPECT_LE(lowest, 200 + 20);
  EXPECT_GT(rightmost, 0);
}

TEST(LayeredPlacement, ADeepHeapWrapsIntoBandsBelowTheRoots) {
  PlacementInput input = boxes(6);
  input.edges.push_back({PlacementEdge::kRoot, 10, 0});
  for (std::size_t i = 0; i + 1 < 6; ++i) input.edges.push_back({i, 30, i + 1});
  input.right = 400;  // three columns of 100 with gaps of 50 need 400
  input.rootsHeights = {80};
  input.rootsRight = 0;
  const auto places = placeInLayers(input);
  for (Vec2 p : places) EXPECT_LE(p.x + 100, 400);
  EXPECT_GT(places[3].y, places[2].y + 40) << "the fourth column starts a band below";
}

}  // namespace
}  // namespace reachable::view
