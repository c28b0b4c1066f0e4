#pragma once

#include <cstdio>
#include <span>
#include <string>
#include <string_view>

#include "parse/Parser.h"

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

// Reads and parses a program as a module, printing what went wrong as
// FILE:LINE:COL: error: message. Returns kExitOk, or the exit code to give.
int loadProgram(const std::string& path, ParseResult& result, ParseGoal goal = ParseGoal::Module);

int runCheck(std::span<const std::string> arguments);
int runRun(std::span<const std::string> arguments);
int runTrace(std::span<const std::string> arguments);

}  // namespace reachable::cli
