#pragma once

#include <cstdio>
#include <span>
#include <string>
#include <string_view>

#include "lesson/LessonFile.h"

namespace reachable::cli {

// One subcommand of reachable-cli. Adding a command is one entry in
// commands() (Commands.cpp) plus its run function.
struct Command {
  std::string_view name;
  std::string_view arguments;  // for the usage line, e.g. "[--ast] FILE"
  std::string_view summary;
  int (*run)(std::span<const std::string> arguments);
};

std::span<const Command> commands();

// Exit codes shared by all commands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;    // bad command line, or a file that cannot be used
inline constexpr int kExitInvalid = 2;  // the program has errors

void printUsage(std::FILE* out);

// Reads a file named on the command line as a lesson (a .js or .mjs program, or a
// JSON scenario) and parses its program, printing every error as
// FILE:LINE:COL: error: message; a scenario's program is located by its own lines
// and columns, followed by where it starts in the file. Returns kExitOk, or the exit
// code to give.
int loadFile(const std::string& path, LessonFile& file, ParseGoal goal = ParseGoal::Module);
// After a message located in a JSON scenario's program, where that program starts:
// FILE:LINE:COL: note: the program starts here.
void noteProgramStart(const std::string& path, const LessonFile& file);

int runCheck(std::span<const std::string> arguments);
int runRun(std::span<const std::string> arguments);
int runTrace(std::span<const std::string> arguments);
int runExportJs(std::span<const std::string> arguments);

}  // namespace reachable::cli
