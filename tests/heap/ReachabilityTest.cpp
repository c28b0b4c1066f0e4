#include "HeapFixture.h"
#include "heap/Reachability.h"

namespace reachable::testing {
namespace {

using ReachabilityTest = HeapFixture;

TEST_F(ReachabilityTest, ClassifiesStrongWeakOnlyAndUnreachable) {
  Value kept = object(), weakOnly = object(), garbage = object();
  global("kept", kept);
  Value ref = makeWeakRef(weakOnly);
  heap.kept().clear();
  global("ref", ref);
  ReachabilityQuery query(heap, roots);
  EXPECT_EQ(query.classify(kept.asCell()), Reachability::Strong);
  EXPECT_EQ(query.classify(weakOnly.asCell()), Reachability::WeakOnly);
  EXPECT_EQ(query.classify(garbage.asCell()), Reachability::Unreachable);
  EXPECT_TRUE(alive(garbage));  // a query never collects
}

TEST_F(ReachabilityTest, AgreesWithTheCollectorOnEphemerons) {
  Value map = makeWeakMap(), key = object(), value = object();
  ASSERT_EQ(weak::weakMapSet(heap, heap.as<WeakMapObject>(map), key, value), RuleViolation::None);
  global("map", map);
  ReachabilityQuery before(heap, roots);
  EXPECT_EQ(before.classify(value.asCell()), Reachability::WeakOnly);
  global("key", key);
  ReachabilityQuery after(heap, roots);
  EXPECT_EQ(after.classify(value.asCell()), Reachability::Strong);
}

TEST_F(ReachabilityTest, RetainingPathIsShortestAndStartsAtARoot) {
  // admin → b → c → target, and a shortcut user → profile → target; the shortcut
  // wins whichever root comes first.
  for (bool shortcutFirst : {false, true}) {
    roots.globals.clear();
    Value a = object(), b = object(), c = object(), target = object(), holder = object();
    link(a, "b", b);
    link(b, "c", c);
    link(c, "target", target);
    link(holder, "profile", target);
    if (shortcutFirst) global("user", holder);
    global("admin", a);
    if (!shortcutFirst) global("user", holder);
    ReachabilityQuery query(heap, roots);
    auto path = query.retainingPath(target.asCell());
    ASSERT_TRUE(path.has_value());
    EXPECT_EQ(path->root, (RootRef{RootKind::Global, 0, shortcutFirst ? 0u : 1u}));
    ASSERT_EQ(path->links.size(), 2u);
    EXPECT_EQ(path->links[0].from, kNoCell);
    EXPECT_EQ(path->links[0].to, holder.asCell());
    EXPECT_EQ(path->links[1].from, holder.asCell());
    EXPECT_EQ(path->links[1].to, target.asCell());
    EXPECT_EQ(query.describe(*path), "user \u2192 profile");
  }
}

TEST_F(ReachabilityTest, WeakOnlyPathGoesThroughTheWeakEdge) {
  Value target = object(), garbage = object();
  Value ref = makeWeakRef(target);
  heap.kept().clear();
  global("ref", ref);
  ReachabilityQuery query(heap, roots);
  auto path = query.retainingPath(target.asCell());
  ASSERT_TRUE(path.has_value());
  EXPECT_EQ(query.describe(*path), "ref \u2192 target (weak)");
  EXPECT_FALSE(query.retainingPath(garbage.asCell()).has_value());
  Value newer = object();  // made after the query: unknown to it, never read out of bounds
  EXPECT_EQ(query.classify(newer.asCell()), Reachability::Unreachable);
}

TEST_F(ReachabilityTest, KeptObjectsAreNamedAsSuch) {
  Value target = object();
  makeWeakRef(target);
  ReachabilityQuery query(heap, roots);
  auto path = query.retainingPath(target.asCell());
  ASSERT_TRUE(path.has_value());
  EXPECT_EQ(path->root.kind, RootKind::Kept);
  EXPECT_EQ(query.describe(*path), "kept objects of the current task");
}

}  // namespace
}  // namespace reachable::testing
