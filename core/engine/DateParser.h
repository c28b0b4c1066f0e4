#pragma once

#include <optional>
#include <string_view>

namespace reachable {

// What Date.parse reads from a string, as V8's date parser reads it: first the date
// time string format of ECMA-262 §21.4.1.32 (with V8's extensions: a space for the
// "T", more or fewer than three digits of milliseconds, "+hhmm" offsets), then, for
// whatever that format does not cover, V8's legacy grammar: month names, "GMT+0100",
// "PM", "1/26/2017", parenthesised comments, two-digit years (0–49 as 20xx, 50–99 as
// 19xx), unknown words before the first number.
struct ParsedDate {
  double year = 0;
  double month = 0;  // 0 to 11
  double day = 1;
  double hour = 0;
  double minute = 0;
  double second = 0;
  double millisecond = 0;
  // Seconds east of UTC that the string named; none means local time.
  std::optional<double> utcOffsetSeconds;
};

// The fields of a date string, or nullopt where V8 returns NaN.
std::optional<ParsedDate> parseDateString(std::u16string_view text);

}  // namespace reachable
