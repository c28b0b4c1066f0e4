#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/Bytecode.h"
#include "engine/EvalSite.h"
#include "heap/Heap.h"
#include "parse/Parser.h"

namespace reachable {

// A program ready to run: its source, kept for function texts and messages, and
// the module's code with every function nested inside it.
struct CompiledProgram {
  std::string fileName;
  std::string source;
  std::unique_ptr<FunctionCode> module;
  bool isScript = false;  // a classic script (the test262 host), not a module
};

// Compiles a parsed program to bytecode. Constants (names, string literals) are
// interned in `heap`, which must outlive the program.
std::unique_ptr<CompiledProgram> compileProgram(const ParseResult& parsed, std::string fileName, Heap& heap);

// The contexts a direct eval's code sees, innermost first: each one's layout (null
// for a context without one).
using EvalScopeChain = std::vector<const ContextLayout*>;

// Compiles code given to eval, parsed as a script; it returns the completion value
// of its statements (`eval("1; 2")` is 2). Given no caller, an indirect eval. Given
// the caller's contexts and its site, a direct eval: it names their variables (and
// its `this`, `arguments`, `new.target` and home object are theirs). Strict eval
// code keeps its `var`s and functions to itself; sloppy eval code makes them
// properties of the global object (an indirect eval's, or a direct one whose site
// has a global var scope: the caller refuses the others, Eval.cpp).
std::unique_ptr<CompiledProgram> compileEvalCode(const ParseResult& parsed, Heap& heap,
                                                 const EvalScopeChain* caller = nullptr,
                                                 const DirectEvalSite& site = {});

}  // namespace reachable
