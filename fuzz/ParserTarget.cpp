// Fuzz target: the parser. Any bytes, parsed as a module (as a program file is), and
// the tree printed as `check --ast` prints it.

#include "FuzzInput.h"
#include "parse/AstPrinter.h"
#include "parse/Parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace reachable;
  const ParseResult parsed = parseProgram(fuzz::asText(data, size));
  if (parsed.ok()) (void)printAst(parsed.program);
  return 0;
}
