#include "HeapLayout.h"

#include <gtest/gtest.h>

#include <random>

#include "StateBuilder.h"

namespace reachable::view {
namespace {

using testing::FixedWidthMeasure;
using testing::ref;
using testing::row;
using testing::StateBuilder;
using testing::text;

const FixedWidthMeasure kMeasure;

HeapLayout laidOut(const HeapState& state) {
  HeapLayout layout;
  layout.update(ViewGraph::build(state), kMeasure);
  return layout;
}

void expectNoOverlaps(const HeapLayout& layout) {
  const auto& shown = layout.shown();
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const Rect a = layout.card(shown[i])->rect;
    for (const BoxGeometry& root : layout.roots()) ASSERT_FALSE(a.overlaps(root.rect)) << "card " << shown[i];
    for (std::size_t j = i + 1; j < shown.size(); ++j)
      ASSERT_FALSE(a.overlaps(layout.card(shown[j])->rect)) << "cards " << shown[i] << " and " << shown[j];
  }
}

TEST(HeapLayout, RootsColumnStacksTheGlobalScopeFirst) {
  StateBuilder builder;
  builder.variable("user", ref(1)).object(1, {row("name", text("\"John\""))});
  HeapState state = builder.build();
  state.scopes.push_back({RootScopeKind::Function, "f", 0, {{"x", text("1"), false, false}}});
  state.frames.push_back({"f", {}, 1});
  const HeapLayout layout = laidOut(state);
  ASSERT_EQ(layout.roots().size(), 2u);
  EXPECT_EQ(layout.roots()[0].rect.min, (Vec2{0, 0}));
  EXPECT_GT(layout.roots()[1].rect.min.y, layout.roots()[0].rect.max.y);
  EXPECT_GT(layout.card(1)->rect.min.x, layout.roots()[0].rect.max.x);
}

TEST(HeapLayout, ColumnsFollowTheDistanceFromTheRoots) {
  StateBuilder builder;
  builder.variable("a", ref(1)).object(1, {row("b", ref(2))}).object(2, {row("c", ref(3))}).object(3, {});
  const HeapLayout layout = laidOut(builder.build());
  EXPECT_LT(layout.card(1)->rect.max.x, layout.card(2)->rect.min.x);
  EXPECT_LT(layout.card(2)->rect.max.x, layout.card(3)->rect.min.x);
}

TEST(HeapLayout, ANewObjectAppearsBesideItsReferrer) {
  StateBuilder builder;
  for (int i = 1; i <= 6; ++i) builder.variable("v" + std::to_string(i), ref(static_cast<ObjectId>(i)));
  for (int i = 1; i <= 6; ++i) builder.object(static_cast<ObjectId>(i), {row("x", text("1"))});
  HeapLayout layout;
  layout.update(ViewGraph::build(builder.build()), kMeasure);
  builder.state().objects[5].rows.push_back(row("child", ref(7)));
  builder.object(7, {});
  layout.update(ViewGraph::build(builder.build()), kMeasure);
  const BoxGeometry& parent = *layout.card(6);
  const BoxGeometry& child = *layout.card(7);
  EXPECT_GT(child.rect.min.x, parent.rect.max.x);
  EXPECT_NEAR(child.header().center().y, parent.row(1).center().y, 1.0f);
}

TEST(HeapLayout, ObjectsKeepTheirPlacesBetweenSteps) {
  StateBuilder builder;
  builder.variable("a", ref(1))
      .variable("b", ref(2))
      .object(1, {row("x", text("1"))})
      .object(2, {row("y", ref(3))})
      .object(3, {});
  HeapLayout layout;
  layout.update(ViewGraph::build(builder.build()), kMeasure);
  const Rect before1 = layout.card(1)->rect, before3 = layout.card(3)->rect;
  // b lets go of 3, which becomes garbage, and a new object joins column one.
  builder.state().objects[1].rows.clear();
  builder.variable("c", ref(4)).object(4, {});
  layout.update(ViewGraph::build(builder.build()), kMeasure);
  EXPECT_EQ(layout.card(1)->rect, before1);
  EXPECT_EQ(layout.card(3)->rect, before3) << "unreachable objects keep their last place";
  expectNoOverlaps(layout);
}

TEST(HeapLayout, AGrowingCardPushesTheOneBelowItDown) {
  StateBuilder builder;
  builder.variable("a", ref(1)).variable("b", ref(2)).object(1, {row("x", text("1"))}).object(2, {});
  HeapLayout layout;
  layout.update(ViewGraph::build(builder.build()), kMeasure);
  const float topOfB = layout.card(2)->rect.min.y;
  for (int i = 0; i < 5; ++i) builder.state().objects[0].rows.push_back(row("p" + std::to_string(i), text("0")));
  layout.update(ViewGraph::build(builder.build()), kMeasure);
  EXPECT_GT(layout.card(2)->rect.min.y, topOfB);
  expectNoOverlaps(layout);
}

TEST(HeapLayout, ScenarioPinsPlaceLabelledObjects) {
  StateBuilder builder;
  builder.variable("user", ref(1)).object(1, {}, CellKind::Object, "Object", "user");
  HeapLayout layout;
  layout.setPins({{"user", {100, 80}}});
  layout.update(ViewGraph::build(builder.build()), kMeasure);
  const float objectsLeft = layout.roots()[0].rect.max.x + layout.metrics().columnGap;
  EXPECT_EQ(layout.card(1)->rect.min, (Vec2{objectsLeft + 100, 80}));
}

TEST(HeapLayout, ADraggedCardStaysAndOthersMakeRoom) {
  StateBuilder builder;
  builder.variable("a", ref(1)).variable("b", ref(2)).object(1, {row("x", text("1"))}).object(2, {row("y", text("2"))});
  HeapLayout layout;
  const ViewGraph graph = ViewGraph::build(builder.build());
  layout.update(graph, kMeasure);
  const Vec2 onTopOfB = layout.card(2)->rect.min;
  layout.moveCard(1, onTopOfB);
  EXPECT_EQ(layout.card(1)->rect.min, onTopOfB);
  expectNoOverlaps(layout);
  layout.update(graph, kMeasure);
  EXPECT_EQ(layout.card(1)->rect.min, onTopOfB) << "a dragged card stays where it was put";
}

// A random graph that changes a little each step, as a program does.
class RandomHeap {
 public:
  explicit RandomHeap(unsigned seed) : random_(seed) {}

  HeapState step() {
    std::uniform_int_distribution<int> action(0, 9);
    for (int i = 0; i < 6; ++i) {
      const int what = action(random_);
      if (what < 5 || objects_.size() < 3)
        add();
      else if (what < 8)
        link();
      else if (!objects_.empty())
        objects_.erase(objects_.begin() + pick(objects_.size()));
    }
    StateBuilder builder;
    for (std::size_t i = 0; i < 3 && i < objects_.size(); ++i)
      builder.variable("v" + std::to_string(i), ref(objects_[i].id));
    for (const ObjectView& object : objects_) {
      std::vector<Row> rows;
      for (const Row& r : object.rows)
        if (r.value.target == kNoObject || alive(r.value.target)) rows.push_back(r);
      builder.object(object.id, rows);
    }
    return builder.build();
  }

 private:
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }
  bool alive(ObjectId id) const {
    return std::any_of(objects_.begin(), objects_.end(), [&](const ObjectView& o) { return o.id == id; });
  }
  void add() {
    ObjectView object;
    object.id = ++lastId_;
    const std::size_t rows = pick(5);
    for (std::size_t i = 0; i < rows; ++i)
      object.rows.push_back(row("p" + std::to_string(i), text(std::string(pick(12), 'x'))));
    if (!objects_.empty())
      objects_[pick(objects_.size())].rows.push_back(row("to" + std::to_string(lastId_), ref(lastId_)));
    objects_.push_back(object);
  }
  void link() {
    ObjectView& from = objects_[pick(objects_.size())];
    from.rows.push_back(row("link", ref(objects_[pick(objects_.size())].id)));
  }

  std::mt19937 random_;
  std::vector<ObjectView> objects_;
  ObjectId lastId_ = 0;
};

TEST(HeapLayout, CardsNeverOverlapOnRandomGraphs) {
  for (unsigned seed = 1; seed <= 12; ++seed) {
    RandomHeap heap(seed);
    HeapLayout layout;
    for (int step = 0; step < 40; ++step) {
      layout.update(ViewGraph::build(heap.step()), kMeasure);
      expectNoOverlaps(layout);
      if (step % 7 == 3 && !layout.shown().empty()) {
        const ObjectId some = layout.shown()[static_cast<std::size_t>(step) % layout.shown().size()];
        layout.moveCard(some, {layout.card(some)->rect.min.x - 120, layout.card(some)->rect.min.y + 40});
        expectNoOverlaps(layout);
      }
      if (::testing::Test::HasFatalFailure()) {
        ADD_FAILURE() << "seed " << seed << ", step " << step;
        return;
      }
    }
  }
}

}  // namespace
}  // namespace reachable::view
