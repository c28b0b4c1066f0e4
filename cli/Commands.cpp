
#include "Commands.h"
#include "SourceFile.h"
#include "scenario/ScenarioLoader.h"

namespace reachable::cli {

std::span<const Command> commands() {
  static constexpr Command kCommands[] = {
      {"check", "[--ast] [--bytecode] FILE", "parse and validate FILE; print errors as FILE:LINE:COL: error: message",
       runCheck},
      {"run",
       "[--step-budget N] [--max-call-depth N] [--max-string-length N] [--heap-threshold MIB] [--heap-budget MIB]\n"
       "          [--quiet-collection KIB] [--seed N] [--test262-host] FILE",
       "run FILE; print what its console printed (exit 1 on an uncaught error or a limit);\n"
       "      --test262-host runs FILE as a classic strict script with test262's $262 host object",
       runRun},
      {"trace", "[--json] [run's options] FILE",
       "run FILE and print every step (statements, collector phases, event-loop turns) with its events;\n"
       "      --json prints one JSON object per step (JSON Lines)",
       runTrace},
      {"export-js", "FILE",
       "print FILE's program as a module for node --expose-gc, with alert and the scenario's host stubs\n"
       "      defined after it (hoisted, so the program's lines keep their numbers)",
       runExportJs},
  };
  return kCommands;
}

int loadFile(const std::string& path, LessonFile& file, ParseGoal goal) {
  std::string error;
  auto bytes = readSourceFile(path, error);
  if (!bytes) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return kExitUsage;
  }
  file = readLessonFile(path, *bytes, goal);
  bool inProgram = false;
  for (const LessonFile::Error& e : file.errors) {
    std::fprintf(stderr, "%s\n", formatScenarioError(path, {e.line, e.column, e.message}).c_str());
    inProgram = inProgram || e.inProgram;
  }
  if (inProgram) noteProgramStart(path, file);
  return file.ok() ? kExitOk : kExitInvalid;
}

void noteProgramStart(const std::string& path, const LessonFile& file) {
  if (file.scenario && !file.isProgramFile) {
    std::fprintf(stderr, "%s\n", formatProgramStart(path, *file.scenario).c_str());
  }
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
               "\nFILE is a .js or .mjs program, read as a module (strict, top-level await), or a JSON scenario.\n"
               "Exit status: 0 on success, 1 when a run fails, 2 on errors in the file or bad usage.\n");
}

}  // namespace reachable::cli
