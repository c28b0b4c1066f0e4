#include "engine/DateStrings.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "engine/DateMath.h"
#include "engine/LocalTime.h"

namespace reachable::date {

namespace {

// ECMA-262's tables of names for these strings (§21.4.4.41.2), which are English
// whatever the locale.
constexpr const char* kWeekDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

template <class... Args>
std::string format(const char* pattern, Args... args) {
  char buffer[128];
  std::snprintf(buffer, sizeof buffer, pattern, args...);
  return buffer;
}

// A year as V8 prints it in toString and toUTCString: four digits, a negative one
// with a minus and five.
std::string yearText(double year) {
  return format(year < 0 ? "%05d" : "%04d", static_cast<int>(year));
}

std::string datePart(const Fields& f) {
  return format("%s %s %02d ", kWeekDays[f.weekday], kMonths[f.month], f.date) + yearText(f.year);
}

std::string timePart(const Fields& f, double offsetMs, const std::string& zoneName) {
  int minutes = static_cast<int>(offsetMs / kMsPerMinute);
  return format("%02d:%02d:%02d GMT%c%02d%02d (", f.hour, f.minute, f.second, minutes < 0 ? '-' : '+',
                std::abs(minutes) / 60, std::abs(minutes) % 60) +
         zoneName + ")";
}

}  // namespace

std::string isoString(double t) {
  Fields f = fieldsOf(t);
  std::string year = f.year >= 0 && f.year <= 9999 ? format("%04d", static_cast<int>(f.year))
                                                   : format("%c%06d", f.year < 0 ? '-' : '+',
                                                            static_cast<int>(std::abs(f.year)));
  return year + format("-%02d-%02dT%02d:%02d:%02d.%03dZ", f.month + 1, f.date, f.hour, f.minute, f.second,
                       f.millisecond);
}

std::string utcString(double t) {
  Fields f = fieldsOf(t);
  return format("%s, %02d %s ", kWeekDays[f.weekday], f.date, kMonths[f.month]) + yearText(f.year) +
         format(" %02d:%02d:%02d GMT", f.hour, f.minute, f.second);
}

std::string localString(double t, const TimeZone& zone, LocalParts parts) {
  double offset = zone.offsetAtUtc(t);
  Fields f = fieldsOf(t + offset);
  if (parts == LocalParts::Date) return datePart(f);
  std::string time = timePart(f, offset, zone.longName(zone.isDaylightAt(t)));
  return parts == LocalParts::Time ? time : datePart(f) + " " + time;
}

}  // namespace reachable::date
