#include "engine/LocaleArguments.h"

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "text/LocaleTags.h"
#include "text/TimeZone.h"
#include "text/Utf16.h"

namespace reachable {
namespace {

std::optional<std::string> canonicalTagOf(Engine& engine, Value tag) {
  if (!tag.isString() && !tag.isObject()) {
    engine.throwError(ErrorType::TypeError, "Language ID should be string or object.");
    return std::nullopt;
  }
  Value text = toString(engine, tag);
  if (text.isException()) return std::nullopt;
  auto canonical = canonicalLocaleTag(toUtf8(engine.heap().text(text)));
  if (!canonical) engine.throwError(ErrorType::RangeError, "Incorrect locale information provided");
  return canonical;
}

// An option read as a string: nullopt when it threw, an empty string when absent.
std::optional<std::string> stringOption(Engine& engine, Value options, Value name) {
  Value value = ops::get(engine, options, PropertyKey::fromAtom(name));
  if (value.isException()) return std::nullopt;
  if (value.isUndefined()) return std::string();
  Value text = toString(engine, value);
  if (text.isException()) return std::nullopt;
  return toUtf8(engine.heap().text(text));
}

std::optional<bool> booleanOption(Engine& engine, Value options, Value name) {
  Value value = ops::get(engine, options, PropertyKey::fromAtom(name));
  if (value.isException()) return std::nullopt;
  return toBoolean(engine, value);
}

std::optional<CollationOptions::Sensitivity> sensitivityNamed(Engine& engine, const std::string& name,
                                                               std::string_view method) {
  using Sensitivity = CollationOptions::Sensitivity;
  if (name.empty() || name == "variant") return Sensitivity::Variant;
  if (name == "base") return Sensitivity::Base;
  if (name == "accent") return Sensitivity::Accent;
  if (name == "case") return Sensitivity::Case;
  engine.throwError(ErrorType::RangeError,
                    "Value " + name + " out of range for " + std::string(method) + " options property sensitivity");
  return std::nullopt;
}

// A string option that must be one of `allowed`; an empty string when absent.
std::optional<std::string> choiceOption(Engine& engine, Value options, std::string_view name,
                                        std::initializer_list<std::string_view> allowed) {
  auto value = stringOption(engine, options, engine.intern(name));
  if (!value || value->empty()) return value;
  for (std::string_view choice : allowed) {
    if (*value == choice) return value;
  }
  engine.throwError(ErrorType::RangeError, "Value " + *value + " out of range for Intl.DateTimeFormat options property " +
                                               std::string(name));
  return std::nullopt;
}

// hour12 into `into`: left empty when absent, else a boolean; false when reading threw.
bool readHour12(Engine& engine, Value options, std::optional<bool>& into) {
  Value value = ops::get(engine, options, PropertyKey::fromAtom(engine.intern("hour12")));
  if (value.isException()) return false;
  if (!value.isUndefined()) into = toBoolean(engine, value);
  return true;
}

// fractionalSecondDigits: absent (0), or 1 to 3.
std::optional<int> fractionalDigitsOption(Engine& engine, Value options) {
  Value value = ops::get(engine, options, PropertyKey::fromAtom(engine.intern("fractionalSecondDigits")));
  if (value.isException()) return std::nullopt;
  if (value.isUndefined()) return 0;
  double n = toNumber(engine, value);
  if (engine.hasPendingException()) return std::nullopt;
  if (!(n >= 1 && n <= 3)) {
    engine.throwError(ErrorType::RangeError, "fractionalSecondDigits value is out of range.");
    return std::nullopt;
  }
  return static_cast<int>(n);
}

const std::initializer_list<std::string_view> kTextWidths = {"narrow", "short", "long"};
const std::initializer_list<std::string_view> kNumberWidths = {"2-digit", "numeric"};
const std::initializer_list<std::string_view> kStyles = {"full", "long", "medium", "short"};

// The options in the order CreateDateTimeFormat reads them, which getters can observe.
bool readDateTimeOptions(Engine& engine, Value object, DateTimeFormatOptions& o) {
  auto read = [&](std::string& into, std::string_view name, std::initializer_list<std::string_view> allowed) {
    auto value = choiceOption(engine, object, name, allowed);
    if (value) into = *value;
    return value.has_value();
  };
  std::string ignored;
  if (!read(ignored, "localeMatcher", {"lookup", "best fit"}) || !readHour12(engine, object, o.hour12)) return false;
  if (!read(o.hourCycle, "hourCycle", {"h11", "h12", "h23", "h24"})) return false;
  auto zone = stringOption(engine, object, engine.intern("timeZone"));
  if (!zone) return false;
  if (!zone->empty() && !isKnownTimeZone(*zone)) {
    engine.throwError(ErrorType::RangeError, "Invalid time zone specified: " + *zone);
    return false;
  }
  o.timeZone = *zone;
  if (!read(o.weekday, "weekday", kTextWidths) || !read(o.era, "era", kTextWidths) ||
      !read(o.year, "year", kNumberWidths) ||
      !read(o.month, "month", {"2-digit", "numeric", "narrow", "short", "long"}) ||
      !read(o.day, "day", kNumberWidths) || !read(ignored, "dayPeriod", kTextWidths) ||
      !read(o.hour, "hour", kNumberWidths) || !read(o.minute, "minute", kNumberWidths) ||
      !read(o.second, "second", kNumberWidths)) {
    return false;
  }
  auto digits = fractionalDigitsOption(engine, object);
  if (!digits) return false;
  o.fractionalSecondDigits = *digits;
  return read(o.timeZoneName, "timeZoneName",
              {"short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric"}) &&
         read(ignored, "formatMatcher", {"basic", "best fit"}) && read(o.dateStyle, "dateStyle", kStyles) &&
         read(o.timeStyle, "timeStyle", kStyles);
}

// ToDateTimeOptions' defaults: numeric date and time components when none was asked for.
bool applyDateTimeDefaults(Engine& engine, DateTimeFormatOptions& o, DateComponents components) {
  bool hasDate = !o.weekday.empty() || !o.year.empty() || !o.month.empty() || !o.day.empty();
  bool hasTime = !o.hour.empty() || !o.minute.empty() || !o.second.empty() || o.fractionalSecondDigits;
  bool hasStyle = !o.dateStyle.empty() || !o.timeStyle.empty();
  if (hasStyle && (hasDate || hasTime || !o.era.empty() || !o.timeZoneName.empty())) {
    engine.throwError(ErrorType::TypeError, "Invalid option : dateStyle");
    return false;
  }
  if (components == DateComponents::Date && !o.timeStyle.empty()) {
    engine.throwError(ErrorType::TypeError, "Invalid option : timeStyle");
    return false;
  }
  if (components == DateComponents::Time && !o.dateStyle.empty()) {
    engine.throwError(ErrorType::TypeError, "Invalid option : dateStyle");
    return false;
  }
  bool needDefaults = !hasStyle && (components == DateComponents::Date   ? !hasDate
                                    : components == DateComponents::Time ? !hasTime
                                                                         : !hasDate && !hasTime);
  if (!needDefaults) return true;
  if (components != DateComponents::Time) o.year = o.month = o.day = "numeric";
  if (components != DateComponents::Date) o.hour = o.minute = o.second = "numeric";
  return true;
}

}  // namespace

std::optional<DateTimeFormatOptions> dateTimeFormatOptions(Engine& engine, Value locales, Value options,
                                                           DateComponents components) {
  DateTimeFormatOptions format;
  auto locale = requestedLocale(engine, locales);
  if (!locale) return std::nullopt;
  format.localeTag = *locale;
  if (!options.isUndefined()) {
    Value object = toObject(engine, options);
    if (object.isException()) return std::nullopt;
    Interpreter::Pin pinObject(engine.interpreter(), object);
    if (!readDateTimeOptions(engine, object, format)) return std::nullopt;
  }
  if (!applyDateTimeDefaults(engine, format, components)) return std::nullopt;
  return format;
}

std::optional<std::string> requestedLocale(Engine& engine, Value locales) {
  if (locales.isUndefined()) return std::string();
  if (locales.isString()) return canonicalTagOf(engine, locales);
  Value list = toObject(engine, locales);
  if (list.isException()) return std::nullopt;
  auto length = lengthOfArrayLike(engine, list);
  if (!length) return std::nullopt;
  if (*length == 0) return std::string();
  Value first = ops::get(engine, list, PropertyKey::fromIndex(0));
  if (first.isException()) return std::nullopt;
  return canonicalTagOf(engine, first);
}

std::optional<CollationOptions> collationOptions(Engine& engine, Value locales, Value options,
                                                 std::string_view method) {
  CollationOptions collation;
  auto locale = requestedLocale(engine, locales);
  if (!locale) return std::nullopt;
  collation.localeTag = *locale;
  if (options.isUndefined()) return collation;
  Value object = toObject(engine, options);
  if (object.isException()) return std::nullopt;
  Interpreter::Pin pinObject(engine.interpreter(), object);
  // In ECMA-402's order of reading them, which getters can observe.
  auto numeric = booleanOption(engine, object, engine.intern("numeric"));
  if (!numeric) return std::nullopt;
  auto sensitivityName = stringOption(engine, object, engine.intern("sensitivity"));
  if (!sensitivityName) return std::nullopt;
  auto sensitivity = sensitivityNamed(engine, *sensitivityName, method);
  if (!sensitivity) return std::nullopt;
  auto ignorePunctuation = booleanOption(engine, object, engine.intern("ignorePunctuation"));
  if (!ignorePunctuation) return std::nullopt;
  collation.numeric = *numeric;
  collation.ignorePunctuation = *ignorePunctuation;
  collation.sensitivity = *sensitivity;
  return collation;
}

}  // namespace reachable
