#include "UiScale.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace reachable::UiScale {
namespace {

// Levels compare with a margin so that 1.1 read back from a file is still 1.1.
constexpr double kTolerance = 1e-3;

}  // namespace

double larger(double scale) {
  for (double level : kLevels)
    if (level > scale + kTolerance) return level;
  return std::end(kLevels)[-1];
}

double smaller(double scale) {
  for (auto level = std::rbegin(kLevels); level != std::rend(kLevels); ++level)
    if (*level < scale - kTolerance) return *level;
  return kLevels[0];
}

double nearestLevel(double scale) {
  return *std::ranges::min_element(kLevels, {}, [scale](double level) { return std::abs(level - scale); });
}

}  // namespace reachable::UiScale
