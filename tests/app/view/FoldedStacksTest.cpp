#include "FoldedStacks.h"

#include <gtest/gtest.h>

#include "CardText.h"
#include "StateBuilder.h"

namespace reachable::view {
namespace {

using testing::ref;
using testing::row;
using testing::StateBuilder;

HeapState listOf(int count) {
  StateBuilder builder;
  builder.variable("list", ref(1));
  std::vector<Row> elements;
  for (int i = 0; i < count; ++i) elements.push_back(row(std::to_string(i), ref(static_cast<ObjectId>(i + 2))));
  builder.object(1, elements, CellKind::Array, "Array(" + std::to_string(count) + ")");
  for (int i = 0; i < count; ++i) builder.object(static_cast<ObjectId>(i + 2), {});
  return builder.build();
}

TEST(FoldedStacks, ObjectsOnlyAFoldedRowHoldsPileIntoOneCard) {
  const ViewGraph graph = ViewGraph::build(listOf(100));
  std::size_t stacks = 0;
  for (const Card& card : graph.cards)
    if (!card.stacked.empty()) {
      ++stacks;
      EXPECT_NE(card.id & kStackBit, 0u);
      EXPECT_EQ(card.pile, card.stacked.size());
      EXPECT_EQ(cardTitle(card), "Object \xC3\x97 " + withThousands(card.stacked.size()));
      ASSERT_EQ(graph.edgesInto(card.id).size(), 1u) << "one arrow, from the folded row";
    }
  EXPECT_EQ(stacks, 1u);
  EXPECT_LT(graph.cards.size(), 20u);
}

TEST(FoldedStacks, AnObjectAlsoHeldElsewhereKeepsItsOwnCard) {
  HeapState state = listOf(100);
  state.scopes[0].variables.push_back({"last", ref(101), false, false});
  const ViewGraph graph = ViewGraph::build(state);
  EXPECT_TRUE(graph.contains(101));
}

TEST(FoldedStacks, AStackHasTheSameIdAtEveryStep) {
  const ViewGraph before = ViewGraph::build(listOf(100)), after = ViewGraph::build(listOf(120));
  const auto stackId = [](const ViewGraph& graph) {
    for (const Card& card : graph.cards)
      if (!card.stacked.empty()) return card.id;
    return kNoObject;
  };
  EXPECT_EQ(stackId(before), stackId(after));
  EXPECT_NE(stackId(before), kNoObject);
}

TEST(FoldedStacks, WhatOnlyStackedObjectsHoldGoesWithThem) {
  HeapState state = listOf(30);
  for (ObjectView& object : state.objects)
    if (object.id >= 2) object.rows.push_back(row("inner", ref(object.id + 1000)));
  for (ObjectId id = 1002; id < 1032; ++id) {
    ObjectView inner;
    inner.id = id;
    state.objects.push_back(inner);
  }
  const ViewGraph graph = ViewGraph::build(state);
  EXPECT_FALSE(graph.contains(1031)) << "held only by a stacked object";
  EXPECT_GT(graph.stackedAway, 0u);
}

}  // namespace
}  // namespace reachable::view
