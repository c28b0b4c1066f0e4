#include "engine/DateParser.h"

#include <gtest/gtest.h>

namespace reachable {
namespace {

struct Expected {
  double year, month, day, hour, minute, second, millisecond;
};

void expectFields(std::u16string_view text, Expected e, std::optional<double> offsetSeconds) {
  auto parsed = parseDateString(text);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->year, e.year);
  EXPECT_EQ(parsed->month, e.month);
  EXPECT_EQ(parsed->day, e.day);
  EXPECT_EQ(parsed->hour, e.hour);
  EXPECT_EQ(parsed->minute, e.minute);
  EXPECT_EQ(parsed->second, e.second);
  EXPECT_EQ(parsed->millisecond, e.millisecond);
  EXPECT_EQ(parsed->utcOffsetSeconds, offsetSeconds);
}

TEST(DateParser, IsoDateOnlyFormsAreUtc) {
  expectFields(u"2017-01-26", {2017, 0, 26, 0, 0, 0, 0}, 0);
  expectFields(u"2017-01", {2017, 0, 1, 0, 0, 0, 0}, 0);
  expectFields(u"2017", {2017, 0, 1, 0, 0, 0, 0}, 0);
  expectFields(u"+275760-09-13", {275760, 8, 13, 0, 0, 0, 0}, 0);
  expectFields(u"-000001-01-01", {-1, 0, 1, 0, 0, 0, 0}, 0);
}

TEST(DateParser, IsoDateTimeWithoutAnOffsetIsLocal) {
  expectFields(u"2017-01-26T12:00", {2017, 0, 26, 12, 0, 0, 0}, std::nullopt);
  expectFields(u"2017-01-26T12:00:30.5", {2017, 0, 26, 12, 0, 30, 500}, std::nullopt);
}

TEST(DateParser, IsoOffsets) {
  expectFields(u"2017-01-26T12:00:00Z", {2017, 0, 26, 12, 0, 0, 0}, 0);
  expectFields(u"2017-01-26T12:00:00+05:30", {2017, 0, 26, 12, 0, 0, 0}, 19800);
  expectFields(u"2017-01-26T12:00:00-0800", {2017, 0, 26, 12, 0, 0, 0}, -28800);
  expectFields(u"2017-01-26T12:00:00.123456Z", {2017, 0, 26, 12, 0, 0, 123}, 0);
  expectFields(u"2017-01-26T24:00Z", {2017, 0, 26, 24, 0, 0, 0}, 0);
}

TEST(DateParser, BrokenIsoTimesAreInvalid) {
  for (std::u16string_view text : {u"2017-01-26T", u"2017-01-26T25:00", u"2017-01-26T24:00:01Z",
                                   u"2017-01-26T12", u"2017-01-26T12:00+5", u"2017-01-26T12:00Zjunk",
                                   u"-000000-01-01T00:00Z"}) {
    EXPECT_FALSE(parseDateString(text).has_value()) << std::string(text.begin(), text.end());
  }
}

TEST(DateParser, LegacyFormsPeopleWrite) {
  expectFields(u"2017-01-26 12:00", {2017, 0, 26, 12, 0, 0, 0}, std::nullopt);
  expectFields(u"Jan 26 2017", {2017, 0, 26, 0, 0, 0, 0}, std::nullopt);
  expectFields(u"January 26, 2017 10:00:00", {2017, 0, 26, 10, 0, 0, 0}, std::nullopt);
  expectFields(u"Thu Jan 26 2017 10:00:00 GMT+0100 (Central European Standard Time)",
               {2017, 0, 26, 10, 0, 0, 0}, 3600);
  expectFields(u"Thu, 26 Jan 2017 09:00:00 GMT", {2017, 0, 26, 9, 0, 0, 0}, 0);
  expectFields(u"2017/01/26", {2017, 0, 26, 0, 0, 0, 0}, std::nullopt);
  expectFields(u"1/26/2017 3:45 pm", {2017, 0, 26, 15, 45, 0, 0}, std::nullopt);
  expectFields(u"Jan 26 2017 10:00 PST", {2017, 0, 26, 10, 0, 0, 0}, -28800);
  expectFields(u"Jan 26 2017 10:00:00.250", {2017, 0, 26, 10, 0, 0, 250}, std::nullopt);
}

TEST(DateParser, TwoDigitYearsAndMissingYears) {
  expectFields(u"01/26/17", {2017, 0, 26, 0, 0, 0, 0}, std::nullopt);
  expectFields(u"01/26/50", {1950, 0, 26, 0, 0, 0, 0}, std::nullopt);
  // V8 fills the missing year with 1, which becomes 2001.
  expectFields(u"Jan 26", {2001, 0, 26, 0, 0, 0, 0}, std::nullopt);
  // Colons make a time of up to four parts; the number after them is a day.
  expectFields(u"1:2:3:4:5 Jan 1 2000", {2001, 0, 5, 1, 2, 3, 4}, std::nullopt);
}

TEST(DateParser, GarbageIsRefused) {
  for (std::u16string_view text : {u"", u"hello", u"Jan", u"2017 tomorrow", u"Jan 26 2017 10:00 )",
                                   u"Jan 26 2017 10:00 +", u"13/45/2017", u"12 am Jan 1 2000"}) {
    EXPECT_FALSE(parseDateString(text).has_value()) << std::string(text.begin(), text.end());
  }
}

TEST(DateParser, LongAndOddInputNeverHangs) {
  // A number keeps nine significant digits: a year far past what TimeClip keeps.
  std::u16string digits(100000, u'9');
  auto parsed = parseDateString(digits);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->year, 999999999);
  std::u16string open(100000, u'(');
  EXPECT_FALSE(parseDateString(open).has_value());
  std::u16string surrogates = u"\xD800\xDC00 Jan 1 2000 \xDFFF";
  EXPECT_FALSE(parseDateString(surrogates).has_value());
}

}  // namespace
}  // namespace reachable
