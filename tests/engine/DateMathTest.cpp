#include "engine/DateMath.h"

#include <cmath>

#include <gtest/gtest.h>

#include "engine/LocalTime.h"
#include "text/TimeZone.h"

namespace reachable::date {
namespace {

// 2017-01-26T09:00:00.000Z
constexpr double kThursday = 1485421200000;

TEST(DateMath, TakesATimeValueApartIntoItsFields) {
  Fields f = fieldsOf(kThursday + 123);
  EXPECT_EQ(f.year, 2017);
  EXPECT_EQ(f.month, 0);
  EXPECT_EQ(f.date, 26);
  EXPECT_EQ(f.weekday, 4);
  EXPECT_EQ(f.hour, 9);
  EXPECT_EQ(f.minute, 0);
  EXPECT_EQ(f.millisecond, 123);
}

TEST(DateMath, CountsBeforeTheEpochWithFloorNotTruncation) {
  Fields f = fieldsOf(-1);
  EXPECT_EQ(f.year, 1969);
  EXPECT_EQ(f.month, 11);
  EXPECT_EQ(f.date, 31);
  EXPECT_EQ(f.hour, 23);
  EXPECT_EQ(f.millisecond, 999);
  EXPECT_EQ(f.weekday, 3);
}

TEST(DateMath, KnowsLeapYearsByTheGregorianRule) {
  EXPECT_EQ(fieldsOf(makeDate(makeDay(2000, 1, 29), 0)).date, 29);  // divisible by 400
  EXPECT_EQ(fieldsOf(makeDate(makeDay(1900, 1, 29), 0)).month, 2);  // divisible by 100 only: 1 March
  EXPECT_EQ(fieldsOf(makeDate(makeDay(2016, 1, 29), 0)).date, 29);
  EXPECT_EQ(fieldsOf(makeDate(makeDay(0, 1, 29), 0)).month, 1);     // year 0 (1 BC) is a leap year
  EXPECT_EQ(fieldsOf(makeDate(makeDay(-1, 1, 29), 0)).month, 2);
}

TEST(DateMath, MakeDayCarriesMonthsAndDaysOver) {
  EXPECT_EQ(makeDay(2013, 0, 32), makeDay(2013, 1, 1));
  EXPECT_EQ(makeDay(2017, 12, 1), makeDay(2018, 0, 1));
  EXPECT_EQ(makeDay(2017, -1, 1), makeDay(2016, 11, 1));
  EXPECT_EQ(makeDay(2016, 0, 0), makeDay(2015, 11, 31));
  EXPECT_EQ(makeDay(1970, 0, 1), 0);
}

TEST(DateMath, MakeTimeTruncatesEachComponent) {
  EXPECT_EQ(makeTime(1.9, 2.9, 3.9, 4.9), 3600000 + 120000 + 3000 + 4);
  EXPECT_EQ(makeTime(-1, 0, 0, 0), -3600000);
}

TEST(DateMath, NaNAndInfinitiesGiveNaN) {
  EXPECT_TRUE(std::isnan(makeDay(NAN, 0, 1)));
  EXPECT_TRUE(std::isnan(makeDay(2017, INFINITY, 1)));
  EXPECT_TRUE(std::isnan(makeTime(0, 0, NAN, 0)));
  EXPECT_TRUE(std::isnan(makeDate(0, INFINITY)));
  EXPECT_TRUE(std::isnan(makeDay(1e20, 0, 1)));
}

TEST(DateMath, TimeClipKeepsTheRangeAndMakesIntegers) {
  EXPECT_EQ(timeClip(kMaxTime), kMaxTime);
  EXPECT_TRUE(std::isnan(timeClip(kMaxTime + 1)));
  EXPECT_TRUE(std::isnan(timeClip(-kMaxTime - 1)));
  EXPECT_EQ(timeClip(1.7), 1);
  EXPECT_EQ(timeClip(-1.7), -1);
  EXPECT_FALSE(std::signbit(timeClip(-0.5)));
}

TEST(DateMath, YearsFarFromTheEpoch) {
  EXPECT_EQ(fieldsOf(kMaxTime).year, 275760);
  EXPECT_EQ(fieldsOf(-kMaxTime).year, -271821);
  EXPECT_EQ(fieldsOf(makeDate(makeDay(-1, 0, 1), 0)).year, -1);
}

TEST(LocalTime, FollowsTheZonesDaylightSavingTime) {
  TimeZone berlin("Europe/Berlin");
  EXPECT_EQ(localTime(kThursday, berlin) - kThursday, 3600000);
  double summer = makeDate(makeDay(2017, 6, 1), 0);
  EXPECT_EQ(localTime(summer, berlin) - summer, 7200000);
  EXPECT_TRUE(berlin.isDaylightAt(summer));
  EXPECT_EQ(berlin.longName(true), "Central European Summer Time");
  EXPECT_EQ(berlin.longName(false), "Central European Standard Time");
}

TEST(LocalTime, ASkippedLocalTimeTakesTheOffsetFromBeforeTheChange) {
  TimeZone berlin("Europe/Berlin");
  // 02:30 on 26 March 2017 never happened in Berlin: read with +01:00, it is 01:30Z.
  double skipped = makeDate(makeDay(2017, 2, 26), makeTime(2, 30, 0, 0));
  EXPECT_EQ(utcFromLocal(skipped, berlin), makeDate(makeDay(2017, 2, 26), makeTime(1, 30, 0, 0)));
  // 02:30 on 29 October 2017 happened twice: the first, at +02:00, is 00:30Z.
  double repeated = makeDate(makeDay(2017, 9, 29), makeTime(2, 30, 0, 0));
  EXPECT_EQ(utcFromLocal(repeated, berlin), makeDate(makeDay(2017, 9, 29), makeTime(0, 30, 0, 0)));
}

TEST(LocalTime, KeepsHistoricalOffsets) {
  TimeZone kolkata("Asia/Kolkata");
  EXPECT_EQ(localTime(kThursday, kolkata) - kThursday, 19800000);
  TimeZone newYork("America/New_York");
  EXPECT_EQ(localTime(kThursday, newYork) - kThursday, -18000000);
  // Before 1883 New York kept local mean time, -4:56:02.
  double old = makeDate(makeDay(1850, 0, 1), 0);
  EXPECT_EQ(localTime(old, newYork) - old, -(4 * 3600 + 56 * 60 + 2) * 1000.0);
}

TEST(LocalTime, FarOutsideTheRangeIsNaN) {
  TimeZone utc("UTC");
  EXPECT_TRUE(std::isnan(utcFromLocal(kMaxTime + 11 * kMsPerDay, utc)));
  EXPECT_TRUE(std::isnan(localTime(NAN, utc)));
  EXPECT_EQ(utcFromLocal(kMaxTime + kMsPerDay, utc), kMaxTime + kMsPerDay);
}

TEST(TimeZone, AnUnknownNameIsKnownAsSuch) {
  EXPECT_TRUE(isKnownTimeZone("America/New_York"));
  EXPECT_FALSE(isKnownTimeZone("Mars/Olympus"));
  TimeZone unknown("Mars/Olympus");
  EXPECT_EQ(unknown.offsetAtUtc(kThursday), 0);
}

}  // namespace
}  // namespace reachable::date
