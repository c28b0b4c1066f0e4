#include "text/DateTimeFormat.h"

#include <algorithm>
#include <limits>
#include <memory>

#include <unicode/dtfmtsym.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include "text/LocaleTags.h"

namespace reachable {

namespace {

// The skeleton letters for a component's option value (UTS #35's date field symbols).
std::string skeletonField(const std::string& value, const char* numeric, const char* twoDigit, const char* narrow,
                          const char* shortText, const char* longText) {
  if (value == "numeric") return numeric;
  if (value == "2-digit") return twoDigit;
  if (value == "narrow") return narrow;
  if (value == "short") return shortText;
  if (value == "long") return longText;
  return "";
}

char hourLetter(const DateTimeFormatOptions& o) {
  if (o.hour12) return *o.hour12 ? 'h' : 'H';
  if (o.hourCycle == "h11") return 'K';
  if (o.hourCycle == "h12") return 'h';
  if (o.hourCycle == "h23") return 'H';
  if (o.hourCycle == "h24") return 'k';
  return 'j';
}

std::string skeletonOf(const DateTimeFormatOptions& o) {
  std::string s;
  s += skeletonField(o.era, "G", "G", "GGGGG", "G", "GGGG");
  s += skeletonField(o.year, "y", "yy", "", "", "");
  s += skeletonField(o.month, "M", "MM", "MMMMM", "MMM", "MMMM");
  s += skeletonField(o.weekday, "", "", "EEEEE", "EEE", "EEEE");
  s += skeletonField(o.day, "d", "dd", "", "", "");
  if (!o.hour.empty()) s += std::string(o.hour == "2-digit" ? 2 : 1, hourLetter(o));
  s += skeletonField(o.minute, "m", "mm", "", "", "");
  s += skeletonField(o.second, "s", "ss", "", "", "");
  s += std::string(static_cast<std::size_t>(o.fractionalSecondDigits), 'S');
  if (o.timeZoneName == "short") s += "z";
  if (o.timeZoneName == "long") s += "zzzz";
  if (o.timeZoneName == "shortOffset") s += "O";
  if (o.timeZoneName == "longOffset") s += "OOOO";
  if (o.timeZoneName == "shortGeneric") s += "v";
  if (o.timeZoneName == "longGeneric") s += "vvvv";
  return s;
}

icu::DateFormat::EStyle styleOf(const std::string& style) {
  if (style == "full") return icu::DateFormat::kFull;
  if (style == "long") return icu::DateFormat::kLong;
  if (style == "medium") return icu::DateFormat::kMedium;
  if (style == "short") return icu::DateFormat::kShort;
  return icu::DateFormat::kNone;
}

std::optional<icu::UnicodeString> patternFor(const DateTimeFormatOptions& o, const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  if (!o.dateStyle.empty() || !o.timeStyle.empty()) {
    std::unique_ptr<icu::DateFormat> styled(
        icu::DateFormat::createDateTimeInstance(styleOf(o.dateStyle), styleOf(o.timeStyle), locale));
    auto* simple = dynamic_cast<icu::SimpleDateFormat*>(styled.get());
    if (!simple) return std::nullopt;
    icu::UnicodeString pattern;
    return simple->toPattern(pattern);
  }
  std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(locale, status));
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString skeleton = icu::UnicodeString::fromUTF8(skeletonOf(o));
  icu::UnicodeString pattern = generator->getBestPattern(skeleton, UDATPG_MATCH_HOUR_FIELD_LENGTH, status);
  if (U_FAILURE(status)) return std::nullopt;
  return pattern;
}

std::unique_ptr<icu::TimeZone> zoneFor(const DateTimeFormatOptions& o) {
  if (o.timeZone.empty()) return std::unique_ptr<icu::TimeZone>(icu::TimeZone::detectHostTimeZone());
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(o.timeZone)));
  if (*zone == icu::TimeZone::getUnknown()) return nullptr;
  return zone;
}

}  // namespace

std::optional<std::u16string> formatDateTime(double utcMs, const DateTimeFormatOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string tag = options.localeTag.empty() ? defaultLocaleTag() : options.localeTag;
  icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
  if (U_FAILURE(status) || locale.isBogus()) return std::nullopt;
  auto pattern = patternFor(options, locale);
  std::unique_ptr<icu::TimeZone> zone = zoneFor(options);
  if (!pattern || !zone) return std::nullopt;
  icu::SimpleDateFormat format(*pattern, locale, status);
  if (U_FAILURE(status)) return std::nullopt;
  // ECMA-402 counts on a proleptic Gregorian calendar, as V8 sets ICU's up.
  auto calendar = std::make_unique<icu::GregorianCalendar>(zone.release(), locale, status);
  if (U_FAILURE(status)) return std::nullopt;
  calendar->setGregorianChange(-std::numeric_limits<double>::max(), status);
  format.adoptCalendar(calendar.release());
  icu::UnicodeString text;
  format.format(utcMs, text);
  std::u16string result(text.getBuffer(), static_cast<std::size_t>(text.length()));
  // CLDR 42 (ICU 72) put a narrow no-break space before "AM"; V8 prints a plain space
  // there, for the pages that parse what toLocaleString printed, and so does Node 20.
  std::replace(result.begin(), result.end(), u'\u202F', u' ');
  return result;
}

}  // namespace reachable
