// The compiler's side of strict mode: each FunctionCode's `strict` comes from the
// parser's decision, and a direct eval's call site carries what its caller allows
// (CallEval's DirectEvalSite operand); what sloppy code runs, and what it refuses.

#include <gtest/gtest.h>

#include <optional>
#include <vector>

#include "ProgramRunner.h"
#include "engine/EvalSite.h"

namespace reachable {
namespace {

// The DirectEvalSite of the first CallEval in `code`.
std::optional<DirectEvalSite> firstEvalSite(const FunctionCode& code) {
  for (std::size_t pc = 0; pc < code.code.size();) {
    const auto op = static_cast<Op>(code.code[pc]);
    if (op == Op::CallEval) return decodeEvalSite(code.code[pc + 3]);
    pc += 1 + static_cast<std::size_t>(operandCount(op));
  }
  return std::nullopt;
}

// Every direct eval site in `code` and the functions inside it.
void collectEvalSites(const FunctionCode& code, std::vector<DirectEvalSite>& sites) {
  if (auto site = firstEvalSite(code)) sites.push_back(*site);
  for (const auto& inner : code.functions) collectEvalSites(*inner, sites);
}

TEST(CodeStrictness, EachFunctionIsAsStrictAsTheParserDecided) {
  ProgramRunner runner;
  Engine& engine = runner.engine;
  ParseResult parsed = parseEvalCode("(function () {}); (function () { 'use strict'; }); (class { m() {} })", {});
  ASSERT_TRUE(parsed.ok());
  auto program = compileEvalCode(parsed, engine.heap());
  EXPECT_FALSE(program->module->strict);
  EXPECT_FALSE(program->module->functions[0]->strict);
  EXPECT_TRUE(program->module->functions[1]->strict);
  for (std::size_t i = 2; i < program->module->functions.size(); ++i) EXPECT_TRUE(program->module->functions[i]->strict);

  ParseResult module = parseProgram("function f() {}");
  auto compiled = compileProgram(module, "m.mjs", engine.heap());
  EXPECT_TRUE(compiled->module->strict);
  EXPECT_TRUE(compiled->module->functions[0]->strict);
}

TEST(CodeStrictness, ADirectEvalSiteCarriesWhatItsCallerAllows) {
  ProgramRunner runner;
  Engine& engine = runner.engine;
  ParseResult parsed = parseProgram(
      "eval('1');\n"
      "function f() { return () => eval('2'); }\n"
      "class A {}\n"
      "class B extends A { constructor() { eval('super()'); } m() { eval('3'); } x = eval('4'); }\n");
  ASSERT_TRUE(parsed.ok());
  auto program = compileProgram(parsed, "m.mjs", engine.heap());
  const FunctionCode& top = *program->module;
  auto site = firstEvalSite(top);
  ASSERT_TRUE(site);
  EXPECT_TRUE(site->context.strict);
  EXPECT_FALSE(site->context.inFunction);
  EXPECT_FALSE(site->globalVarScope);

  // The arrow inside f sees f's new.target.
  const FunctionCode& arrow = *top.functions[0]->functions[0];
  site = firstEvalSite(arrow);
  ASSERT_TRUE(site);
  EXPECT_TRUE(site->context.inFunction);
  EXPECT_FALSE(site->context.inMethod);

  std::vector<DirectEvalSite> sites;
  collectEvalSites(top, sites);
  int derived = 0, methods = 0, fields = 0;
  for (const DirectEvalSite& s : sites) {
    if (!s.context.inMethod) continue;
    derived += s.context.inDerivedConstructor;
    fields += s.context.inClassFieldInitializer;
    methods += !s.context.inDerivedConstructor && !s.context.inClassFieldInitializer;
  }
  EXPECT_EQ(derived, 1);
  EXPECT_EQ(methods, 1);
  EXPECT_EQ(fields, 1);
}

TEST(CodeStrictness, EvalSitesSurviveTheirOperand) {
  DirectEvalSite site{{.strict = true, .inFunction = true, .inMethod = false, .inDerivedConstructor = false,
                       .inClassFieldInitializer = true},
                      true};
  DirectEvalSite back = decodeEvalSite(encodeEvalSite(site));
  EXPECT_TRUE(back.context.strict);
  EXPECT_TRUE(back.context.inFunction);
  EXPECT_FALSE(back.context.inMethod);
  EXPECT_FALSE(back.context.inDerivedConstructor);
  EXPECT_TRUE(back.context.inClassFieldInitializer);
  EXPECT_TRUE(back.globalVarScope);
}

TEST(CodeStrictness, SloppyCodeRunsAsV8RunsIt) {
  ProgramRunner runner;
  RunOutcome outcome = runner.run(
      "const e = eval;\n"
      "e('made = 1; var declared = 2; eval(\"var nested = 3\")');\n"
      "const f = new Function('o', 'o.x = 2; return [o.x, delete Math.PI, typeof this, delete made]');\n"
      "console.log(globalThis.declared, globalThis.nested, f.call(1, Object.freeze({ x: 1 })).join());\n");
  EXPECT_EQ(outcome.status, RunOutcome::Status::Completed) << outcome.message;
  EXPECT_EQ(runner.console.out, "2 3 1,false,object,true\n");
}

TEST(CodeStrictness, VarsASloppyDirectEvalWouldAddToAFunctionAreRefusedByName) {
  ProgramRunner runner;
  RunOutcome outcome = runner.run("new Function('eval(\"var x = 1\"); return x')();\n");
  EXPECT_EQ(outcome.status, RunOutcome::Status::Terminated);
  EXPECT_EQ(outcome.message,
            "var and function declarations in sloppy-mode eval code called directly from a function are not "
            "supported: they would add variables to the calling function");
  EXPECT_EQ(outcome.position.line, 1u);
}

TEST(CodeStrictness, WithInSloppyCodeIsRefusedByName) {
  ProgramRunner runner;
  RunOutcome outcome = runner.run("\n(0, eval)('with ({}) {}');\n");
  EXPECT_EQ(outcome.status, RunOutcome::Status::Terminated);
  EXPECT_NE(outcome.message.find("with statements are not supported"), std::string::npos) << outcome.message;
  EXPECT_EQ(outcome.position.line, 2u);
}

}  // namespace
}  // namespace reachable
