#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "engine/Compiler.h"
#include "engine/Engine.h"
#include "engine/ObjectOps.h"
#include "engine/ProgramRun.h"
#include "parse/Parser.h"

namespace reachable {

// What the program printed on standard output, one line each.
class CapturedConsole final : public ConsoleSink {
 public:
  void write(Stream stream, std::string_view line) override {
    if (stream == Stream::Out) out += std::string(line) + "\n";
  }
  std::string out;
};

// An engine that runs one module from a string, then lets a test look at the heap.
class ProgramRunner {
 public:
  explicit ProgramRunner(EngineOptions options = {}) : engine(options, console) {}

  RunOutcome run(std::string_view source) {
    parsed_ = parseProgram(source);
    EXPECT_TRUE(parsed_.ok()) << source;
    program_ = compileProgram(parsed_, "test.mjs", engine.heap());
    return runProgram(engine, *program_);
  }

  // The cell a property of the global object holds (the program sets it).
  const HeapCell& global(std::string_view name) {
    Value v = ops::get(engine, Value::object(engine.intrinsic(Intrinsic::GlobalObject)),
                       PropertyKey::fromAtom(engine.intern(name)));
    EXPECT_TRUE(v.isObject()) << name;
    return engine.heap().get(v.asCell());
  }

  CapturedConsole console;
  Engine engine;

 private:
  ParseResult parsed_;
  std::unique_ptr<CompiledProgram> program_;
};

}  // namespace reachable
