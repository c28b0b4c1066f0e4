// A direct eval may name any variable of the scopes around it, so scope analysis puts
// every one of them into a context (as V8 does): "a function containing a direct eval
// keeps all its variables alive". Functions without one are placed as before.

#include <gtest/gtest.h>

#include "engine/ScopeAnalysis.h"
#include "parse/Parser.h"

namespace reachable {
namespace {

bool captured(const ScopeAnalysis& analysis, const Node* owner, std::string_view name) {
  ScopeAnalysis::Variable* v = analysis.scopeOf(owner)->find(name);
  return v && v->captured;
}

TEST(DirectEvalScope, EveryVariableAroundADirectEvalGoesIntoAContext) {
  ParseResult parsed = parseProgram(
      "let top = 1;\n"
      "function f(p) {\n  let local = 2;\n  return eval('p');\n}\n"
      "function g(q) {\n  let alone = 3;\n  return (0, eval)('q');\n}\n");
  ASSERT_TRUE(parsed.ok());
  const ScopeAnalysis analysis(*parsed.program);
  const Node* f = parsed.program->body[1];
  const Node* g = parsed.program->body[2];
  EXPECT_TRUE(captured(analysis, parsed.program, "top"));
  EXPECT_TRUE(captured(analysis, f, "p"));
  EXPECT_TRUE(captured(analysis, f, "local"));
  EXPECT_TRUE(captured(analysis, f, "this"));
  EXPECT_TRUE(captured(analysis, f, "arguments"));
  // An indirect eval sees only the global scope: g's variables stay in its frame.
  EXPECT_FALSE(captured(analysis, g, "q"));
  EXPECT_FALSE(captured(analysis, g, "alone"));
}

}  // namespace
}  // namespace reachable
