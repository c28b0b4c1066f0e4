#pragma once

#include "text/TimeZone.h"

namespace reachable::date {

// ECMA-262's LocalTime(t): the wall-clock time in `zone` at the UTC time value t.
double localTime(double t, const TimeZone& zone);

// ECMA-262's UTC(t): the UTC time value of the wall-clock time t in `zone`. NaN for
// NaN, and, as in V8, for a t more than ten days beyond TimeClip's range (no offset
// can bring it back).
double utcFromLocal(double t, const TimeZone& zone);

}  // namespace reachable::date
