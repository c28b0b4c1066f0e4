#include "ArrowRouter.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "StateBuilder.h"

namespace reachable::view {
namespace {

using testing::FixedWidthMeasure;
using testing::ref;
using testing::row;
using testing::StateBuilder;

const FixedWidthMeasure kMeasure;

struct Routed {
  ViewGraph graph;
  SceneGeometry scene;
  std::vector<Arrow> arrows;
};

Routed routed(const HeapState& state) {
  Routed r{ViewGraph::build(state), {}, {}};
  HeapLayout layout;
  layout.update(r.graph, kMeasure);
  r.scene = SceneGeometry::of(layout);
  r.arrows = ArrowRouter().route(r.graph, r.scene);
  return r;
}

const Arrow& arrowInto(const Routed& r, ObjectId to) {
  for (const Arrow& arrow : r.arrows)
    if (arrow.to == to) return arrow;
  throw std::runtime_error("no arrow into " + std::to_string(to));
}

TEST(ArrowRouter, LeavesTheRowDotAndEntersTheTargetBesideItsTitle) {
  StateBuilder builder;
  builder.variable("user", ref(1)).object(1, {row("friend", ref(2))}).object(2, {});
  const Routed r = routed(builder.build());
  const Arrow& arrow = arrowInto(r, 2);
  const BoxGeometry& from = *r.scene.card(1);
  const BoxGeometry& to = *r.scene.card(2);
  EXPECT_EQ(arrow.start(), from.anchor(0, RowSlot::Value, false));
  EXPECT_EQ(arrow.tip(), (Vec2{to.rect.min.x, to.header().center().y}));
  EXPECT_GT(arrow.tipDirection().x, 0.9f) << "it arrives from the left";
  EXPECT_EQ(arrow.segmentCount(), 1u);
}

TEST(ArrowRouter, LoopsBackIntoTheRightEdgeOfACardOnTheLeft) {
  StateBuilder builder;
  builder.variable("a", ref(1)).object(1, {row("b", ref(2))}).object(2, {row("back", ref(1))});
  const Routed r = routed(builder.build());
  const Arrow* back = nullptr;
  for (const Arrow& arrow : r.arrows)
    if (!arrow.from.fromRoot && arrow.to == 1) back = &arrow;
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(back->tip().x, r.scene.card(1)->rect.max.x);
  EXPECT_LT(back->tipDirection().x, -0.5f) << "it arrives from the right";
}

TEST(ArrowRouter, PassesAroundACardInItsWay) {
  // 1 refers to 3 far to its right; 2 is dragged right across the straight way there.
  StateBuilder builder;
  builder.variable("a", ref(1)).object(1, {row("far", ref(3))}).object(2, {}).object(3, {});
  Routed r{ViewGraph::build(builder.build()), {}, {}};
  HeapLayout layout;
  layout.update(r.graph, kMeasure);
  const Vec2 start = layout.card(1)->anchor(0, RowSlot::Value, false);
  layout.moveCard(3, {layout.card(1)->rect.max.x + 400, layout.card(1)->rect.min.y});
  layout.moveCard(2, {layout.card(1)->rect.max.x + 150, start.y - 30});
  r.scene = SceneGeometry::of(layout);
  const std::optional<Arrow> arrow = ArrowRouter().route(r.graph, *r.graph.edgesInto(3)[0], r.scene);
  const Rect obstacle = r.scene.card(2)->rect;
  ASSERT_TRUE(arrow);
  for (Vec2 point : arrow->flatten(24)) EXPECT_FALSE(obstacle.contains(point)) << point.x << "," << point.y;
  EXPECT_GT(arrow->segmentCount(), 1u);
}

TEST(ArrowRouter, KeepsAWeakReferenceWeak) {
  StateBuilder builder;
  builder.variable("ref", ref(1))
      .object(1, {row("[[Target]]", ref(2), Strength::Weak)}, CellKind::WeakRef, "WeakRef")
      .object(2, {});
  const Routed r = routed(builder.build());
  EXPECT_TRUE(arrowInto(r, 2).isWeak());
  EXPECT_FALSE(arrowInto(r, 1).isWeak());
}

TEST(Arrow, DrawsInFromItsStart) {
  Arrow arrow;
  arrow.points = {{0, 0}, {50, 0}, {50, 100}, {100, 100}};
  const auto half = arrow.flattenUpTo(0.5f, 10);
  EXPECT_EQ(half.front(), (Vec2{0, 0}));
  EXPECT_NEAR(half.back().x, 50, 0.01);
  EXPECT_NEAR(half.back().y, 50, 0.01);
  EXPECT_EQ(arrow.flatten(10).back(), (Vec2{100, 100}));
}

}  // namespace
}  // namespace reachable::view
