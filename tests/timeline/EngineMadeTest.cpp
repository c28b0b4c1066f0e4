// Which objects of the view the engine made on the program's behalf (ObjectView::
// madeByEngine), as the timeline records them, and what a card calls a function.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "scenario/ScenarioLoader.h"
#include "timeline/FunctionExcerpt.h"
#include "timeline/Recording.h"

namespace reachable {
namespace {

// The state after the program's last statement (garbage stays until a collection).
HeapState lastState(std::string_view source) {
  LoadResult loaded = loadScenario("test.mjs", source);
  EXPECT_TRUE(loaded.scenario.has_value());
  if (!loaded.scenario) return {};
  const RecordedRun run = recordScenario(*loaded.scenario);
  EXPECT_EQ(run.end.status, RecordedEnd::Status::Completed) << run.end.message;
  std::uint64_t last = run.timeline.stepCount() - 1;
  while (last > 0 && run.timeline.step(last).kind != StepKind::Statement) --last;
  return run.timeline.stateAt(last);
}

const Variable* variable(const HeapState& state, std::string_view name) {
  for (const RootScope& scope : state.scopes)
    for (const Variable& v : scope.variables)
      if (v.name == name) return &v;
  return nullptr;
}

// The object a variable holds; the test stops when there is none.
const ObjectView& held(const HeapState& state, std::string_view name) {
  const Variable* v = variable(state, name);
  const ObjectView* object = v ? state.find(v->value.target) : nullptr;
  if (!object) throw std::runtime_error("no object in " + std::string(name));
  return *object;
}

bool hasRows(const ObjectView& object, std::vector<std::string> names) {
  std::vector<std::string> own;
  for (const Row& row : object.rows)
    if (!row.internal) own.push_back(row.name);
  return own == names;
}

std::vector<const ObjectView*> objectsWithRows(const HeapState& state, std::vector<std::string> names) {
  std::vector<const ObjectView*> found;
  for (const ObjectView& object : state.objects)
    if (hasRows(object, names)) found.push_back(&object);
  return found;
}

std::size_t engineMadeCount(const HeapState& state) {
  return static_cast<std::size_t>(
      std::count_if(state.objects.begin(), state.objects.end(), [](const ObjectView& o) { return o.madeByEngine; }));
}

// An array's iterator gives for…of its values without { value, done } objects
// (IteratorTurn): the iterator alone is the engine's.
TEST(EngineMade, AForOfsIteratorIsTheEnginesAndItsValuesThePrograms) {
  const HeapState state =
      lastState("const items = [{ id: 1 }, { id: 2 }];\nlet total = 0;\nfor (const item of items) total += item.id;\n");
  EXPECT_TRUE(objectsWithRows(state, {"value", "done"}).empty());
  EXPECT_EQ(engineMadeCount(state), 1u) << "the array iterator";
  EXPECT_FALSE(held(state, "items").madeByEngine);
  for (const ObjectView* item : objectsWithRows(state, {"id"})) EXPECT_FALSE(item->madeByEngine);
}

// A generator's next makes a result object each turn: for…of takes them, the engine's.
TEST(EngineMade, AGeneratorsResultsTakenByForOfAreTheEngines) {
  const HeapState state = lastState(
      "function* items() {\n  yield { id: 1 };\n  yield { id: 2 };\n}\nlet total = 0;\n"
      "for (const item of items()) total += item.id;\n");
  const auto results = objectsWithRows(state, {"value", "done"});
  ASSERT_EQ(results.size(), 3u) << "two turns and the last, done";
  for (const ObjectView* result : results) EXPECT_TRUE(result->madeByEngine);
  for (const ObjectView* item : objectsWithRows(state, {"id"})) EXPECT_FALSE(item->madeByEngine);
}

TEST(EngineMade, SpreadAndDestructuringIterateWithTheEnginesObjects) {
  const HeapState state = lastState("const pair = [1, 2];\nconst [a, b] = pair;\nconst copy = [...pair];\n");
  EXPECT_FALSE(held(state, "copy").madeByEngine) << "the program wrote the literal";
  EXPECT_FALSE(held(state, "pair").madeByEngine);
  EXPECT_EQ(engineMadeCount(state), state.objects.size() - 2);
}

TEST(EngineMade, WhatTheProgramGetsByCallingTheIteratorItselfIsItsOwn) {
  const HeapState state =
      lastState("const items = [7];\nconst it = items[Symbol.iterator]();\nconst first = it.next();\n");
  EXPECT_FALSE(held(state, "it").madeByEngine);
  EXPECT_FALSE(held(state, "first").madeByEngine);
  EXPECT_EQ(engineMadeCount(state), 0u);
}

TEST(EngineMade, ABuiltInIteratorIsNamedWithItsState) {
  const HeapState state = lastState("const items = [7, 8];\nconst it = items.values();\nit.next();\n");
  const ObjectView& it = held(state, "it");
  EXPECT_EQ(it.title, "Array Iterator");
  ASSERT_EQ(it.rows.size(), 3u);
  EXPECT_EQ(it.rows[0].name, "[[IteratedObject]]");
  EXPECT_EQ(it.rows[0].value.target, held(state, "items").id);
  EXPECT_EQ(it.rows[1].value.text, "1");
  EXPECT_EQ(it.rows[2].value.text, "values");
}

TEST(EngineMade, AnIteratorOfTheProgramsGivesResultsThatStayThePrograms) {
  const HeapState state = lastState(
      "const counter = { n: 0, [Symbol.iterator]() { return this; },\n"
      "  next() { this.n++; return { value: this.n, done: this.n > 2 }; } };\n"
      "for (const n of counter) {}\n");
  const auto results = objectsWithRows(state, {"value", "done"});
  ASSERT_EQ(results.size(), 3u);
  for (const ObjectView* result : results) EXPECT_FALSE(result->madeByEngine) << "written as a literal";
}

TEST(EngineMade, APromisesResolvingFunctionsAreTheEnginesAndNamedForWhatTheyDo) {
  const HeapState state = lastState("let keep;\nconst p = new Promise((resolve) => { keep = resolve; });\nkeep(1);\n");
  const ObjectView& resolve = held(state, "keep");
  EXPECT_TRUE(resolve.madeByEngine);
  EXPECT_EQ(resolve.title, "ƒ resolve");
  EXPECT_FALSE(held(state, "p").madeByEngine);
  const auto functions = std::count_if(state.objects.begin(), state.objects.end(), [](const ObjectView& o) {
    return o.kind == CellKind::Function && !o.madeByEngine;
  });
  EXPECT_EQ(functions, 1) << "only the executor is the program's";
  bool reject = std::any_of(state.objects.begin(), state.objects.end(),
                            [](const ObjectView& o) { return o.title == "ƒ reject" && o.madeByEngine; });
  EXPECT_TRUE(reject);
}

TEST(EngineMade, PromiseAllKeepsItsBookkeepingToItselfAndGivesTheProgramItsValues) {
  const HeapState state =
      lastState("const all = Promise.all([Promise.resolve(1), 2]);\nconst values = await all;\nconsole.log(values);\n");
  EXPECT_FALSE(held(state, "all").madeByEngine);
  EXPECT_FALSE(held(state, "values").madeByEngine);
  bool elementFunction = std::any_of(state.objects.begin(), state.objects.end(), [](const ObjectView& o) {
    return o.title == "ƒ Promise.all element" && o.madeByEngine;
  });
  EXPECT_TRUE(elementFunction);
  for (const ObjectView& object : state.objects) {
    if (object.kind != CellKind::Object) continue;
    EXPECT_TRUE(object.madeByEngine) << object.title << " #" << object.id;
  }
}

TEST(EngineMade, TheArgumentsOfASpreadCallAndTheKeysOfForInAreTheEngines) {
  const HeapState state = lastState(
      "function sum(a, b) { return a + b; }\nconst pair = [1, 2];\nconst total = sum(...pair);\n"
      "const o = { x: 1 };\nfor (const k in o) {}\n");
  const auto arrays = std::count_if(state.objects.begin(), state.objects.end(),
                                    [](const ObjectView& o) { return o.kind == CellKind::Array && o.madeByEngine; });
  EXPECT_EQ(arrays, 2);
  EXPECT_FALSE(held(state, "pair").madeByEngine);
}

TEST(EngineMade, AwaitingAValueWrapsItInAPromiseOfTheEngines) {
  const HeapState state = lastState("const p = Promise.resolve(1);\nawait p;\nawait 2;\n");
  const auto promises = std::count_if(state.objects.begin(), state.objects.end(),
                                      [](const ObjectView& o) { return o.kind == CellKind::Promise; });
  EXPECT_EQ(promises, 2);
  EXPECT_FALSE(held(state, "p").madeByEngine);
  EXPECT_EQ(engineMadeCount(state), 1u);
}

// A direct eval keeps every variable of the function around it in a context, as V8
// does; the context's card shows them, and the engine's own slots only as plumbing.
TEST(EngineMade, AnEvalsContextShowsItsVariablesAndHidesTheEnginesSlots) {
  const HeapState state = lastState(
      "function keeper() {\n  const big = { size: 'large' };\n  return () => eval('1');\n}\n"
      "const read = keeper();\nread();\n");
  const ObjectView* scope = nullptr;
  for (const ObjectView& object : state.objects)
    if (object.kind == CellKind::Context && object.title.find("keeper") != std::string::npos) scope = &object;
  ASSERT_NE(scope, nullptr);
  bool big = false;
  for (const Row& row : scope->rows) {
    if (row.name == "big") big = true;
    if (row.name.starts_with('%')) {
      EXPECT_TRUE(row.internal) << row.name;
    }
  }
  EXPECT_TRUE(big) << "the eval keeps `big`, which the closure never names";
  bool arguments = false;
  for (const Row& row : scope->rows)
    if (const ObjectView* held = row.name == "arguments" ? state.find(row.value.target) : nullptr)
      arguments = held->title == "Arguments";
  EXPECT_TRUE(arguments) << "the function's arguments object, by the name inspect gives it";
}

TEST(FunctionTitle, ANamedFunctionByItsNameANamelessOneByItsSource) {
  const HeapState state = lastState(
      "function makeCounter() {\n  let n = 0;\n  return () => ++n;\n}\nconst counter = makeCounter();\n"
      "const held = (x) => x * 2;\nconst later = [1].map(function (value, index) { return value + index; });\n"
      "const f = [(resolve) => setTimeout(() => resolve(10), 10)][0];\n");
  EXPECT_EQ(held(state, "counter").title, "ƒ () => ++n");
  EXPECT_EQ(held(state, "held").title, "ƒ held");
  EXPECT_EQ(held(state, "f").title, "ƒ (resolve) => …");
  const bool named = std::any_of(state.objects.begin(), state.objects.end(),
                                 [](const ObjectView& o) { return o.title == "ƒ makeCounter"; });
  EXPECT_TRUE(named);
  const bool expression = std::any_of(state.objects.begin(), state.objects.end(),
                                      [](const ObjectView& o) { return o.title == "ƒ function (value, index) …"; });
  EXPECT_TRUE(expression);
}

TEST(FunctionTitle, ExcerptsCutLongHeadsAndKeepShortFunctionsWhole) {
  EXPECT_EQ(functionExcerpt("x => x"), "x => x");
  EXPECT_EQ(functionExcerpt("(a, b) =>\n    a + b + a + b + a + b"), "(a, b) => …");
  EXPECT_EQ(functionExcerpt("async (value) => { await value; return value; }"), "async (value) => …");
  EXPECT_EQ(functionExcerpt("({ first, second, third, fourth }) => first + second"), "({ first, second, third, fou…");
  EXPECT_EQ(functionExcerpt("(f = () => 1) => f() + f() + f() + f()"), "(f = () => 1) => …");
}

}  // namespace
}  // namespace reachable
