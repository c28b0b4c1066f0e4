// `reachable-cli check FILE`: parse and validate only (a scenario and its program).

#include "Commands.h"

#include "engine/Compiler.h"
#include "heap/Heap.h"
#include "parse/AstPrinter.h"
#include "parse/Parser.h"

namespace reachable::cli {

int runCheck(std::span<const std::string> arguments) {
  bool printTree = false;
  bool printBytecode = false;
  const std::string* path = nullptr;
  for (const std::string& argument : arguments) {
    if (argument == "--ast") {
      printTree = true;
    } else if (argument == "--bytecode") {
      printBytecode = true;
    } else if (!argument.starts_with("-") && !path) {
      path = &argument;
    } else {
      printUsage(stderr);
      return kExitUsage;
    }
  }
  if (!path) {
    printUsage(stderr);
    return kExitUsage;
  }
  LessonFile file;
  if (int status = loadFile(*path, file); status != kExitOk) return status;
  if (printTree) std::printf("%s\n", printAst(file.parsed.program).c_str());
  if (printBytecode) {
    Heap heap;
    auto program = compileProgram(file.parsed, *path, heap);
    std::printf("%s", disassemble(*program->module).c_str());
  }
  return kExitOk;
}

}  // namespace reachable::cli
