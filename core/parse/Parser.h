#pragma once

#include "parse/Arena.h"
#include "parse/Ast.h"
#include "parse/NameTable.h"
#include "parse/ParseError.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace reachable {

// What parsing produced: the tree, or the errors (never both). The result owns
// the tree's memory, its interned names and a copy of the source text, so
// `source.substr(fn->range.start.offset, ...)` gives a function's text.
struct ParseResult {
  std::string source;
  std::unique_ptr<Arena> arena;
  std::unique_ptr<NameTable> names;
  Program* program = nullptr;
  std::vector<ParseError> errors;  // the first is exact; later ones after resynchronising

  bool ok() const { return program != nullptr; }
};

// The parser's nesting limit (see Parser.cpp for how it was chosen).
inline constexpr int kMaxNestingDepth = 1000;
// The deepest tree it builds: the nesting above plus the links of operator, member
// and call chains (`a + b + …`, `a.b.…`, `f()()…`), which the walks after the
// parser (scope analysis, the compiler, the printers) recurse through one level
// each.
inline constexpr int kMaxTreeDepth = 10000;

ParseResult parseProgram(std::string_view source, ParseGoal goal = ParseGoal::Module);

// The code a direct eval is called from, which decides what the eval code may use
// (ECMA-262 PerformEval): strict code makes it strict; inside a function it may
// use new.target, inside a method super.x, inside a derived constructor super();
// a class field's initializer forbids `arguments`.
struct EvalContext {
  bool strict = false;
  bool inFunction = false;
  bool inMethod = false;
  bool inDerivedConstructor = false;
  bool inClassFieldInitializer = false;
};

// Code given to eval, parsed as a script (ParseGoal::Script). An indirect eval passes
// the default context: sloppy global code.
ParseResult parseEvalCode(std::string_view source, const EvalContext& context);

}  // namespace reachable
