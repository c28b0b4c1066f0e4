#include "text/TimeZone.h"

#include <unicode/basictz.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

namespace reachable {

struct TimeZone::Data {
  std::unique_ptr<icu::TimeZone> zone;
  std::string standardName;
  std::string daylightName;
};

namespace {

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::unique_ptr<TimeZone::Data> dataFor(icu::TimeZone* zone) {
  auto data = std::make_unique<TimeZone::Data>();
  data->zone.reset(zone);
  // V8 asks for the names in ICU's default locale; under Node's usual environments
  // that is English, which is what the parity programs compare.
  icu::UnicodeString name;
  data->standardName = utf8(zone->getDisplayName(false, icu::TimeZone::LONG, icu::Locale::getEnglish(), name));
  name.remove();
  data->daylightName = utf8(zone->getDisplayName(true, icu::TimeZone::LONG, icu::Locale::getEnglish(), name));
  return data;
}

icu::TimeZone* zoneNamed(std::string_view id) {
  return icu::TimeZone::createTimeZone(
      icu::UnicodeString::fromUTF8(icu::StringPiece(id.data(), static_cast<int32_t>(id.size()))));
}

}  // namespace

TimeZone::TimeZone(std::unique_ptr<Data> data) : data_(std::move(data)) {}

TimeZone::TimeZone(std::string_view id) : data_(dataFor(zoneNamed(id))) {}

TimeZone::~TimeZone() = default;

const TimeZone& TimeZone::host() {
  static const TimeZone zone(dataFor(icu::TimeZone::detectHostTimeZone()));
  return zone;
}

double TimeZone::offsetAtUtc(double utcMs) const {
  UErrorCode status = U_ZERO_ERROR;
  int32_t raw = 0, dst = 0;
  data_->zone->getOffset(utcMs, false, raw, dst, status);
  return U_SUCCESS(status) ? raw + dst : 0;
}

double TimeZone::offsetAtLocal(double localMs) const {
  UErrorCode status = U_ZERO_ERROR;
  int32_t raw = 0, dst = 0;
  if (auto* basic = dynamic_cast<icu::BasicTimeZone*>(data_->zone.get())) {
    basic->getOffsetFromLocal(localMs, UCAL_TZ_LOCAL_FORMER, UCAL_TZ_LOCAL_FORMER, raw, dst, status);
  } else {
    data_->zone->getOffset(localMs, true, raw, dst, status);
  }
  return U_SUCCESS(status) ? raw + dst : 0;
}

bool TimeZone::isDaylightAt(double utcMs) const {
  UErrorCode status = U_ZERO_ERROR;
  int32_t raw = 0, dst = 0;
  data_->zone->getOffset(utcMs, false, raw, dst, status);
  return U_SUCCESS(status) && dst != 0;
}

std::string TimeZone::longName(bool daylight) const { return daylight ? data_->daylightName : data_->standardName; }

bool isKnownTimeZone(std::string_view id) {
  std::unique_ptr<icu::TimeZone> zone(zoneNamed(id));
  return *zone != icu::TimeZone::getUnknown();
}

}  // namespace reachable
