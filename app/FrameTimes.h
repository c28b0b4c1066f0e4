#pragma once

#include <string>
#include <vector>

namespace reachable {

// Durations of frames in milliseconds, summarised as --bench-frames prints them.
class FrameTimes {
 public:
  void add(double milliseconds) { times_.push_back(milliseconds); }
  // "median 1.23 ms, max 4.56 ms"
  std::string summary() const;

 private:
  std::vector<double> times_;
};

}  // namespace reachable
