#include <cmath>
#include <limits>

#include "HeapFixture.h"
#include "heap/EdgeDescription.h"
#include "heap/Tracing.h"

namespace reachable::testing {
namespace {

TEST(ValueTest, NumbersRoundTripThroughTheWord) {
  for (double d : {0.0, -0.0, 1.5, -1e300, 5e-324, std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity()}) {
    Value v = Value::number(d);
    ASSERT_TRUE(v.isNumber());
    EXPECT_EQ(std::signbit(v.asNumber()), std::signbit(d));
    EXPECT_EQ(v.asNumber(), d);
  }
}

TEST(ValueTest, EveryNaNIsCanonicalAndStaysANumber) {
  volatile double zero = 0.0;
  double hardwareNaN = zero / zero;  // 0xFFF8... on x86, inside the boxed range's neighbour
  Value v = Value::number(hardwareNaN);
  EXPECT_TRUE(v.isNumber());
  EXPECT_TRUE(std::isnan(v.asNumber()));
  EXPECT_EQ(v, Value::number(std::numeric_limits<double>::quiet_NaN()));
  EXPECT_FALSE(v.isCell());
}

TEST(ValueTest, TagsAreDistinct) {
  Value values[] = {Value::undefined(), Value::null(),          Value::boolean(false), Value::boolean(true),
                    Value::string(7),   Value::symbol(7),       Value::object(7),      Value::bigint(7),
                    Value::hole(),      Value::uninitialized(), Value::exception(),    Value::number(7)};
  for (std::size_t i = 0; i < std::size(values); ++i) {
    for (std::size_t j = 0; j < std::size(values); ++j) EXPECT_EQ(values[i] == values[j], i == j) << i << " " << j;
  }
  EXPECT_TRUE(Value::object(7).isCell());
  EXPECT_TRUE(Value::string(7).isCell());
  EXPECT_TRUE(Value::symbol(7).isCell());
  EXPECT_FALSE(Value::hole().isCell());
  EXPECT_EQ(Value::object(0xFFFF'FFFF).asCell(), 0xFFFF'FFFFu);
  EXPECT_TRUE(Value::null().isNullish());
  EXPECT_FALSE(Value::boolean(false).isNullish());
}

// The one-of-a-kind values share one tag (V8's oddballs) and differ by payload; each
// answers only its own question.
TEST(ValueTest, OddballsAnswerOnlyForThemselves) {
  struct Case {
    Value v;
    bool undefined, null, boolean, hole, uninitialized, exception;
  };
  const Case cases[] = {
      {Value::undefined(), true, false, false, false, false, false},
      {Value::null(), false, true, false, false, false, false},
      {Value::boolean(false), false, false, true, false, false, false},
      {Value::boolean(true), false, false, true, false, false, false},
      {Value::hole(), false, false, false, true, false, false},
      {Value::uninitialized(), false, false, false, false, true, false},
      {Value::exception(), false, false, false, false, false, true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.v.isUndefined(), c.undefined);
    EXPECT_EQ(c.v.isNull(), c.null);
    EXPECT_EQ(c.v.isBoolean(), c.boolean);
    EXPECT_EQ(c.v.isHole(), c.hole);
    EXPECT_EQ(c.v.isUninitialized(), c.uninitialized);
    EXPECT_EQ(c.v.isException(), c.exception);
    EXPECT_FALSE(c.v.isNumber());
    EXPECT_FALSE(c.v.isCell());
  }
  EXPECT_TRUE(Value::boolean(true).asBoolean());
  EXPECT_FALSE(Value::boolean(false).asBoolean());
  EXPECT_EQ(Value(), Value::undefined());
}

// Every kind of cell is a cell, and only its own kind; no number, however its bits
// look, is one.
TEST(ValueTest, CellTagsAreCellsAndNumbersNever) {
  for (CellId id : {1u, 7u, 0xFFFF'FFFFu}) {
    Value cells[] = {Value::bigint(id), Value::string(id), Value::symbol(id), Value::object(id)};
    for (Value v : cells) {
      EXPECT_TRUE(v.isCell());
      EXPECT_FALSE(v.isNumber());
      EXPECT_EQ(v.asCell(), id);
      EXPECT_EQ(v.isBigInt() + v.isString() + v.isSymbol() + v.isObject(), 1);
    }
  }
  for (double d : {-std::numeric_limits<double>::infinity(), -1e300, -0.0, 1.0,
                   -std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::max()}) {
    EXPECT_FALSE(Value::number(d).isCell()) << d;
    EXPECT_FALSE(Value::number(d).isBigInt()) << d;
  }
}

using BigIntCellTest = HeapFixture;

// A BigInt is a primitive that lives in the heap: a cell that no one can hold
// weakly, freed (its digits with it) when nothing reaches it.
TEST_F(BigIntCellTest, IsAPrimitiveCellFreedWhenUnreachable) {
  Value kept = heap.newBigInt(mpz_class("123456789012345678901234567890"));
  Value lost = heap.newBigInt(mpz_class(1) << 4096);
  EXPECT_TRUE(kept.isBigInt());
  EXPECT_FALSE(isObjectKind(heap.get(kept.asCell()).kind));
  EXPECT_FALSE(heap.canBeHeldWeakly(kept));
  EXPECT_GE(heap.get(lost.asCell()).accountedBytes, 4096u / 8);
  global("kept", kept);
  gc();
  EXPECT_TRUE(alive(kept));
  EXPECT_FALSE(alive(lost));
  EXPECT_EQ(heap.as<BigIntCell>(kept).value, mpz_class("123456789012345678901234567890"));
}

TEST_F(BigIntCellTest, AConstantLivesAsLongAsTheHeap) {
  Value constant = heap.newBigInt(mpz_class(42));
  heap.keepForever(constant);
  gc();
  EXPECT_TRUE(alive(constant));
}

using ConcatenationTest = HeapFixture;

// A concatenation holds the strings it joins until its text is read; from then on it
// is flat, what it joined may be collected, and its size is its text's.
TEST_F(ConcatenationTest, JoinsOnFirstReadThenLetsItsPartsGo) {
  Value first = heap.newString(u"Hello, ");
  Value second = heap.newString(u"world, again");
  Value joined = heap.newConcatenation(first, second);
  EXPECT_EQ(heap.length(joined), 19u);
  global("joined", joined);
  gc();
  EXPECT_TRUE(alive(first)) << "a concatenation not yet read holds its parts";
  EXPECT_TRUE(alive(second));
  const std::size_t before = heap.bytes();
  EXPECT_EQ(heap.text(joined), u"Hello, world, again");
  EXPECT_EQ(heap.bytes(), before + 2 * 19) << "the joined text is accounted once made";
  gc();
  EXPECT_FALSE(alive(first));
  EXPECT_FALSE(alive(second));
  EXPECT_EQ(heap.text(joined), u"Hello, world, again");
}

// A string built by appending in a loop is a chain as deep as the loop; reading it
// must neither recurse that deep nor copy more than once.
TEST_F(ConcatenationTest, AChainAsDeepAsALoopReadsWhole) {
  Value s = heap.newString(u"start");
  for (int i = 0; i < 200'000; ++i) s = heap.newConcatenation(s, heap.newString(i % 2 ? u"b" : u"a"));
  Value nested = heap.newConcatenation(heap.newString(u"<"), heap.newConcatenation(s, heap.newString(u">")));
  EXPECT_EQ(heap.length(nested), 200'007u);
  const std::u16string& text = heap.text(nested);
  EXPECT_EQ(text.substr(0, 8), u"<startab");
  EXPECT_EQ(text.substr(text.size() - 3), u"ab>");
  EXPECT_EQ(heap.text(s).size(), 200'005u);
}

// What a card shows of a string a loop builds is read at every step: its start comes
// from the parts, kept for the next read, and the string stays unjoined.
TEST_F(ConcatenationTest, TheStartIsReadWithoutJoining) {
  Value s = heap.newString(u"ab");
  for (int i = 0; i < 100'000; ++i) {
    s = heap.newConcatenation(s, heap.newString(u"cd"));
    if (i % 1000 == 999) {
      EXPECT_EQ(heap.start(s).substr(0, 6), u"abcdcd");
    }
  }
  EXPECT_EQ(heap.start(s).size(), Heap::kStartShown);
  EXPECT_TRUE(heap.as<StringCell>(s).isConcatenation());
  Value prepended = heap.newString(u"<");
  for (int i = 0; i < 100'000; ++i) prepended = heap.newConcatenation(heap.newString(u"12345678901234"), prepended);
  EXPECT_EQ(heap.start(prepended), u"12345678901234123456789012341234");
  EXPECT_EQ(heap.text(s).substr(0, 6), u"abcdcd") << "joining ignores the start it kept";
  EXPECT_EQ(heap.text(s).size(), 200'002u);
}

using HeapTest = HeapFixture;

TEST_F(HeapTest, IdsAreStableAndNotReusedInASmallProgram) {
  Value first = object();
  gc();
  EXPECT_FALSE(alive(first));
  Value second = object();
  EXPECT_NE(second.asCell(), first.asCell());
}

TEST_F(HeapTest, FreedIdsAreReusedOnceManyWait) {
  CellId highest = 0;
  for (int round = 0; round < 4; ++round) {
    for (int i = 0; i < 3000; ++i) highest = std::max(highest, object().asCell());
    gc();
  }
  EXPECT_LT(highest, 12000u);  // the table stopped growing with the garbage
  EXPECT_EQ(heap.cellCount(), 0u);
}

TEST_F(HeapTest, WeakHandleDoesNotAnswerForACellThatReusedItsId) {
  Value victim = object();
  WeakHandle handle = heap.weakHandle(victim.asCell());
  EXPECT_NE(heap.resolve(handle), nullptr);
  gc();
  for (int i = 0; i < 5000; ++i) object();
  gc();
  for (int i = 0; i < 5000; ++i) global("keep", object());
  EXPECT_EQ(heap.resolve(handle), nullptr);
}

TEST_F(HeapTest, BytesFollowAllocationGrowthAndRelease) {
  EXPECT_EQ(heap.bytes(), 0u);
  Value o = object();
  std::size_t empty = heap.bytes();
  EXPECT_GT(empty, 0u);
  global("o", o);
  link(o, "a", Value::number(1));
  EXPECT_GT(heap.bytes(), empty + heap.get(heap.intern("a").asCell()).accountedBytes - 1);
  roots.globals.clear();
  gc();
  EXPECT_EQ(heap.bytes(), heap.get(heap.intern("a").asCell()).accountedBytes);
}

TEST_F(HeapTest, InternedStringsAreSharedAndNeverFreed) {
  Value a = heap.intern("name");
  EXPECT_EQ(heap.intern(std::u16string_view(u"name")), a);
  Value plain = heap.newString(u"name");
  EXPECT_NE(plain, a);
  gc();
  EXPECT_TRUE(alive(a));
  EXPECT_FALSE(alive(plain));
}

TEST_F(HeapTest, RegisteredSymbolsAreUniquePerKeyAndCannotBeHeldWeakly) {
  Value s = heap.registeredSymbol(heap.intern("app"));
  EXPECT_EQ(heap.registeredSymbol(heap.newString(u"app")), s);
  EXPECT_FALSE(heap.canBeHeldWeakly(s));
  EXPECT_TRUE(heap.canBeHeldWeakly(heap.newSymbol(Value::undefined())));
  EXPECT_TRUE(heap.canBeHeldWeakly(object()));
  EXPECT_FALSE(heap.canBeHeldWeakly(heap.intern("str")));
  EXPECT_FALSE(heap.canBeHeldWeakly(Value::number(1)));
  EXPECT_FALSE(heap.canBeHeldWeakly(Value::null()));
  gc();
  EXPECT_TRUE(alive(s));
}

TEST_F(HeapTest, LabelsAreKeptBesideTheTableAndDropWithTheCell) {
  Value o = object();
  EXPECT_EQ(heap.label(o.asCell()), nullptr);
  heap.setLabel(o.asCell(), "user");
  ASSERT_NE(heap.label(o.asCell()), nullptr);
  EXPECT_EQ(*heap.label(o.asCell()), "user");
  gc();
  EXPECT_EQ(heap.label(o.asCell()), nullptr);
}

TEST_F(HeapTest, EveryEdgeKnowsItsStrengthAndSlot) {
  Value map = makeWeakMap(), key = object(), value = object();
  ASSERT_EQ(weak::weakMapSet(heap, heap.as<WeakMapObject>(map), key, value), RuleViolation::None);
  Value r = makeRegistry(), target = object(), token = object();
  ASSERT_EQ(weak::registerTarget(heap, registry(r), target, value, token), RuleViolation::None);
  std::vector<Edge> edges;
  traceCell(heap.get(r.asCell()), [&](const Edge& e) { edges.push_back(e); });
  ASSERT_EQ(edges.size(), 4u);  // cleanup callback, then target, held value and token of cell 0
  EXPECT_EQ(edges[0].name.kind, EdgeKind::RegistryCleanup);
  EXPECT_EQ(edges[1].strength, EdgeStrength::Weak);
  EXPECT_EQ(edges[2].strength, EdgeStrength::Strong);
  EXPECT_EQ(edges[3].strength, EdgeStrength::Weak);
  EXPECT_EQ(describeEdge(heap, r.asCell(), edges[3].name), "cell 0 token (weak)");
  edges.clear();
  traceCell(heap.get(map.asCell()), [&](const Edge& e) { edges.push_back(e); });
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(edges[0].strength, EdgeStrength::Weak);
  EXPECT_EQ(edges[1].strength, EdgeStrength::Ephemeron);
  EXPECT_EQ(edges[1].ephemeronKey, key);
}

TEST_F(HeapTest, ObjectsBuiltAlikeShareOneShape) {
  Value a = object(), b = object(), c = object();
  for (Value o : {a, b}) {
    link(o, "name", Value::number(1));
    link(o, "age", Value::number(2));
  }
  link(c, "age", Value::number(2));
  link(c, "name", Value::number(1));
  const auto& pa = heap.as<JSObject>(a).properties;
  ASSERT_NE(pa.shape(), nullptr);
  EXPECT_EQ(pa.shape(), heap.as<JSObject>(b).properties.shape());
  EXPECT_NE(pa.shape(), heap.as<JSObject>(c).properties.shape());  // same keys, other order
  EXPECT_EQ(pa.find(heap.intern("age")), 1);
}

TEST_F(HeapTest, PropertiesKeepInsertionOrderThroughDeleteAndGrowth) {
  Value o = object();
  for (int i = 0; i < 100; ++i) link(o, "p" + std::to_string(i), Value::number(i));
  auto& props = heap.as<JSObject>(o).properties;
  EXPECT_TRUE(props.isDictionary());  // past kMaxShapedProperties
  Value small = object();
  for (int i = 0; i < 10; ++i) link(small, "p" + std::to_string(i), Value::number(i));
  auto& smallProps = heap.as<JSObject>(small).properties;
  EXPECT_FALSE(smallProps.isDictionary());
  EXPECT_TRUE(smallProps.remove(heap.intern("p3")));
  EXPECT_FALSE(smallProps.remove(heap.intern("p3")));
  EXPECT_TRUE(smallProps.isDictionary());
  for (auto* storage : {&props, &smallProps}) {
    int expected = 0;
    for (std::uint32_t i = 0; i < storage->size(); ++i) {
      if (storage == &smallProps && expected == 3) ++expected;
      EXPECT_EQ(storage->value(i).asNumber(), expected);
      EXPECT_EQ(storage->key(i), heap.intern("p" + std::to_string(expected)));
      ++expected;
    }
  }
  EXPECT_EQ(props.value(static_cast<std::uint32_t>(props.find(heap.intern("p99")))).asNumber(), 99);
  EXPECT_EQ(smallProps.find(heap.intern("p3")), -1);
}

TEST_F(HeapTest, ChangingAttributesLeavesTheSharedShapeAlone) {
  Value a = object(), b = object();
  link(a, "x", Value::number(1));
  link(b, "x", Value::number(2));
  auto& pa = heap.as<JSObject>(a).properties;
  pa.setAttributes(0, kEnumerable);
  EXPECT_EQ(pa.attributes(0), kEnumerable);
  EXPECT_EQ(heap.as<JSObject>(b).properties.attributes(0), kDefaultAttributes);
  EXPECT_EQ(pa.value(0).asNumber(), 1);
}

TEST_F(HeapTest, CollectorTracesInlineOverflowAndDictionaryValues) {
  Value holder = object();
  global("holder", holder);
  std::vector<Value> children;
  for (int i = 0; i < 80; ++i) {
    children.push_back(object());
    link(holder, "c" + std::to_string(i), children.back());
    if (i == 6) {
      Value shaped = object();
      for (int k = 0; k < 7; ++k) link(shaped, "s" + std::to_string(k), children[static_cast<std::size_t>(k)]);
      global("shaped", shaped);
    }
  }
  gc();
  for (Value child : children) EXPECT_TRUE(alive(child));
  roots.globals.clear();
  gc();
  for (Value child : children) EXPECT_FALSE(alive(child));
}

}  // namespace
}  // namespace reachable::testing
