// `reachable-cli export-js FILE`: the program as Node runs it, for the parity check.

#include <cstdio>

#include "Commands.h"
#include "scenario/NodeExport.h"

namespace reachable::cli {

int runExportJs(std::span<const std::string> arguments) {
  if (arguments.size() != 1 || arguments[0].starts_with("-")) {
    printUsage(stderr);
    return kExitUsage;
  }
  LessonFile file;
  // A program that does not parse is refused here rather than handed to Node.
  if (int status = loadFile(arguments[0], file); status != kExitOk) return status;
  const std::string module = exportForNode(*file.scenario);
  std::fwrite(module.data(), 1, module.size(), stdout);
  return kExitOk;
}

}  // namespace reachable::cli
