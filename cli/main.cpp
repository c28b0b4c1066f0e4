// reachable-cli: the core library from the command line.
#include <cstdio>
#include <string>
#include <vector>

#include "Commands.h"

int main(int argc, char** argv) {
  using namespace reachable::cli;
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  if (arguments.empty()) {
    printUsage(stderr);
    return kExitUsage;
  }
  const std::string& first = arguments[0];
  if (first == "--help" || first == "-h") {
    printUsage(stdout);
    return kExitOk;
  }
  if (first == "--version") {
    std::printf("reachable-cli %s\n", REACHABLE_VERSION);
    return kExitOk;
  }
  for (const Command& command : commands()) {
    if (command.name == first) return command.run(std::span(arguments).subspan(1));
  }
  std::fprintf(stderr, "reachable-cli: unknown command or option '%s'\n", first.c_str());
  printUsage(stderr);
  return kExitUsage;
}
