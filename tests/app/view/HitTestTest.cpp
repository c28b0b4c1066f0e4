#include "HitTest.h"

#include <gtest/gtest.h>

#include "ArrowRouter.h"
#include "StateBuilder.h"

namespace reachable::view {
namespace {

using testing::FixedWidthMeasure;
using testing::ref;
using testing::row;
using testing::StateBuilder;
using testing::text;

class HitTestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StateBuilder builder;
    builder.variable("user", ref(1)).object(1, {row("name", text("\"John\"")), row("friend", ref(2))}).object(2, {});
    graph_ = ViewGraph::build(builder.build());
    layout_.update(graph_, FixedWidthMeasure{});
    scene_ = SceneGeometry::of(layout_);
    arrows_ = ArrowRouter().route(graph_, scene_);
  }
  Hit at(Vec2 point) const { return hitTest(scene_, arrows_, point); }

  ViewGraph graph_;
  HeapLayout layout_;
  SceneGeometry scene_;
  std::vector<Arrow> arrows_;
};

TEST_F(HitTestTest, FindsCardsByTheirTitleAndRows) {
  const BoxGeometry& card = *scene_.card(1);
  EXPECT_EQ(at(card.header().center()), (Hit{Hit::Kind::Card, 1, 0, 0}));
  EXPECT_EQ(at(card.row(1).center()), (Hit{Hit::Kind::Row, 1, 1, 0}));
}

TEST_F(HitTestTest, FindsRootVariables) {
  const BoxGeometry& global = scene_.roots[0];
  EXPECT_EQ(at(global.row(0).center()), (Hit{Hit::Kind::Variable, kNoObject, 0, 0}));
  EXPECT_EQ(at(global.header().center()).kind, Hit::Kind::RootBox);
}

TEST_F(HitTestTest, FindsArrowsNearTheirLine) {
  for (std::size_t i = 0; i < arrows_.size(); ++i) {
    const Vec2 middle = arrows_[i].at(0.5f);
    EXPECT_EQ(at(middle), (Hit{Hit::Kind::Arrow, arrows_[i].to, i, 0}));
    EXPECT_EQ(at(middle + Vec2{0, 4}).kind, Hit::Kind::Arrow);
    EXPECT_EQ(at(middle + Vec2{0, 30}).kind, Hit::Kind::Nothing);
  }
}

TEST_F(HitTestTest, FindsNothingOnTheBackground) { EXPECT_EQ(at({-50, -50}).kind, Hit::Kind::Nothing); }

}  // namespace
}  // namespace reachable::view
