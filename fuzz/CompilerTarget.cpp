// Fuzz target: scope analysis and the compiler. A program that parses is compiled and
// its bytecode disassembled, as `check --bytecode` does.

#include "FuzzInput.h"
#include "engine/Compiler.h"
#include "heap/Heap.h"
#include "parse/Parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace reachable;
  const ParseResult parsed = parseProgram(fuzz::asText(data, size));
  if (!parsed.ok()) return 0;
  Heap heap;
  const auto program = compileProgram(parsed, "fuzz.mjs", heap);
  (void)disassemble(*program->module);
  return 0;
}
