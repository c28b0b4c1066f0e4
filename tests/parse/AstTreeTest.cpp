// Every construct of the subset parses to the expected tree.
#include "ParseTestSupport.h"

#include <gtest/gtest.h>

namespace reachable::test {
namespace {

struct TreeCase {
  const char* source;
  const char* tree;
};

void expectTrees(std::initializer_list<TreeCase> cases) {
  for (const TreeCase& c : cases) EXPECT_EQ(parseToText(c.source), c.tree) << "source: " << c.source;
}

TEST(AstTree, Declarations) {
  expectTrees({
      {"let x = 1, y;", "(let (= x 1) y)"},
      {"const {a, b: [c = 2], ...r} = o;",
       "(const (= (object-pattern a (prop b (array-pattern (default c 2))) (rest r)) o))"},
      {"var [a, , ...b] = c;", "(var (= (array-pattern a _ (rest b)) c))"},
      {"function f(a, b = 1, ...c) { return a; }", "(function f (a (default b 1) (rest c)) (return a))"},
      {"async function g() { await x; }", "(function async g () (expr (await x)))"},
      {"class A {}", "(class A)"},
  });
}

TEST(AstTree, ControlFlow) {
  expectTrees({
      {"if (a) b; else c;", "(if a (expr b) (expr c))"},
      {"for (let i = 0; i < 3; i++) {}", "(for (let (= i 0)) (< i 3) (post++ i) (block))"},
      {"for (;;) break;", "(for _ _ _ (break))"},
      {"for (const k in o) ;", "(for-in (const k) o (empty))"},
      {"for (const [k, v] of m) ;", "(for-of (const (array-pattern k v)) m (empty))"},
      {"for (x of y) ;", "(for-of x y (empty))"},
      {"for ([a, b] of c) ;", "(for-of (array-pattern a b) c (empty))"},
      {"while (a) b();", "(while a (expr (call b)))"},
      {"do a(); while (b)", "(do-while (expr (call a)) b)"},
      {"switch (x) { case 1: y; break; default: z; }", "(switch x (case 1 (expr y) (break)) (default (expr z)))"},
      {"a: for (;;) { continue a; }", "(label a (for _ _ _ (block (continue a))))"},
      {"try { a; } catch (e) { b; } finally { c; }",
       "(try (block (expr a)) (catch e (block (expr b))) (finally (expr c)))"},
      {"try {} catch {}", "(try (block) (catch _ (block)))"},
      {"throw new Error('x');", "(throw (new Error \"x\"))"},
      {"debugger;", "(debugger)"},
  });
}

TEST(AstTree, Functions) {
  expectTrees({
      {"f = x => x;", "(expr (= f (arrow (x) x)))"},
      {"f = () => {};", "(expr (= f (arrow ())))"},
      {"f = (a, {b}, [c] = []) => a;",
       "(expr (= f (arrow (a (object-pattern b) (default (array-pattern c) (array))) a)))"},
      {"f = (...r) => r;", "(expr (= f (arrow ((rest r)) r)))"},
      {"f = async x => await x;", "(expr (= f (arrow async (x) (await x))))"},
      {"f = async (a, ...b) => a;", "(expr (= f (arrow async (a (rest b)) a)))"},
      {"f = async(a, b);", "(expr (= f (call async a b)))"},
      {"f = async;", "(expr (= f async))"},
      {"f = function g() { return new.target; };", "(expr (= f (function g () (return new.target))))"},
      {"f = () => ({});", "(expr (= f (arrow () (object))))"},
      {"f = a => b => c;", "(expr (= f (arrow (a) (arrow (b) c))))"},
  });
}

TEST(AstTree, Classes) {
  expectTrees({
      {"class A extends B { constructor() { super(); } m() { return super.m(); } }",
       "(class A (extends B) (constructor constructor (function () (expr (call super)))) "
       "(method m (function () (return (call (. super m))))))"},
      {"class A { #x = 1; static y; get z() {} set z(v) {} static async w() {} }",
       "(class A (field #x 1) (static-field y) (get z (function ())) (set z (function (v))) "
       "(static-method w (function async ())))"},
      {"class A { #p() {} has(o) { return #p in o; } }",
       "(class A (method #p (function ())) (method has (function (o) (return (in #p o)))))"},
      {"class A { static { this.x = 1; } }", "(class A (static-block (expr (= (. this x) 1))))"},
      {"class A { [k] = 1; 'q'() {} 1() {} }",
       "(class A (field [k] 1) (method \"q\" (function ())) (method 1 (function ())))"},
      {"x = class {};", "(expr (= x (class)))"},
      {"class A { static() {} get() {} async() {} }",
       "(class A (method static (function ())) (method get (function ())) (method async (function ())))"},
  });
}

TEST(AstTree, Literals) {
  expectTrees({
      {"x = {a: 1, b, [c]: 2, ...d, m() {}, get g() {}, set g(v) {}, __proto__: null};",
       "(expr (= x (object (init a 1) (shorthand b) (init [c] 2) (... d) (method m (function ())) "
       "(get g (function ())) (set g (function (v))) (__proto__ null))))"},
      {"x = [1, , ...a, ];", "(expr (= x (array 1 _ (... a))))"},
      {"x = `a${b}c`;", "(expr (= x (template \"a\" b \"c\")))"},
      {"x = t`a\\n${b}`;", "(expr (= x (tagged t (template \"a\\n\"|raw=\"a\\\\n\" b \"\"|raw=\"\"))))"},
      {"x = t`\\unicode`;", "(expr (= x (tagged t (template <invalid>|raw=\"\\\\unicode\"))))"},
      {"x = [true, false, null, this];", "(expr (= x (array true false null this)))"},
      {"x = '\\uD800';", "(expr (= x \"\\uD800\"))"},
  });
}

TEST(AstTree, Operators) {
  expectTrees({
      {"a + b * c - d;", "(expr (- (+ a (* b c)) d))"},
      {"a ** b ** c;", "(expr (** a (** b c)))"},
      {"(-a) ** b;", "(expr (** (- a) b))"},
      {"a ?? b ?? c;", "(expr (?? (?? a b) c))"},
      {"(a || b) ?? c;", "(expr (?? (|| a b) c))"},
      {"a || b && c;", "(expr (|| a (&& b c)))"},
      {"a = b = c;", "(expr (= a (= b c)))"},
      {"a ||= b; a &&= b; a ?\?= b; a **= 2;", "(expr (||= a b)) (expr (&&= a b)) (expr (?\?= a b)) (expr (**= a 2))"},
      {"a ? b : c ? d : e;", "(expr (? a b (? c d e)))"},
      {"typeof a; void a; delete a.b; !a; ~a; -a; +a;",
       "(expr (typeof a)) (expr (void a)) (expr (delete (. a b))) (expr (! a)) (expr (~ a)) (expr (- a)) (expr (+ a))"},
      {"++a; a--;", "(expr (++ a)) (expr (post-- a))"},
      {"a in b; a instanceof B;", "(expr (in a b)) (expr (instanceof a B))"},
      {"a, b, c;", "(expr (, a b c))"},
      {"a < b >> c;", "(expr (< a (>> b c)))"},
      {"f(...a, b);", "(expr (call f (... a) b))"},
  });
}

TEST(AstTree, MemberAndOptionalChains) {
  expectTrees({
      {"a.b[c](d);", "(expr (call ([] (. a b) c) d))"},
      {"a?.b.c;", "(expr (chain (. (?. a b) c)))"},
      {"a?.(b)?.[c];", "(expr (chain (?.[] (call?. a b) c)))"},
      {"(a?.b).c;", "(expr (. (chain (?. a b)) c))"},
      {"new A;", "(expr (new A))"},
      {"new A(1).b;", "(expr (. (new A 1) b))"},
      {"new a.b.C();", "(expr (new (. (. a b) C)))"},
      {"new new A()();", "(expr (new (new A)))"},
      {"a.if.class;", "(expr (. (. a if) class))"},
  });
}

TEST(AstTree, DestructuringAssignment) {
  expectTrees({
      {"[a, b] = [b, a];", "(expr (= (array-pattern a b) (array b a)))"},
      {"({a, b: {c} = {}} = o);", "(expr (= (object-pattern a (prop b (default (object-pattern c) (object)))) o))"},
      {"({a = 1} = o);", "(expr (= (object-pattern (default a 1)) o))"},
      {"[x.y, z[0]] = v;", "(expr (= (array-pattern (. x y) ([] z 0)) v))"},
      {"[...a.b] = v;", "(expr (= (array-pattern (rest (. a b))) v))"},
  });
}

TEST(AstTree, AutomaticSemicolonInsertion) {
  expectTrees({
      {"a\n++b", "(expr a) (expr (++ b))"},
      {"a\nb", "(expr a) (expr b)"},
      {"return_ = 1\n(2)", "(expr (= return_ (call 1 2)))"},
      {"x = a\n[1]", "(expr (= x ([] a 1)))"},
      {"x = a\n`t`", "(expr (= x (tagged a (template \"t\"|raw=\"t\"))))"},
      {"function f() { return\n1 }", "(function f () (return) (expr 1))"},
      {"l: for (;;) { break\nl }", "(label l (for _ _ _ (block (break) (expr l))))"},
      {"do ; while (0) x", "(do-while (empty) 0) (expr x)"},
      {"let a = 1 /*\n*/ let b", "(let (= a 1)) (let b)"},
      {"x = y\n/2/1", "(expr (= x (/ (/ y 2) 1)))"},
      {"{ a } b", "(block (expr a)) (expr b)"},
  });
}

TEST(AstTree, ScopesListTheirDeclarations) {
  AstPrintOptions options;
  options.scopes = true;
  EXPECT_EQ(
      parseToText("var a; let b; function f(p) { var v; { let l; var w; } } class C {}", ParseGoal::Module, options),
      "[var:a let:b function:f class:C] (var a) (let b) (function f [param:p var:v var:w] (p) (var v) "
      "(block [let:l] (let l) (var w))) (class C [class:C])");
  EXPECT_EQ(parseToText("for (let i of a) {} try {} catch ({e}) {}", ParseGoal::Module, options),
            "(for-of [let:i] (let i) a (block)) (try (block) (catch [catch-param:e] (object-pattern e) (block)))");
  EXPECT_EQ(parseToText("function f(a) { var a; function g() {} var g; }", ParseGoal::Module, options),
            "[function:f] (function f [param:a function:g] (a) (var a) (function g ()) (var g))");
}

TEST(AstTree, RangesAllowSlicingFunctionText) {
  const std::string source = "const f = function named(a) { return a; }; const g = (x) => x * 2;";
  const ParseResult result = parseProgram(source);
  ASSERT_TRUE(result.ok());
  auto* first = result.program->body[0]->as<VariableDeclaration>()->declarators[0]->init;
  auto* second = result.program->body[1]->as<VariableDeclaration>()->declarators[0]->init;
  auto slice = [&](const Node* n) {
    return source.substr(n->range.start.offset, n->range.end.offset - n->range.start.offset);
  };
  EXPECT_EQ(slice(first), "function named(a) { return a; }");
  EXPECT_EQ(slice(second), "(x) => x * 2");
  EXPECT_EQ(second->range.start.column, 54u);
}

// A program is a module that nothing imports: an exported declaration is the
// declaration, a default export evaluates its value, an export list is no code.
TEST(AstTree, Exports) {
  expectTrees({
      {"export const a = 1;", "(const (= a 1))"},
      {"export let b;", "(let b)"},
      {"export var v = 2;", "(var (= v 2))"},
      {"export function f() {}", "(function f ())"},
      {"export async function g() {}", "(function async g ())"},
      {"export class K {}", "(class K)"},
      {"export default function h() {}", "(function h ())"},
      {"export default class L {}", "(class L)"},
      {"export default 1 + 2;", "(expr (+ 1 2))"},
      {"let x; export { x, x as y, x as 'z' };", "(let x) (empty)"},
  });
  EXPECT_EQ(parseToText("export const a = 1;", ParseGoal::StrictScript), "1:1 SyntaxError: Unexpected token 'export'");
  EXPECT_EQ(parseToText("function f() { export const a = 1; }"), "1:16 SyntaxError: Unexpected token 'export'");
  EXPECT_EQ(parseToText("export { 'a' };"), "1:10 SyntaxError: Unexpected string");
  EXPECT_EQ(parseToText("export * as ns from 'm';"),
            "1:1 export … from declarations are not supported: they import another file, and a program runs alone");
}

TEST(AstTree, TopLevelAwaitIsNoted) {
  EXPECT_TRUE(parseProgram("await x;").program->hasTopLevelAwait);
  EXPECT_FALSE(parseProgram("async function f() { await x; }").program->hasTopLevelAwait);
}

TEST(AstTree, StrictScriptGoal) {
  EXPECT_EQ(parseToText("var await = 1; await;", ParseGoal::StrictScript), "(var (= await 1)) (expr await)");
  EXPECT_EQ(parseToText("await x;", ParseGoal::StrictScript), "1:7 SyntaxError: Unexpected identifier 'x'");
  EXPECT_EQ(parseToText("async function f() { var await; }", ParseGoal::StrictScript),
            "1:26 SyntaxError: Unexpected reserved word");
  EXPECT_EQ(parseToText("function f() {} function f() {}", ParseGoal::StrictScript), "(function f ()) (function f ())");
  EXPECT_EQ(parseToText("x = 1; <!-- html comment\n--> also", ParseGoal::StrictScript), "(expr (= x 1))");
  EXPECT_EQ(parseToText("var await;"), "1:5 SyntaxError: Unexpected reserved word");
}

}  // namespace
}  // namespace reachable::test
