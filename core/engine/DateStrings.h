#pragma once

#include <string>

#include "text/TimeZone.h"

namespace reachable::date {

// The strings V8 makes of a valid time value (ECMA-262 §21.4.4.35–41): toISOString's
// "2017-01-26T09:00:00.000Z" (with a six-digit signed year outside 0–9999),
// toUTCString's "Thu, 26 Jan 2017 09:00:00 GMT", and toString's
// "Thu Jan 26 2017 10:00:00 GMT+0100 (Central European Standard Time)" in `zone`, or
// the date or the time part of it alone.
std::string isoString(double t);
std::string utcString(double t);
enum class LocalParts { DateAndTime, Date, Time };
std::string localString(double t, const TimeZone& zone, LocalParts parts);

}  // namespace reachable::date
