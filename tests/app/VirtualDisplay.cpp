#include "VirtualDisplay.h"

#include <cerrno>
#include <csignal>
#include <stdexcept>
#include <system_error>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace reachable {
namespace {

[[noreturn]] void throwErrno(const char* what) { throw std::system_error(errno, std::generic_category(), what); }

// Xvfb writes the display number and a newline to the descriptor once it accepts clients.
std::string readDisplayNumber(int descriptor) {
  std::string number;
  char c = 0;
  while (read(descriptor, &c, 1) == 1 && c != '\n') number.push_back(c);
  return number;
}

void stop(pid_t pid) {
  kill(pid, SIGTERM);
  while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
  }
}

}  // namespace

VirtualDisplay::VirtualDisplay() {
  int pipe[2];
  if (pipe2(pipe, O_CLOEXEC) != 0) throwErrno("pipe2");
  const std::string descriptor = std::to_string(pipe[1]);
  const char* const arguments[] = {
      XVFB_EXECUTABLE, "-displayfd", descriptor.c_str(), "-screen", "0", "1280x1024x24", "-nolisten", "tcp", nullptr};
  pid_ = fork();
  if (pid_ < 0) throwErrno("fork");
  if (pid_ == 0) {
    fcntl(pipe[1], F_SETFD, 0);  // the one descriptor Xvfb must inherit
    execv(arguments[0], const_cast<char* const*>(arguments));
    _exit(127);
  }
  close(pipe[1]);
  const std::string number = readDisplayNumber(pipe[0]);
  close(pipe[0]);
  if (number.empty()) {
    stop(pid_);
    throw std::runtime_error(std::string("Xvfb did not start: ") + XVFB_EXECUTABLE);
  }
  name_ = ":" + number;
}

VirtualDisplay::~VirtualDisplay() { stop(pid_); }

const std::string& sharedDisplayName() {
  static const VirtualDisplay display;
  return display.name();
}

}  // namespace reachable
