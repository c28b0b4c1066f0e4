#pragma once

#include <optional>
#include <string>

namespace reachable {

// What ECMA-402's Intl.DateTimeFormat options ask for, as Date.prototype.toLocaleString
// and its siblings read them. Each component holds its option's value ("numeric",
// "2-digit", "short", "long", …) or is empty when absent.
struct DateTimeFormatOptions {
  std::string localeTag;  // BCP 47; empty for the default locale
  std::string timeZone;   // an IANA name; empty for the host zone
  std::string weekday, era, year, month, day, hour, minute, second, timeZoneName;
  std::string dateStyle, timeStyle;
  std::string hourCycle;       // "h11", "h12", "h23", "h24" or empty
  std::optional<bool> hour12;  // overrides hourCycle
  int fractionalSecondDigits = 0;
};

// A UTC time value formatted with ICU's date formats the way V8 builds them: a
// skeleton from the components, ICU's best pattern for it in the locale (or ICU's
// date and time styles), a proleptic Gregorian calendar in the requested zone.
// nullopt when ICU refuses the locale or the zone.
std::optional<std::u16string> formatDateTime(double utcMs, const DateTimeFormatOptions& options);

}  // namespace reachable
