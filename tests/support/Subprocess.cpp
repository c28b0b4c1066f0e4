#include "Subprocess.h"

#include <cerrno>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <system_error>

#include <sys/wait.h>
#include <unistd.h>

namespace reachable {
namespace {

using File = std::unique_ptr<FILE, int (*)(FILE*)>;

std::vector<char*> nullTerminated(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (auto& string : strings) pointers.push_back(string.data());
  pointers.push_back(nullptr);
  return pointers;
}

std::string readAll(FILE* file) {
  std::rewind(file);
  std::string text;
  for (int c = std::fgetc(file); c != EOF; c = std::fgetc(file)) text.push_back(static_cast<char>(c));
  return text;
}

// Between fork and exec only async-signal-safe calls are allowed.
[[noreturn]] void becomeChild(std::vector<char*>& arguments, std::vector<char*>& environment,
                              const std::filesystem::path& workingDirectory, int output, int errors) {
  if (chdir(workingDirectory.c_str()) != 0 || dup2(output, STDOUT_FILENO) < 0 || dup2(errors, STDERR_FILENO) < 0)
    _exit(127);
  execve(arguments[0], arguments.data(), environment.data());
  _exit(127);
}

int waitForExit(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::system_error(errno, std::generic_category(), "waitpid");
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

}  // namespace

ProcessResult runProcess(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment,
                         const std::filesystem::path& workingDirectory) {
  std::vector<std::string> argumentStrings = arguments;
  std::vector<std::string> environmentStrings;
  for (const auto& [name, value] : environment) environmentStrings.push_back(name + "=" + value);
  auto argv = nullTerminated(argumentStrings);
  auto envp = nullTerminated(environmentStrings);

  const File output(std::tmpfile(), &std::fclose);
  const File errors(std::tmpfile(), &std::fclose);
  if (!output || !errors) throw std::runtime_error("cannot make temporary files for a subprocess's output");
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid < 0) throw std::system_error(errno, std::generic_category(), "fork");
  if (pid == 0) becomeChild(argv, envp, workingDirectory, fileno(output.get()), fileno(errors.get()));
  const int exitCode = waitForExit(pid);
  return {exitCode, readAll(output.get()), readAll(errors.get())};
}

}  // namespace reachable
