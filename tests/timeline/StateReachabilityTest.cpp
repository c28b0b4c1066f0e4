#include "timeline/StateReachability.h"

#include <gtest/gtest.h>

namespace reachable {
namespace {

ObjectView object(ObjectId id, std::string title, std::vector<Row> rows = {}) {
  ObjectView o;
  o.id = id;
  o.title = std::move(title);
  o.rows = std::move(rows);
  return o;
}

Row strong(std::string name, ObjectId target) { return Row{std::move(name), {}, {"", target}}; }

Row weak(std::string name, ObjectId target) {
  Row row{std::move(name), {}, {"", target}};
  row.valueStrength = Strength::Weak;
  return row;
}

HeapState state(std::vector<ObjectView> objects, std::vector<Variable> roots) {
  HeapState s;
  s.objects = std::move(objects);
  s.scopes.push_back({RootScopeKind::Global, "<global>", 0, std::move(roots)});
  return s;
}

TEST(StateReachabilityTest, StrongWeakAndUnreachable) {
  HeapState s = state({object(1, "Object", {strong("next", 2)}), object(2, "Object"),
                       object(3, "WeakRef", {weak("target", 4)}), object(4, "Object"), object(5, "Object")},
                      {{"admin", {"", 1}}, {"ref", {"", 3}}});
  StateReachability r(s);
  EXPECT_EQ(r.reach(1), Reach::Strong);
  EXPECT_EQ(r.reach(2), Reach::Strong);
  EXPECT_EQ(r.reach(4), Reach::WeakOnly);
  EXPECT_EQ(r.reach(5), Reach::Unreachable);
  EXPECT_EQ(r.explain(2), "kept alive by: admin → next");
}

TEST(StateReachabilityTest, TheShortestPathIsTheOneGiven) {
  HeapState s = state({object(1, "A", {strong("long", 2)}), object(2, "B", {strong("hop", 3)}), object(3, "C")},
                      {{"a", {"", 1}}, {"c", {"", 3}}});
  StateReachability r(s);
  auto path = r.retainingPath(3);
  ASSERT_EQ(path.size(), 1u);
  EXPECT_EQ(path[0].from, "c");
}

TEST(StateReachabilityTest, AWeakMapValueLivesWhileItsKeyDoes) {
  Row entry;
  entry.key = ValueView{"", 2};
  entry.keyStrength = Strength::Weak;
  entry.value = ValueView{"", 3};
  entry.valueStrength = Strength::Ephemeron;
  auto build = [&](bool keyRooted) {
    std::vector<Variable> roots = {{"map", {"", 1}}};
    if (keyRooted) roots.push_back({"key", {"", 2}});
    return state({object(1, "WeakMap", {entry}), object(2, "Object"), object(3, "Object")}, roots);
  };
  HeapState withKey = build(true), withoutKey = build(false);
  EXPECT_EQ(StateReachability(withKey).reach(3), Reach::Strong);
  EXPECT_EQ(StateReachability(withoutKey).reach(3), Reach::WeakOnly);
  EXPECT_EQ(StateReachability(withoutKey).reach(2), Reach::WeakOnly);
}

}  // namespace
}  // namespace reachable
