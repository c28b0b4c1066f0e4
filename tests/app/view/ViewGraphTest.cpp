#include "ViewGraph.h"
#include "RunSample.h"

#include <gtest/gtest.h>

#include <unordered_set>

#include "StateBuilder.h"

namespace reachable::view {
namespace {

using testing::internalRow;
using testing::ref;
using testing::row;
using testing::StateBuilder;
using testing::text;

TEST(ViewGraph, GlobalScopeComesFirstWithItsVariablesAsRows) {
  StateBuilder builder;
  builder.variable("user", ref(1)).variable("count", text("3")).object(1, {row("name", text("\"John\""))});
  HeapState state = builder.build();
  state.scopes.push_back({RootScopeKind::Function, "greet", 0, {{"who", ref(1), false, false}}});
  state.frames.push_back({"greet", {}, 1});
  const ViewGraph graph = ViewGraph::build(state);
  ASSERT_EQ(graph.roots.size(), 2u);
  EXPECT_EQ(graph.roots[0].title, "<global>");
  EXPECT_EQ(graph.roots[0].variables[1].valueText, "3");
  EXPECT_EQ(graph.roots[1].title, "greet");
  ASSERT_EQ(graph.edgesInto(1).size(), 2u);
  EXPECT_TRUE(graph.edgesInto(1)[0]->from.fromRoot);
}

TEST(ViewGraph, HidesPrototypePlumbingButKeepsScopesAndTargets) {
  StateBuilder builder;
  builder.variable("ref", ref(1))
      .object(1, {internalRow("[[Prototype]]", ref(2)), row("[[Target]]", ref(3), Strength::Weak)}, CellKind::WeakRef,
              "WeakRef")
      .object(2, {row("shared", text("1"))})
      .object(3, {row("[[Scopes]]", ref(2))});
  const ViewGraph graph = ViewGraph::build(builder.build());
  const Card* weakRef = graph.find(1);
  ASSERT_NE(weakRef, nullptr);
  ASSERT_EQ(weakRef->rows.size(), 1u);
  EXPECT_EQ(weakRef->rows[0].name, "[[Target]]");
  EXPECT_EQ(weakRef->rows[0].valueStrength, Strength::Weak);
  EXPECT_EQ(graph.find(3)->rows[0].name, "[[Scopes]]");
  EXPECT_TRUE(graph.contains(2)) << "still referred to by a [[Scopes]] row";
}

TEST(ViewGraph, HidesObjectsReachedOnlyThroughHiddenRows) {
  StateBuilder builder;
  builder.variable("a", ref(1))
      .object(1, {internalRow("[[Prototype]]", ref(2))})
      .object(2, {row("helper", ref(3))})
      .object(3, {});
  const ViewGraph graph = ViewGraph::build(builder.build());
  EXPECT_TRUE(graph.contains(1));
  EXPECT_FALSE(graph.contains(2));
  EXPECT_FALSE(graph.contains(3)) << "shown only by a hidden object";
  EXPECT_TRUE(ViewGraph::build(builder.build(), {.showInternalRows = true}).contains(3));
}

TEST(ViewGraph, HidesAFunctionsUntouchedPrototypeObject) {
  StateBuilder builder;
  builder.variable("f", ref(1))
      .object(1, {row("prototype", ref(2))}, CellKind::Function, "ƒ f")
      .object(2, {row("constructor", ref(1))});
  ViewGraph graph = ViewGraph::build(builder.build());
  EXPECT_FALSE(graph.contains(2));
  EXPECT_TRUE(graph.find(1)->rows.empty());

  builder.state().objects[1].rows.push_back(row("greet", text("\"hi\"")));
  graph = ViewGraph::build(builder.build());
  EXPECT_TRUE(graph.contains(2)) << "the program added to it";
  EXPECT_EQ(graph.find(1)->rows.size(), 1u);
}

TEST(ViewGraph, KeepsGarbageThatNothingRefersTo) {
  StateBuilder builder;
  builder.object(1, {row("next", ref(2))}).object(2, {row("back", ref(1))}).object(3, {});
  const ViewGraph graph = ViewGraph::build(builder.build());
  EXPECT_EQ(graph.cards.size(), 3u);
}

// Once the module has run, its scope is gone from the state; the box stays, ended,
// with no arrows, while a module parked at a top-level await has no such box.
TEST(ViewGraph, TheFinishedModulesBoxStaysToSaySo) {
  StateBuilder builder;
  builder.object(1, {});
  HeapState state = builder.build();
  state.scopes.clear();
  const ViewGraph finished = ViewGraph::build(state);
  ASSERT_EQ(finished.roots.size(), 1u);
  EXPECT_TRUE(finished.roots[0].ended);
  EXPECT_EQ(finished.roots[0].title, "<global>");
  EXPECT_TRUE(finished.edgesInto(1).empty());
  EXPECT_EQ(finished.shownObjects, 1u);

  state.suspended.push_back({"<module>", {}, 1, true});
  EXPECT_TRUE(ViewGraph::build(state).roots.empty());

  const ViewGraph running = ViewGraph::build(StateBuilder().variable("user", ref(1)).object(1, {}).build());
  ASSERT_EQ(running.roots.size(), 1u);
  EXPECT_FALSE(running.roots[0].ended);
}

TEST(ViewGraph, FoldsLongCardsAndKeepsTheirArrows) {
  std::vector<Row> rows;
  for (int i = 0; i < 20; ++i) rows.push_back(row(std::to_string(i), text("0")));
  rows.push_back(row("last", ref(2)));
  StateBuilder builder;
  builder.variable("big", ref(1)).object(1, rows, CellKind::Array, "Array(21)").object(2, {});
  const ViewGraph graph = ViewGraph::build(builder.build());
  const Card& card = *graph.find(1);
  ASSERT_EQ(card.rows.size(), 8u);
  EXPECT_EQ(card.rows.back().name, "… 14 more");
  EXPECT_EQ(card.rows.back().toggle, RowToggle::Unfold);
  const auto into = graph.edgesInto(2);
  ASSERT_EQ(into.size(), 1u);
  EXPECT_EQ(into[0]->from.row, 7u);
  EXPECT_EQ(into[0]->name, "last");
}

TEST(ViewGraph, AnUnfoldedCardShowsEveryRowAndEndsInOneThatFoldsIt) {
  std::vector<Row> rows;
  for (int i = 0; i < 20; ++i) rows.push_back(row(std::to_string(i), text("0")));
  rows.push_back(row("last", ref(2)));
  StateBuilder builder;
  builder.variable("big", ref(1)).object(1, rows, CellKind::Array, "Array(21)").object(2, {});
  const std::unordered_set<ObjectId> unfolded{1};
  const ViewGraph graph = ViewGraph::build(builder.build(), {.unfolded = &unfolded});
  const Card& card = *graph.find(1);
  ASSERT_EQ(card.rows.size(), 22u);
  EXPECT_EQ(card.rows[20].name, "last");
  EXPECT_EQ(card.rows.back().toggle, RowToggle::Fold);
  ASSERT_EQ(graph.edgesInto(2).size(), 1u);
  EXPECT_EQ(graph.edgesInto(2)[0]->from.row, 20u) << "the arrow leaves from its own row again";
}

TEST(ViewGraph, AnUnfoldedCardStillFoldsWhatLiesBeyondItsLimit) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < ViewGraph::kMostRowsUnfolded + 50; ++i) rows.push_back(row(std::to_string(i), ref(2)));
  StateBuilder builder;
  builder.variable("huge", ref(1)).object(1, rows, CellKind::Array, "Array").object(2, {});
  const std::unordered_set<ObjectId> unfolded{1};
  const ViewGraph graph = ViewGraph::build(builder.build(), {.unfolded = &unfolded});
  const Card& card = *graph.find(1);
  ASSERT_EQ(card.rows.size(), ViewGraph::kMostRowsUnfolded + 2);
  EXPECT_EQ(card.rows[ViewGraph::kMostRowsUnfolded].name, "… 50 more");
  EXPECT_EQ(card.rows[ViewGraph::kMostRowsUnfolded].toggle, RowToggle::None);
  EXPECT_EQ(card.rows.back().toggle, RowToggle::Fold);
  EXPECT_EQ(graph.edgesInto(2).size(), ViewGraph::kMostRowsUnfolded + 50);
}

// The plan's copies leave out the plain rows no card shows; the cards built from them
// are the cards built from the whole state, folded or unfolded.
TEST(ViewGraph, APlanningCopyMakesTheSameCards) {
  std::vector<Row> rows;
  for (int i = 0; i < 1000; ++i) rows.push_back(row(std::to_string(i), i % 300 == 7 ? ref(2) : text("'x'")));
  rows.push_back(internalRow("[[Prototype]]", ref(2)));
  StateBuilder builder;
  builder.variable("big", ref(1)).object(1, rows, CellKind::Array, "Array(1000)").object(2, {row("a", text("1"))});
  const HeapState whole = builder.build();
  const HeapState copy = cardRowsOf(whole, 256);
  EXPECT_EQ(copy.objects[0].rowsLeftOut, 1000u - 4 - 256) << "four rows refer to object 2";
  EXPECT_LT(copy.objects[0].rows.size(), 300u);
  for (const std::unordered_set<ObjectId>& unfolded : {std::unordered_set<ObjectId>{}, std::unordered_set<ObjectId>{1}})
    for (bool internal : {false, true}) {
      const ViewGraphOptions options{.showInternalRows = internal, .unfolded = &unfolded};
      const ViewGraph fromWhole = ViewGraph::build(whole, options), fromCopy = ViewGraph::build(copy, options);
      const auto words = [](const Card& card) {
        std::vector<std::string> lines;
        for (const CardRow& r : card.rows) lines.push_back(r.name + "=" + r.valueText + "@" + std::to_string(r.valueTarget));
        return lines;
      };
      ASSERT_EQ(words(*fromWhole.find(1)), words(*fromCopy.find(1)));
      EXPECT_EQ(fromWhole.edges.size(), fromCopy.edges.size());
    }
}

TEST(ViewGraph, ShortCardsNeitherFoldNorUnfold) {
  StateBuilder builder;
  builder.variable("small", ref(1)).object(1, {row("a", text("1")), row("b", text("2"))});
  const std::unordered_set<ObjectId> unfolded{1};
  const ViewGraph graph = ViewGraph::build(builder.build(), {.unfolded = &unfolded});
  ASSERT_EQ(graph.find(1)->rows.size(), 2u);
  EXPECT_EQ(graph.find(1)->rows.back().toggle, RowToggle::None);
}

TEST(ViewGraph, MapEntriesReferByKeyAndByValue) {
  Row entry = row("", ref(3), Strength::Ephemeron);
  entry.key = ref(2);
  entry.keyStrength = Strength::Weak;
  StateBuilder builder;
  builder.variable("m", ref(1))
      .variable("k", ref(2))
      .object(1, {entry}, CellKind::WeakMap, "WeakMap(1)")
      .object(2, {})
      .object(3, {});
  const ViewGraph graph = ViewGraph::build(builder.build());
  const auto intoKey = graph.edgesInto(2);
  ASSERT_EQ(intoKey.size(), 2u);
  EXPECT_EQ(intoKey[1]->from.slot, RowSlot::Key);
  EXPECT_EQ(intoKey[1]->strength, Strength::Weak);
  EXPECT_EQ(graph.edgesInto(3)[0]->strength, Strength::Ephemeron);
}

TEST(ViewGraph, TimersJobsAndKeptObjectsAreRootsInTheirOwnBox) {
  StateBuilder builder;
  builder.object(1, {}, CellKind::Function, "ƒ tick").object(2, {});
  HeapState state = builder.build();
  state.timers.push_back({1, 100, false, ref(1)});
  state.kept.push_back(2);
  const ViewGraph graph = ViewGraph::build(state);
  ASSERT_EQ(graph.roots.size(), 2u);
  EXPECT_EQ(graph.roots[1].title, "event loop");
  EXPECT_EQ(graph.roots[1].variables[0].name, "timer 1");
  EXPECT_EQ(graph.roots[1].variables[1].name, "kept");
  EXPECT_EQ(graph.edgesInto(2).size(), 1u);
}

}  // namespace
}  // namespace reachable::view
