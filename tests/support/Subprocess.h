#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace reachable {

struct ProcessResult {
  int exitCode = -1;   // the signal number, negated, when a signal ended the process
  std::string output;  // standard output
  std::string errors;  // standard error
};

// Runs a program to its end in the given working folder, with exactly the given
// environment, and collects what it printed.
ProcessResult runProcess(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment,
                         const std::filesystem::path& workingDirectory);

}  // namespace reachable
