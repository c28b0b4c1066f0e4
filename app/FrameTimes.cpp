#include "FrameTimes.h"

#include <algorithm>
#include <cstdio>

namespace reachable {

std::string FrameTimes::summary() const {
  if (times_.empty()) return "no frames";
  std::vector<double> sorted = times_;
  std::ranges::sort(sorted);
  const std::size_t n = sorted.size();
  const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  char text[96];
  std::snprintf(text, sizeof text, "median %.2f ms, max %.2f ms over %zu frames", median, sorted.back(), n);
  return text;
}

}  // namespace reachable
