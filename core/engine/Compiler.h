#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/Bytecode.h"
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

// Compiles code given to eval, parsed as a script: its top-level `var`s and functions
// become properties of the global object, and it returns the completion value of
// its statements (`eval("1; 2")` is 2).
std::unique_ptr<CompiledProgram> compileEvalCode(const ParseResult& parsed, Heap& heap);

}  // namespace reachable
