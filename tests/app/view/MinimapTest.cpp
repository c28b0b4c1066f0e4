#include "Minimap.h"

#include <gtest/gtest.h>

namespace reachable::view {
namespace {

SceneGeometry sceneOf(std::initializer_list<Rect> cards) {
  SceneGeometry scene;
  ObjectId id = 1;
  for (const Rect& rect : cards) scene.cards[id++].rect = rect;
  return scene;
}

TEST(Minimap, SitsInThePanelsCornerWithTheSceneShape) {
  const SceneGeometry scene = sceneOf({{{0, 0}, {100, 50}}, {{900, 350}, {1000, 400}}});
  const Rect panel{{300, 70}, {980, 680}};
  const auto map = Minimap::of(scene, panel, 150);
  ASSERT_TRUE(map);
  EXPECT_FLOAT_EQ(map->screen.width(), 150);  // the wider side
  EXPECT_FLOAT_EQ(map->screen.height(), 60);  // 1000 × 400 kept in shape
  EXPECT_LE(map->screen.max.x, panel.max.x);
  EXPECT_LE(map->screen.max.y, panel.max.y);
  EXPECT_GT(map->screen.min.x, panel.center().x);  // bottom right
  EXPECT_GT(map->screen.min.y, panel.center().y);
}

TEST(Minimap, MapsTheGraphAndBack) {
  const auto map = Minimap::of(sceneOf({{{-200, 100}, {800, 600}}}), {{0, 0}, {800, 600}}, 100);
  ASSERT_TRUE(map);
  EXPECT_EQ(map->toScreen(Vec2{-200, 100}), map->screen.min);
  EXPECT_EQ(map->toScreen(Vec2{800, 600}), map->screen.max);
  const Vec2 middle = map->toWorld(map->screen.center());
  EXPECT_NEAR(middle.x, 300, 1e-3);
  EXPECT_NEAR(middle.y, 350, 1e-3);
}

TEST(Minimap, NoneForAnEmptyScene) { EXPECT_FALSE(Minimap::of({}, {{0, 0}, {800, 600}}, 100)); }

}  // namespace
}  // namespace reachable::view
