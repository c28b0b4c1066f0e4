#include "engine/LocalTime.h"

#include <cmath>

#include "engine/DateMath.h"

namespace reachable::date {

double localTime(double t, const TimeZone& zone) {
  if (!std::isfinite(t)) return NAN;
  return t + zone.offsetAtUtc(t);
}

double utcFromLocal(double t, const TimeZone& zone) {
  constexpr double kMaxLocal = kMaxTime + 10 * kMsPerDay;
  if (!std::isfinite(t) || std::abs(t) > kMaxLocal) return NAN;
  return t - zone.offsetAtLocal(t);
}

}  // namespace reachable::date
