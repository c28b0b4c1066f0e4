#include "GhostPiles.h"

#include <gtest/gtest.h>

#include "CardText.h"
#include "StateBuilder.h"
#include "timeline/StateReachability.h"

namespace reachable::view {
namespace {

using testing::ref;
using testing::row;
using testing::StateBuilder;
using testing::text;

// The graph of a state with its garbage piled, as the heap view derives it.
ViewGraph piled(const HeapState& state) {
  ViewGraph graph = ViewGraph::build(state);
  const StateReachability reachability(state);
  std::unordered_map<ObjectId, Reach> reach;
  for (const Card& card : graph.cards) reach.emplace(card.id, reachability.reach(card.id));
  pileGhosts(graph, reach);
  return graph;
}

// for (let i = 0; i < n; i++) { const temp = { index: i }; } — garbage made on line 3.
StateBuilder loopGarbage(ObjectId first, int count) {
  StateBuilder builder;
  for (int i = 0; i < count; ++i)
    builder.object(first + static_cast<ObjectId>(i), {row("index", text(std::to_string(i))), row("kind", text("t"))})
        .at(3, 16);
  return builder;
}

TEST(GhostPiles, GarbageOfOneSiteBecomesOneStackNamedByItsCountAndLine) {
  StateBuilder builder = loopGarbage(1, 37);
  builder.variable("kept", ref(100)).object(100, {});
  const ViewGraph graph = piled(builder.build());
  ASSERT_EQ(graph.cards.size(), 2u);
  const Card& pile = graph.cards[0];
  EXPECT_EQ(pile.id, 1u) << "the first object stands for the pile, so it keeps its place as the pile grows";
  EXPECT_EQ(pile.pile, 37u);
  EXPECT_EQ(cardTitle(pile), "Object × 37 · line 3");
  EXPECT_EQ(pile.rows[0].valueText, "…") << "the index differs from one object to the next";
  EXPECT_EQ(pile.rows[1].valueText, "t") << "all share this one";
}

TEST(GhostPiles, AFewObjectsOfOneSiteKeepTheirCards) {
  const ViewGraph graph = piled(loopGarbage(1, kMinGhostPile - 1).build());
  EXPECT_EQ(graph.cards.size(), kMinGhostPile - 1);
  for (const Card& card : graph.cards) EXPECT_EQ(card.pile, 0u);
}

TEST(GhostPiles, GarbageOfDistinctSitesAndLiveObjectsAreNeverPiled) {
  StateBuilder builder;
  for (ObjectId id = 1; id <= 4; ++id) builder.object(id, {}).at(id);
  for (ObjectId id = 5; id <= 8; ++id) builder.variable("v" + std::to_string(id), ref(id)).object(id, {}).at(9);
  const ViewGraph graph = piled(builder.build());
  EXPECT_EQ(graph.cards.size(), 8u);
}

TEST(GhostPiles, ArraysOfOneSitePileWhateverTheirLengths) {
  StateBuilder builder;
  builder.object(1, {}, CellKind::Array, "Array(0)").at(2);
  builder.object(2, {row("0", text("1"))}, CellKind::Array, "Array(1)").at(2);
  builder.object(3, {row("0", text("1")), row("1", text("2"))}, CellKind::Array, "Array(2)").at(2);
  const ViewGraph graph = piled(builder.build());
  ASSERT_EQ(graph.cards.size(), 1u);
  EXPECT_EQ(graph.cards[0].pile, 3u);
}

// Each piled object refers to a live one and to garbage piled in turn: the stack's
// arrows go once to each, from the row of the same name.
TEST(GhostPiles, ReferencesFromAndToPiledObjectsGoFromAndToTheirStackOnce) {
  StateBuilder builder;
  builder.variable("shared", ref(100));
  for (ObjectId id = 1; id <= 4; ++id) builder.object(id, {row("shared", ref(100)), row("inner", ref(10 + id))}).at(3);
  for (ObjectId id = 11; id <= 14; ++id) builder.object(id, {row("back", ref(1))}).at(4);
  builder.object(100, {});
  const ViewGraph graph = piled(builder.build());
  ASSERT_EQ(graph.cards.size(), 3u);
  ASSERT_NE(graph.find(1), nullptr);
  ASSERT_NE(graph.find(11), nullptr);
  std::size_t fromOuterToShared = 0, fromOuterToInner = 0, fromInnerToOuter = 0;
  for (const Edge& edge : graph.edges) {
    if (edge.from.fromRoot) continue;
    EXPECT_TRUE(edge.from.object == 1 || edge.from.object == 11);
    if (edge.from.object == 1 && edge.to == 100) {
      ++fromOuterToShared;
      EXPECT_EQ(edge.from.row, 0u);
    }
    if (edge.from.object == 1 && edge.to == 11) {
      ++fromOuterToInner;
      EXPECT_EQ(edge.from.row, 1u);
    }
    if (edge.from.object == 11 && edge.to == 1) ++fromInnerToOuter;
  }
  EXPECT_EQ(fromOuterToShared, 1u);
  EXPECT_EQ(fromOuterToInner, 1u);
  EXPECT_EQ(fromInnerToOuter, 1u);
  EXPECT_EQ(graph.edgesInto(100).size(), 2u) << "the root's arrow and the stack's";
}

TEST(GhostPiles, AStacksObjectsAmongThemselvesDrawNoArrow) {
  StateBuilder builder;
  for (ObjectId id = 1; id <= 5; ++id) builder.object(id, {row("next", ref(id % 5 + 1))}).at(7);
  const ViewGraph graph = piled(builder.build());
  ASSERT_EQ(graph.cards.size(), 1u);
  EXPECT_TRUE(graph.edges.empty());
}

}  // namespace
}  // namespace reachable::view
