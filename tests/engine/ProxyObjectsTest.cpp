// The mechanisms behind Proxy that a parity program cannot see: what the collector
// traces from a proxy, the pins that keep a revoked proxy's target for its trap's
// invariant check, and the inline caches that a proxy must never take.
#include <gtest/gtest.h>

#include <vector>

#include "ProgramRunner.h"
#include "heap/Tracing.h"
#include "heap/WeakCells.h"

namespace reachable {
namespace {

std::vector<EdgeKind> edgeKinds(const HeapCell& cell) {
  std::vector<EdgeKind> kinds;
  traceCell(cell, [&](const Edge& edge) { kinds.push_back(edge.name.kind); });
  return kinds;
}

bool weakRefEmpty(ProgramRunner& runner, std::string_view name) {
  return static_cast<const WeakRefObject&>(runner.global(name)).target.isUndefined();
}

TEST(ProxyObjects, HoldsTargetAndHandlerUntilRevoked) {
  ProgramRunner runner;
  runner.run(
      "let target = { big: new Array(1000).fill(0) };\n"
      "globalThis.ref = new WeakRef(target);\n"
      "globalThis.r = Proxy.revocable(target, {});\n"
      "globalThis.proxy = r.proxy;\n"
      "target = null;\n");
  const HeapCell& proxy = runner.global("proxy");
  EXPECT_EQ(proxy.kind, CellKind::Proxy);
  EXPECT_EQ(edgeKinds(proxy), (std::vector{EdgeKind::ProxyTarget, EdgeKind::ProxyHandler}));
  runner.run("await null;\ngc();\n");
  EXPECT_FALSE(weakRefEmpty(runner, "ref")) << "a live proxy's target is held strongly";
  runner.run("r.revoke();\ngc();\n");
  EXPECT_TRUE(edgeKinds(runner.global("proxy")).empty());
  EXPECT_TRUE(weakRefEmpty(runner, "ref")) << "a revoked proxy lets its target go";
}

TEST(ProxyObjects, TargetRevokedAndCollectedDuringItsTrapIsStillChecked) {
  ProgramRunner runner;
  runner.run(
      "let r;\n"
      "r = Proxy.revocable(Object.freeze({ x: 1 }), { get() { r.revoke(); gc(); return 2; } });\n"
      "try { r.proxy.x; } catch (e) { console.log(e.message); }\n");
  EXPECT_EQ(runner.console.out,
            "'get' on proxy: property 'x' is a read-only and non-configurable data property on the proxy target "
            "but the proxy did not return its actual value (expected '1' but got '2')\n");
}

TEST(ProxyObjects, NeverTakesAnInlineCacheOfAnEmptyObject) {
  ProgramRunner runner;
  runner.run(
      "function put(o) { o.x = 1; }\n"
      "put(Object.create(null));\n"
      "put(Object.create(null));\n"
      "const seen = [];\n"
      "put(new Proxy(Object.create(null), { set(t, k, v) { seen.push(k); return Reflect.set(t, k, v); } }));\n"
      "function read(o) { return o.y; }\n"
      "read({});\n"
      "read({});\n"
      "console.log(seen.join(), read(new Proxy({}, { get: () => 'trapped' })));\n");
  EXPECT_EQ(runner.console.out, "x trapped\n");
}

}  // namespace
}  // namespace reachable
