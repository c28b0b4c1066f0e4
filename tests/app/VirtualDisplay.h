#pragma once

#include <string>

#include <sys/types.h>

namespace reachable {

// A private X server (Xvfb) for as long as this object lives. The server picks a free
// display number itself (-displayfd), so test processes running side by side never
// collide, and the tests never need a desktop or xvfb-run.
class VirtualDisplay {
 public:
  VirtualDisplay();
  ~VirtualDisplay();
  VirtualDisplay(const VirtualDisplay&) = delete;
  VirtualDisplay& operator=(const VirtualDisplay&) = delete;

  // The value for DISPLAY, such as ":1".
  const std::string& name() const { return name_; }

 private:
  pid_t pid_ = -1;
  std::string name_;
};

// One display for all the tests of a process, started when first asked for.
const std::string& sharedDisplayName();

}  // namespace reachable
