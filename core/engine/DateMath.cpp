#include "engine/DateMath.h"

#include <cmath>

namespace reachable::date {

namespace {

// x modulo y with the sign of y, as the spec's "modulo" is.
double modulo(double x, double y) {
  double r = std::fmod(x, y);
  return r < 0 ? r + y : r;
}

double daysInYear(double year) {
  if (std::fmod(year, 4) != 0) return 365;
  if (std::fmod(year, 100) != 0) return 366;
  if (std::fmod(year, 400) != 0) return 365;
  return 366;
}

// Days before the first of each month, in a common year and in a leap year.
constexpr int kMonthStart[2][13] = {
    {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
    {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
};

int dayWithinYear(double t) { return static_cast<int>(day(t) - dayFromYear(yearFromTime(t))); }

}  // namespace

double day(double t) { return std::floor(t / kMsPerDay); }

double timeWithinDay(double t) { return modulo(t, kMsPerDay); }

double dayFromYear(double y) {
  return 365 * (y - 1970) + std::floor((y - 1969) / 4) - std::floor((y - 1901) / 100) +
         std::floor((y - 1601) / 400);
}

double yearFromTime(double t) {
  // An estimate from the mean Gregorian year, then corrected by at most a year.
  double year = std::floor(day(t) / 365.2425) + 1970;
  double d = day(t);
  while (dayFromYear(year) > d) --year;
  while (dayFromYear(year + 1) <= d) ++year;
  return year;
}

bool inLeapYear(double t) { return daysInYear(yearFromTime(t)) == 366; }

int monthFromTime(double t) {
  const int* starts = kMonthStart[inLeapYear(t) ? 1 : 0];
  int d = dayWithinYear(t);
  int month = 0;
  while (d >= starts[month + 1]) ++month;
  return month;
}

int dateFromTime(double t) {
  return dayWithinYear(t) - kMonthStart[inLeapYear(t) ? 1 : 0][monthFromTime(t)] + 1;
}

int weekDay(double t) { return static_cast<int>(modulo(day(t) + 4, 7)); }

int hourFromTime(double t) { return static_cast<int>(modulo(std::floor(t / kMsPerHour), 24)); }
int minFromTime(double t) { return static_cast<int>(modulo(std::floor(t / kMsPerMinute), 60)); }
int secFromTime(double t) { return static_cast<int>(modulo(std::floor(t / kMsPerSecond), 60)); }
int msFromTime(double t) { return static_cast<int>(modulo(t, kMsPerSecond)); }

double makeTime(double hour, double min, double sec, double ms) {
  if (!std::isfinite(hour) || !std::isfinite(min) || !std::isfinite(sec) || !std::isfinite(ms)) return NAN;
  return std::trunc(hour) * kMsPerHour + std::trunc(min) * kMsPerMinute + std::trunc(sec) * kMsPerSecond +
         std::trunc(ms);
}

double makeDay(double year, double month, double date) {
  if (!std::isfinite(year) || !std::isfinite(month) || !std::isfinite(date)) return NAN;
  double y = std::trunc(year), m = std::trunc(month), dt = std::trunc(date);
  double ym = y + std::floor(m / 12);
  // Far beyond TimeClip's range: the day number would lose precision, and the
  // result is NaN in the end anyway.
  if (std::abs(ym) > 400000) return NAN;
  int mn = static_cast<int>(modulo(m, 12));
  double leap = daysInYear(ym) == 366 ? 1 : 0;
  double firstOfMonth = dayFromYear(ym) + kMonthStart[static_cast<int>(leap)][mn];
  return firstOfMonth + dt - 1;
}

double makeDate(double day, double time) {
  if (!std::isfinite(day) || !std::isfinite(time)) return NAN;
  double tv = day * kMsPerDay + time;
  return std::isfinite(tv) ? tv : NAN;
}

double timeClip(double time) {
  if (!std::isfinite(time) || std::abs(time) > kMaxTime) return NAN;
  return std::trunc(time) + 0.0;  // + 0.0 turns -0 into +0
}

Fields fieldsOf(double t) {
  Fields f;
  f.year = yearFromTime(t);
  f.month = monthFromTime(t);
  f.date = dateFromTime(t);
  f.weekday = weekDay(t);
  f.hour = hourFromTime(t);
  f.minute = minFromTime(t);
  f.second = secFromTime(t);
  f.millisecond = msFromTime(t);
  return f;
}

}  // namespace reachable::date
