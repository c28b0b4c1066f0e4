// Which code is strict, as the parser decides it (Program::strict, Function::strict),
// the errors a "use strict" directive makes of what came before it, sloppy code's
// legacy syntax, and what a direct eval's caller lets its code use.

#include <gtest/gtest.h>

#include <string>

#include "ParseTestSupport.h"

namespace reachable {
namespace {

using test::parseToText;

const Function* firstFunction(const Program& program) {
  const Node* first = program.body.front();
  if (first->kind == NodeKind::FunctionDeclaration) return first->as<Function>();
  return first->as<ValueStatement>()->value->as<Function>();
}

// The first error as "L:C message", or "ok" with the program's strictness.
std::string evalText(std::string_view source, EvalContext context) {
  const ParseResult result = parseEvalCode(source, context);
  if (result.ok()) return result.program->strict ? "ok strict" : "ok sloppy";
  const ParseError& error = result.errors.front();
  return std::to_string(error.pos.line) + ":" + std::to_string(error.pos.column) + " " + describe(error);
}

TEST(Strictness, ModulesAndStrictScriptsAreStrict) {
  EXPECT_TRUE(parseProgram("1").program->strict);
  EXPECT_TRUE(parseProgram("1", ParseGoal::StrictScript).program->strict);
  EXPECT_FALSE(parseProgram("1", ParseGoal::Script).program->strict);
  EXPECT_TRUE(firstFunction(*parseProgram("function f() {}").program)->strict);
}

TEST(Strictness, OnlyTheExactDirectiveFirstAmongLoneStrings) {
  EXPECT_TRUE(parseProgram("'use strict'; x", ParseGoal::Script).program->strict);
  EXPECT_TRUE(parseProgram("'a'; \"use strict\"", ParseGoal::Script).program->strict);
  EXPECT_FALSE(parseProgram("'use\\x20strict'", ParseGoal::Script).program->strict);
  EXPECT_FALSE(parseProgram("0; 'use strict'", ParseGoal::Script).program->strict);
  EXPECT_FALSE(parseProgram("('use strict')", ParseGoal::Script).program->strict);
  EXPECT_FALSE(parseProgram("'use strict'.length", ParseGoal::Script).program->strict);
}

TEST(Strictness, FunctionsInheritOrSayItThemselves) {
  auto sloppy = parseProgram("function f() { return function g() {}; }", ParseGoal::Script);
  const Function* f = firstFunction(*sloppy.program);
  EXPECT_FALSE(f->strict);
  auto own = parseProgram("function f() { 'use strict'; return function g() {}; }", ParseGoal::Script);
  EXPECT_TRUE(firstFunction(*own.program)->strict);
  auto nested = parseProgram("(function () { 'use strict'; return () => 1; })", ParseGoal::Script);
  const Function* outer = firstFunction(*nested.program);
  const Node* returned = outer->body[1]->as<ValueStatement>()->value;
  EXPECT_TRUE(returned->as<Function>()->strict);
  auto inherited = parseProgram("'use strict'; (function () {})", ParseGoal::Script);
  EXPECT_TRUE(inherited.program->body[1]->as<ValueStatement>()->value->as<Function>()->strict);
}

TEST(Strictness, ClassesAreStrictCode) {
  EXPECT_EQ(parseToText("class C { m() { return 010; } }", ParseGoal::Script),
            "1:24 SyntaxError: Octal literals are not allowed in strict mode.");
  EXPECT_EQ(parseToText("class eval {}", ParseGoal::Script), "1:7 SyntaxError: Unexpected eval or arguments in strict mode");
  // ... and the code after the class is sloppy again.
  EXPECT_EQ(parseToText("class C {} 010", ParseGoal::Script), "(class C) (expr 8)");
}

TEST(Strictness, ADirectiveMakesErrorsOfWhatCameBefore) {
  EXPECT_EQ(parseToText("function f(a = 1) { 'use strict'; }", ParseGoal::Script),
            "1:21 SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list");
  EXPECT_EQ(parseToText("function eval() { 'use strict'; }", ParseGoal::Script),
            "1:10 SyntaxError: Unexpected eval or arguments in strict mode");
  EXPECT_EQ(parseToText("(function (a, arguments) { 'use strict'; })", ParseGoal::Script),
            "1:15 SyntaxError: Unexpected eval or arguments in strict mode");
  EXPECT_EQ(parseToText("function f(static) { 'use strict'; }", ParseGoal::Script),
            "1:12 SyntaxError: Unexpected strict mode reserved word");
  EXPECT_EQ(parseToText("'\\01'; 'use strict';", ParseGoal::Script),
            "1:3 SyntaxError: Octal escape sequences are not allowed in strict mode.");
  EXPECT_EQ(parseToText("function f() { 'use strict'; 010 }", ParseGoal::Script),
            "1:30 SyntaxError: Octal literals are not allowed in strict mode.");
  EXPECT_EQ(parseToText("function f() { 'use strict' } 010", ParseGoal::Script), "(function f () (expr \"use strict\")) (expr 8)");
}

TEST(Strictness, SloppyCodeReadsLegacyLiteralsAndNames) {
  EXPECT_EQ(parseToText("010; 08; 09.5; 019e1", ParseGoal::Script), "(expr 8) (expr 8) (expr 9.5) (expr 190)");
  EXPECT_EQ(parseToText("010n", ParseGoal::Script), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText(R"('\101\08\9\400')", ParseGoal::Script), R"((expr "A\u000089 0"))");
  EXPECT_EQ(parseToText("var let = 1, static = 2, yield = 3; let + 1", ParseGoal::Script),
            "(var (= let 1) (= static 2) (= yield 3)) (expr (+ let 1))");
  EXPECT_EQ(parseToText("var eval, arguments; eval = arguments; delete x", ParseGoal::Script),
            "(var eval arguments) (expr (= eval arguments)) (expr (delete x))");
  EXPECT_EQ(parseToText("let [a] = b", ParseGoal::Script), "(let (= (array-pattern a) b))");
  EXPECT_EQ(parseToText("`\\01`", ParseGoal::Script),
            "1:3 SyntaxError: Octal escape sequences are not allowed in template strings.");
}

TEST(Strictness, SloppyCodeAllowsDuplicateSimpleParametersOfPlainFunctions) {
  EXPECT_EQ(parseToText("function f(a, b, a) {}", ParseGoal::Script), "(function f (a b a))");
  const char* duplicate = "SyntaxError: Duplicate parameter name not allowed in this context";
  EXPECT_EQ(parseToText("function f(a, a) {}"), std::string("1:15 ") + duplicate);
  EXPECT_EQ(parseToText("(function (a, a) { 'use strict'; })", ParseGoal::Script), std::string("1:15 ") + duplicate);
  EXPECT_EQ(parseToText("(function (a, a = 1) {})", ParseGoal::Script), std::string("1:15 ") + duplicate);
  EXPECT_EQ(parseToText("(function (a, ...a) {})", ParseGoal::Script), std::string("1:18 ") + duplicate);
  EXPECT_EQ(parseToText("(a, a) => 1", ParseGoal::Script), std::string("1:5 ") + duplicate);
  EXPECT_EQ(parseToText("({ m(a, a) {} })", ParseGoal::Script), std::string("1:9 ") + duplicate);
}

TEST(Strictness, SloppyOnlySyntaxTheEngineLacksIsRefusedByName) {
  EXPECT_EQ(parseToText("with (o) x", ParseGoal::Script),
            "1:1 with statements are not supported: they make an object's properties variables of the code inside, "
            "which only sloppy-mode code allows");
  EXPECT_EQ(parseToText("if (a) function f() {}", ParseGoal::Script),
            "1:8 a function declaration as the body of a statement is not supported (sloppy-mode legacy syntax): put "
            "it in a block");
  EXPECT_EQ(parseToText("with (o) x"), "1:1 SyntaxError: Strict mode code may not include a with statement");
}

TEST(Strictness, DirectEvalCodeTakesItsCallersStrictnessAndContext) {
  EXPECT_EQ(evalText("1", {}), "ok sloppy");
  EXPECT_EQ(evalText("1", {.strict = true}), "ok strict");
  EXPECT_EQ(evalText("'use strict'; 1", {}), "ok strict");
  EXPECT_EQ(evalText("010", {.strict = true}), "1:1 SyntaxError: Octal literals are not allowed in strict mode.");
  EXPECT_EQ(evalText("new.target", {}), "1:5 SyntaxError: new.target expression is not allowed here");
  EXPECT_EQ(evalText("new.target", {.inFunction = true}), "ok sloppy");
  EXPECT_EQ(evalText("() => new.target", {.inFunction = true}), "ok sloppy");
  EXPECT_EQ(evalText("super.x", {.inFunction = true}), "1:1 SyntaxError: 'super' keyword unexpected here");
  EXPECT_EQ(evalText("super.x", {.inFunction = true, .inMethod = true}), "ok sloppy");
  EXPECT_EQ(evalText("super()", {.inFunction = true, .inMethod = true}), "1:1 SyntaxError: 'super' keyword unexpected here");
  EXPECT_EQ(evalText("super()", {.inFunction = true, .inMethod = true, .inDerivedConstructor = true}), "ok sloppy");
  EXPECT_EQ(evalText("arguments", {.inFunction = true, .inMethod = true, .inClassFieldInitializer = true}),
            "1:1 SyntaxError: 'arguments' is not allowed in class field initializer or static initialization block");
  // A function inside the code has a context of its own.
  EXPECT_EQ(evalText("(function () { super.x; })", {.inFunction = true, .inMethod = true}),
            "1:16 SyntaxError: 'super' keyword unexpected here");
}

}  // namespace
}  // namespace reachable
