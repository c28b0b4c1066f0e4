#pragma once

#include <cstdint>

namespace reachable {

// The time arithmetic of ECMA-262 §21.4.1: a time value is milliseconds since
// 1970-01-01T00:00:00Z on a proleptic Gregorian calendar without leap seconds, and
// every function here maps NaN (and an infinity where the spec says so) to NaN.
namespace date {

inline constexpr double kMsPerSecond = 1000;
inline constexpr double kMsPerMinute = 60000;
inline constexpr double kMsPerHour = 3600000;
inline constexpr double kMsPerDay = 86400000;
// ±100,000,000 days around the epoch: the range TimeClip keeps.
inline constexpr double kMaxTime = 8.64e15;

double day(double t);
double timeWithinDay(double t);
double dayFromYear(double year);
double yearFromTime(double t);
bool inLeapYear(double t);
// 0 (January) to 11.
int monthFromTime(double t);
// 1 to 31.
int dateFromTime(double t);
// 0 (Sunday) to 6.
int weekDay(double t);
int hourFromTime(double t);
int minFromTime(double t);
int secFromTime(double t);
int msFromTime(double t);

double makeTime(double hour, double min, double sec, double ms);
double makeDay(double year, double month, double date);
double makeDate(double day, double time);
double timeClip(double time);

// A finite time value taken apart into its calendar fields.
struct Fields {
  double year = 0;
  int month = 0;  // 0 to 11
  int date = 1;   // 1 to 31
  int weekday = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int millisecond = 0;
};
Fields fieldsOf(double t);

}  // namespace date
}  // namespace reachable
