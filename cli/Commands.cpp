
#include "Commands.h"
#include "SourceFile.h"

namespace reachable::cli {

std::span<const Command> commands() {
  static constexpr Command kCommands[] = {
      {"check", "[--ast] [--bytecode] FILE", "parse and validate FILE; print errors as FILE:LINE:COL: error: message",
       runCheck},
      {"run",
       "[--step-budget N] [--max-call-depth N] [--max-string-length N] [--heap-threshold MIB] [--heap-budget MIB]\n"
       "          [--seed N] [--test262-host] FILE",
       "run FILE; print what its console printed (exit 1 on an uncaught error or a limit);\n"
       "      --test262-host runs FILE as a classic strict script with test262's $262 host object",
       runRun},
      {"trace", "[--json] [run's options] FILE",
       "run FILE and print every step (statements, collector phases, event-loop turns) with its events;\n"
       "      --json prints one JSON object per step (JSON Lines)",
       runTrace},
  };
  return kCommands;
}

int loadProgram(const std::string& path, ParseResult& result, ParseGoal goal) {
  std::string error;
  const auto source = readSourceFile(path, error);
  if (!source) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return kExitUsage;
  }
  result = parseProgram(*source, goal);
  for (const ParseError& parseError : result.errors) {
    std::fprintf(stderr, "%s:%u:%u: error: %s\n", path.c_str(), parseError.pos.line, parseError.pos.column,
                 describe(parseError).c_str());
  }
  return result.ok() ? kExitOk : kExitInvalid;
}

void printUsage(std::FILE* out) {
  std::fprintf(out,
               "usage: reachable-cli COMMAND [OPTIONS] FILE\n"
               "       reachable-cli --help | --version\n\ncommands:\n");
  for (const Command& command : commands()) {
    std::fprintf(out, "  %.*s %.*s\n      %.*s\n", static_cast<int>(command.name.size()), command.name.data(),
                 static_cast<int>(command.arguments.size()), command.arguments.data(),
                 static_cast<int>(command.summary.size()), command.summary.data());
  }
  std::fprintf(out,
               "\nA .js or .mjs file is read as a module (strict, top-level await).\n"
               "Exit status: 0 on success, 1 when a run fails, 2 on errors in the file or bad usage.\n");
}

}  // namespace reachable::cli
