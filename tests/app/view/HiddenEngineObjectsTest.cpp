#include "HiddenEngineObjects.h"

#include <gtest/gtest.h>

#include "StateBuilder.h"
#include "ViewGraph.h"

namespace reachable::view {
namespace {

using testing::internalRow;
using testing::ref;
using testing::row;
using testing::StateBuilder;
using testing::text;

TEST(HiddenEngineObjects, LeavesOutWhatTheEngineMadeAndCountsIt) {
  StateBuilder builder;
  builder.variable("items", ref(1))
      .object(1, {row("0", text("7"))}, CellKind::Array, "Array(1)")
      .object(2, {row("value", text("7")), row("done", text("false"))})
      .madeByEngine()
      .object(3, {row("value", text("undefined")), row("done", text("true"))})
      .madeByEngine();
  const ViewGraph graph = ViewGraph::build(builder.build());
  EXPECT_TRUE(graph.contains(1));
  EXPECT_FALSE(graph.contains(2));
  EXPECT_FALSE(graph.contains(3));
  EXPECT_EQ(graph.hiddenEngineObjects, 2u);

  const ViewGraph shown = ViewGraph::build(builder.build(), {.showEngineObjects = true});
  EXPECT_TRUE(shown.contains(2));
  EXPECT_TRUE(shown.find(2)->madeByEngine);
  EXPECT_EQ(shown.hiddenEngineObjects, 0u);
}

// let keep; new Promise(resolve => keep = resolve): the variable holds the engine's
// resolve function, which holds the promise.
TEST(HiddenEngineObjects, AReferenceToOneReadsAsItsTitleAndBridgesToWhatItKeeps) {
  StateBuilder builder;
  builder.variable("keep", ref(2))
      .object(1, {row("[[PromiseState]]", text("pending"))}, CellKind::Promise, "Promise")
      .object(2, {internalRow("promise", ref(1)), internalRow("record", ref(3))}, CellKind::Function, "ƒ resolve")
      .madeByEngine()
      .object(3, {row("0", text("false"))})
      .madeByEngine();
  const ViewGraph graph = ViewGraph::build(builder.build());
  ASSERT_TRUE(graph.contains(1)) << "the promise the program made";
  EXPECT_FALSE(graph.contains(2));
  EXPECT_FALSE(graph.contains(3));
  const RootVariable& keep = graph.roots[0].variables[0];
  EXPECT_EQ(keep.valueText, "ƒ resolve");
  EXPECT_EQ(keep.target, kNoObject);
  ASSERT_EQ(keep.bridges.size(), 1u);
  EXPECT_EQ(keep.bridges[0].to, 1u);
  const auto into = graph.edgesInto(1);
  ASSERT_EQ(into.size(), 1u);
  EXPECT_TRUE(into[0]->from.fromRoot);
  EXPECT_EQ(into[0]->name, "keep");
  EXPECT_EQ(into[0]->strength, Strength::Strong);
}

TEST(HiddenEngineObjects, ShownOnRequestOneShowsEvenItsPlumbing) {
  StateBuilder builder;
  builder.variable("keep", ref(2))
      .object(1, {}, CellKind::Promise, "Promise")
      .object(2, {internalRow("internal 0", ref(1))}, CellKind::Function, "ƒ resolve")
      .madeByEngine();
  const ViewGraph graph = ViewGraph::build(builder.build(), {.showEngineObjects = true});
  ASSERT_TRUE(graph.contains(2));
  ASSERT_EQ(graph.find(2)->rows.size(), 1u);
  EXPECT_EQ(graph.find(2)->rows[0].valueTarget, 1u);
  EXPECT_EQ(graph.edgesInto(1).size(), 1u);
}

TEST(HiddenEngineObjects, ARowBridgesThroughSeveralAndAWeakLinkMakesTheBridgeWeak) {
  StateBuilder builder;
  builder.variable("scope", ref(1))
      .object(1, {row("strong", ref(2)), row("weak", ref(4), Strength::Weak)})
      .object(2, {row("next", ref(3))})
      .madeByEngine()
      .object(3, {row("target", ref(5), Strength::Weak), row("held", ref(6))})
      .madeByEngine()
      .object(4, {row("held", ref(6))})
      .madeByEngine()
      .object(5, {})
      .object(6, {});
  const ViewGraph graph = ViewGraph::build(builder.build());
  const Card& scope = *graph.find(1);
  ASSERT_EQ(scope.rows.size(), 2u);
  ASSERT_EQ(scope.rows[0].bridges.size(), 2u);
  EXPECT_EQ(scope.rows[0].bridges[0], (Bridge{6, Strength::Strong}));
  EXPECT_EQ(scope.rows[0].bridges[1], (Bridge{5, Strength::Weak}));
  EXPECT_TRUE(scope.rows[0].refersByValue());
  ASSERT_EQ(scope.rows[1].bridges.size(), 1u);
  EXPECT_EQ(scope.rows[1].bridges[0], (Bridge{6, Strength::Weak})) << "reached through a weak row";
}

// for (const x of [a, b]): a hidden temporary holds the engine's iterator, which
// alone holds the program's array literal.
TEST(HiddenEngineObjects, AnObjectOfTheProgramReachedOnlyThroughOneStillShows) {
  StateBuilder builder;
  builder.hiddenVariable(ref(1))
      .object(1, {row("[[IteratedObject]]", ref(2))}, CellKind::Object, "Array Iterator")
      .madeByEngine()
      .object(2, {row("0", ref(3))}, CellKind::Array, "Array(1)")
      .object(3, {});
  const ViewGraph graph = ViewGraph::build(builder.build());
  EXPECT_FALSE(graph.contains(1));
  EXPECT_TRUE(graph.contains(2));
  EXPECT_TRUE(graph.contains(3));
}

TEST(HiddenEngineObjects, PlumbingAlreadyLeftOutIsNotCountedAgain) {
  StateBuilder builder;
  builder.variable("p", ref(1))
      .object(1, {internalRow("[[Reactions]]", ref(2))}, CellKind::Promise, "Promise")
      .object(2, {}, CellKind::Function, "ƒ reject")
      .madeByEngine();
  const ViewGraph graph = ViewGraph::build(builder.build());
  EXPECT_FALSE(graph.contains(2));
  EXPECT_EQ(graph.hiddenEngineObjects, 0u);
}

}  // namespace
}  // namespace reachable::view
