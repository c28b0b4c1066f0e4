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

// A list grown at its head, as `head = { value, next: head }` does: node n (the
// newest, id n) refers to node n - 1. Each node holds a { text } object too, when asked.
HeapState chainOf(ObjectId count, bool withValues = false) {
  StateBuilder builder;
  builder.variable("head", ref(count));
  for (ObjectId id = 1; id <= count; ++id) {
    std::vector<Row> rows{row("next", id > 1 ? ref(id - 1) : testing::text("null"))};
    if (withValues) rows.push_back(row("value", ref(1000 + id)));
    builder.object(id, rows);
  }
  if (withValues)
    for (ObjectId id = 1; id <= count; ++id) builder.object(1000 + id, {}, CellKind::Object, "Label");
  return builder.build();
}

const Card* onlyStack(const ViewGraph& graph) {
  const Card* found = nullptr;
  for (const Card& card : graph.cards)
    if (!card.stacked.empty()) {
      EXPECT_EQ(found, nullptr) << "a second stack";
      found = &card;
    }
  return found;
}

TEST(FoldedChains, ALongListShowsItsFirstLinksThenOneStack) {
  const ViewGraph graph = ViewGraph::build(chainOf(20));
  const Card* stack = onlyStack(graph);
  ASSERT_NE(stack, nullptr);
  EXPECT_EQ(stack->pile, 20 - kLinksShown);
  EXPECT_EQ(graph.cards.size(), kLinksShown + 1);
  // The last link shown points at the stack: 20, 19, 18, 17 shown; 16 and older folded.
  const auto into = graph.edgesInto(stack->id);
  ASSERT_EQ(into.size(), 1u);
  EXPECT_EQ(into[0]->from.object, 20 - kLinksShown + 1);
}

TEST(FoldedChains, AShortListIsShownWhole) {
  const ViewGraph graph = ViewGraph::build(chainOf(kMostLinksShown));
  EXPECT_EQ(onlyStack(graph), nullptr);
  EXPECT_EQ(graph.cards.size(), kMostLinksShown);
}

TEST(FoldedChains, TheStackKeepsItsIdAsTheListGrows) {
  const ViewGraph graph = ViewGraph::build(chainOf(30)), grown = ViewGraph::build(chainOf(31));
  const Card* before = onlyStack(graph);
  const Card* after = onlyStack(grown);
  ASSERT_TRUE(before && after);
  EXPECT_EQ(before->id, after->id);
}

TEST(FoldedChains, WhatOnlyFoldedLinksHoldGoesWithThem) {
  const ViewGraph graph = ViewGraph::build(chainOf(20, true));
  const Card* stack = onlyStack(graph);
  ASSERT_NE(stack, nullptr);
  EXPECT_EQ(graph.stackedAway, 20 - kLinksShown);  // their { text } objects
  EXPECT_EQ(graph.cards.size(), 2 * kLinksShown + 1);
}

TEST(FoldedChains, ATreeIsNotAChain) {
  // A complete binary tree of 31 nodes: every inner node holds two alike nodes.
  StateBuilder builder;
  builder.variable("root", ref(1));
  for (ObjectId id = 1; id <= 31; ++id)
    builder.object(id, id <= 15 ? std::vector<Row>{row("left", ref(2 * id)), row("right", ref(2 * id + 1))}
                                : std::vector<Row>{});
  const ViewGraph graph = ViewGraph::build(builder.build());
  EXPECT_EQ(graph.cards.size(), 31u);
}

TEST(FoldedChains, ARingIsShownWhole) {
  StateBuilder builder;
  builder.variable("ring", ref(1));
  for (ObjectId id = 1; id <= 12; ++id) builder.object(id, {row("next", ref(id % 12 + 1))});
  const ViewGraph graph = ViewGraph::build(builder.build());
  EXPECT_EQ(onlyStack(graph), nullptr);
}

}  // namespace
}  // namespace reachable::view
