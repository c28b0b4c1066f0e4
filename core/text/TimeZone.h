#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace reachable {

// A time zone with ICU's data: its offset from UTC at any moment (DST and historical
// changes included) and its long names. Offsets are in milliseconds, positive east of
// Greenwich.
class TimeZone {
 public:
  // The zone Node runs in: ICU's host zone, which ICU takes from TZ (an IANA name such
  // as America/New_York) or, when TZ is unset, from /etc/localtime, as V8 does. Read
  // once per process, as Node reads it once at start.
  static const TimeZone& host();

  // A zone by its IANA name; an unknown name gives ICU's "Etc/Unknown" (UTC).
  explicit TimeZone(std::string_view id);
  ~TimeZone();
  TimeZone(const TimeZone&) = delete;
  TimeZone& operator=(const TimeZone&) = delete;

  // The offset in effect at a UTC time value (ECMA-262's LocalTZA(t, true)).
  double offsetAtUtc(double utcMs) const;
  // The offset for a local wall-clock time (LocalTZA(t, false)): in a time skipped by a
  // DST change and in a time that occurs twice, the offset from before the change, as
  // V8 asks ICU for it.
  double offsetAtLocal(double localMs) const;
  // Whether daylight saving time is in effect at a UTC time value.
  bool isDaylightAt(double utcMs) const;
  // The long name in English that V8 puts in Date.prototype.toString's parentheses:
  // "Central European Standard Time", "Central European Summer Time".
  std::string longName(bool daylight) const;

  // ICU's zone and its names, kept out of this header.
  struct Data;
  explicit TimeZone(std::unique_ptr<Data> data);

 private:
  std::unique_ptr<Data> data_;
};

// Whether ICU knows an IANA time zone name (Intl's timeZone option).
bool isKnownTimeZone(std::string_view id);

}  // namespace reachable
