// Date (ECMA-262 §21.4): a time value in milliseconds since the epoch, read and
// written in UTC or in the host's time zone (text/TimeZone, as Node takes it from TZ),
// parsed as V8 parses (DateParser) and printed as V8 prints (DateStrings, and ICU's
// formats for the toLocale… methods).
#include <algorithm>
#include <chrono>
#include <cmath>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/DateMath.h"
#include "engine/DateParser.h"
#include "engine/DateStrings.h"
#include "engine/EventLoop.h"
#include "engine/LocalTime.h"
#include "engine/LocaleArguments.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "heap/JSObject.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

const TimeZone& zone() { return TimeZone::host(); }

// --- The clock ---

// Date.now() reads the clock as performance.now() does: the virtual time of the
// timers plus the real time spent running, so a callback that a 1000 ms timer runs
// sees Date.now() 1000 ms later. The epoch milliseconds at the start of the run ride
// on each function that reads the clock (its first host slot), as the difference
// from the steady clock.
double epochOffsetNow() {
  using namespace std::chrono;
  double wall = duration<double, std::milli>(system_clock::now().time_since_epoch()).count();
  return wall - steadyMilliseconds();
}

double currentTime(NativeCall& call) {
  const auto& fn = call.engine.heap().as<JSFunction>(call.callee);
  return std::floor(fn.hostSlots[0].asNumber() + call.engine.eventLoop().now() + steadyMilliseconds());
}

// --- The time value ---

DateObject* dateOf(Engine& engine, Value v) {
  if (!v.isObject()) return nullptr;
  auto& cell = engine.heap().get(v.asCell());
  return cell.kind == CellKind::Date ? &static_cast<DateObject&>(cell) : nullptr;
}

// Sets a Date's time value through the heap's write barrier, so that a timeline being
// recorded sees the change (a Date's card shows its time).
double setTimeValue(Engine& engine, DateObject& date, double t) {
  engine.heap().noteWrite(date);
  date.timeValue = t;
  return t;
}

// thisTimeValue, or V8's TypeError (nullptr) for a receiver that is not a Date.
DateObject* receiverDate(NativeCall& call) {
  DateObject* date = dateOf(call.engine, call.thisValue);
  if (!date) call.engine.throwError(ErrorType::TypeError, "this is not a Date object.");
  return date;
}

// The time value of a parsed string: its fields in UTC, less the offset it named, or
// its fields in local time.
double timeValueOf(const ParsedDate& p) {
  double day = date::makeDay(p.year, p.month, p.day);
  double time = date::makeTime(p.hour, p.minute, p.second, p.millisecond);
  double t = date::makeDate(day, time);
  if (!p.utcOffsetSeconds) return date::timeClip(date::utcFromLocal(t, zone()));
  return date::timeClip(t - *p.utcOffsetSeconds * 1000);
}

double parseTimeValue(Engine& engine, Value string) {
  auto parsed = parseDateString(engine.heap().text(string));
  return parsed ? timeValueOf(*parsed) : NAN;
}

// MakeFullYear's rule for the constructor and Date.UTC: years 0 to 99 are 1900–1999.
double fullYear(double year) {
  if (std::isnan(year)) return year;
  double integer = std::trunc(year);
  return integer >= 0 && integer <= 99 ? 1900 + integer : year;
}

// Year, month[, date[, hours[, minutes[, seconds[, ms]]]]] as the constructor and
// Date.UTC read them, each converted in order; nullopt when a conversion threw.
std::optional<double> timeFromComponents(NativeCall& call) {
  double parts[7] = {NAN, 0, 1, 0, 0, 0, 0};
  for (std::size_t i = 0; i < 7 && (i == 0 || i < call.args.size()); ++i) {
    parts[i] = toNumber(call.engine, call.arg(i));
    if (call.engine.hasPendingException()) return std::nullopt;
  }
  return date::makeDate(date::makeDay(fullYear(parts[0]), parts[1], parts[2]),
                        date::makeTime(parts[3], parts[4], parts[5], parts[6]));
}

Value stringOf(Engine& engine, const std::string& text) { return engine.newString(text); }

// --- The constructor and its functions ---

// The time value of `new Date(value)`: another Date's, a parsed string's, or a number's.
std::optional<double> timeFromValue(Engine& engine, Value value) {
  if (DateObject* other = dateOf(engine, value)) return other->timeValue;
  Value primitive = toPrimitive(engine, value);
  if (primitive.isException()) return std::nullopt;
  if (primitive.isString()) return parseTimeValue(engine, primitive);
  double t = toNumber(engine, primitive);
  if (engine.hasPendingException()) return std::nullopt;
  return date::timeClip(t);
}

Value dateConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  if (!call.isConstruct()) {
    return stringOf(engine, date::localString(currentTime(call), zone(), date::LocalParts::DateAndTime));
  }
  std::optional<double> t;
  if (call.args.empty()) {
    t = currentTime(call);
  } else if (call.args.size() == 1) {
    t = timeFromValue(engine, call.arg(0));
  } else if ((t = timeFromComponents(call))) {
    t = date::timeClip(date::utcFromLocal(*t, zone()));
  }
  if (!t) return Value::exception();
  // OrdinaryCreateFromConstructor comes after the arguments' conversions.
  Value prototype = TRY(ops::get(engine, call.newTarget, PropertyKey::fromAtom(engine.atoms().prototype)));
  CellId proto = prototype.isObject() ? prototype.asCell() : engine.intrinsic(Intrinsic::DatePrototype);
  return Value::object(engine.heap().make<DateObject>(proto, *t).id);
}

Value dateNow(NativeCall& call) { return Value::number(currentTime(call)); }

Value dateParse(NativeCall& call) {
  Value string = TRY(toString(call.engine, call.arg(0)));
  return Value::number(parseTimeValue(call.engine, string));
}

Value dateUtc(NativeCall& call) {
  auto t = timeFromComponents(call);
  if (!t) return Value::exception();
  return Value::number(date::timeClip(*t));
}

// --- Getters ---

enum class Field : std::uint8_t { Year, Month, Date, Hours, Minutes, Seconds, Milliseconds, Day };

double fieldOf(double t, Field field) {
  switch (field) {
    case Field::Year: return date::yearFromTime(t);
    case Field::Month: return date::monthFromTime(t);
    case Field::Date: return date::dateFromTime(t);
    case Field::Hours: return date::hourFromTime(t);
    case Field::Minutes: return date::minFromTime(t);
    case Field::Seconds: return date::secFromTime(t);
    case Field::Milliseconds: return date::msFromTime(t);
    case Field::Day: return date::weekDay(t);
  }
  return NAN;
}

template <Field kField, bool kUtc>
Value dateGetter(NativeCall& call) {
  DateObject* date = receiverDate(call);
  if (!date) return Value::exception();
  double t = date->timeValue;
  if (std::isnan(t)) return Value::number(t);
  return Value::number(fieldOf(kUtc ? t : date::localTime(t, zone()), kField));
}

Value getTime(NativeCall& call) {
  DateObject* date = receiverDate(call);
  return date ? Value::number(date->timeValue) : Value::exception();
}

Value getTimezoneOffset(NativeCall& call) {
  DateObject* date = receiverDate(call);
  if (!date) return Value::exception();
  double t = date->timeValue;
  if (std::isnan(t)) return Value::number(t);
  return Value::number((t - date::localTime(t, zone())) / date::kMsPerMinute);
}

// Annex B's getYear: the year less 1900.
Value getYear(NativeCall& call) {
  DateObject* date = receiverDate(call);
  if (!date) return Value::exception();
  double t = date->timeValue;
  if (std::isnan(t)) return Value::number(t);
  return Value::number(date::yearFromTime(date::localTime(t, zone())) - 1900);
}

// --- Setters ---

// Each setter writes a run of fields, from its first (setMinutes: minutes) to the end
// of its group (minutes, seconds, milliseconds), taking as many arguments as it was
// given, with the rest of the fields as they were.
struct FieldValues {
  double values[7];
};

FieldValues fieldValuesOf(double t) {
  FieldValues f;
  for (int i = 0; i < 7; ++i) f.values[i] = fieldOf(t, static_cast<Field>(i));
  return f;
}

double timeOf(const FieldValues& f) {
  const double* v = f.values;
  return date::makeDate(date::makeDay(v[0], v[1], v[2]), date::makeTime(v[3], v[4], v[5], v[6]));
}

// As in V8 (and unlike ECMA-262 since 2022, which converts every argument first), the
// first argument converts, then an invalid date stays invalid without converting the
// others; only setFullYear makes a valid date of an invalid one, starting from +0.
template <Field kFirst, bool kUtc>
Value dateSetter(NativeCall& call) {
  Engine& engine = call.engine;
  if (!receiverDate(call)) return Value::exception();
  constexpr int kFirstIndex = static_cast<int>(kFirst);
  constexpr int kGroupEnd = kFirstIndex <= static_cast<int>(Field::Date) ? 3 : 7;
  const int count = std::max<int>(1, std::min<int>(static_cast<int>(call.args.size()), kGroupEnd - kFirstIndex));
  double given[4];
  given[0] = toNumber(engine, call.arg(0));
  if (engine.hasPendingException()) return Value::exception();
  // The conversion ran the program's code, which may have set the date.
  DateObject* date = dateOf(engine, call.thisValue);
  double t = date->timeValue;
  if (std::isnan(t) && kFirst != Field::Year) return Value::number(t);
  for (int i = 1; i < count; ++i) {
    given[i] = toNumber(engine, call.arg(static_cast<std::size_t>(i)));
    if (engine.hasPendingException()) return Value::exception();
  }
  if (std::isnan(t)) {
    t = 0;
  } else if (!kUtc) {
    t = date::localTime(t, zone());
  }
  FieldValues f = fieldValuesOf(t);
  for (int i = 0; i < count; ++i) f.values[kFirstIndex + i] = given[i];
  double u = timeOf(f);
  date = dateOf(engine, call.thisValue);
  return Value::number(setTimeValue(engine, *date, date::timeClip(kUtc ? u : date::utcFromLocal(u, zone()))));
}

Value setTime(NativeCall& call) {
  DateObject* date = receiverDate(call);
  if (!date) return Value::exception();
  double t = toNumber(call.engine, call.arg(0));
  if (call.engine.hasPendingException()) return Value::exception();
  return Value::number(setTimeValue(call.engine, *date, date::timeClip(t)));
}

// Annex B's setYear: a year of 0 to 99 is 1900 to 1999.
Value setYear(NativeCall& call) {
  DateObject* date = receiverDate(call);
  if (!date) return Value::exception();
  double year = toNumber(call.engine, call.arg(0));
  if (call.engine.hasPendingException()) return Value::exception();
  double t = std::isnan(date->timeValue) ? 0 : date::localTime(date->timeValue, zone());
  if (std::isnan(year)) return Value::number(setTimeValue(call.engine, *date, NAN));
  FieldValues f = fieldValuesOf(t);
  f.values[0] = fullYear(year);
  return Value::number(setTimeValue(call.engine, *date, date::timeClip(date::utcFromLocal(timeOf(f), zone()))));
}

// --- Strings ---

template <date::LocalParts kParts>
Value localStringMethod(NativeCall& call) {
  DateObject* date = receiverDate(call);
  if (!date) return Value::exception();
  if (std::isnan(date->timeValue)) return call.engine.intern("Invalid Date");
  return stringOf(call.engine, date::localString(date->timeValue, zone(), kParts));
}

Value toUtcString(NativeCall& call) {
  DateObject* date = receiverDate(call);
  if (!date) return Value::exception();
  if (std::isnan(date->timeValue)) return call.engine.intern("Invalid Date");
  return stringOf(call.engine, date::utcString(date->timeValue));
}

Value toIsoString(NativeCall& call) {
  DateObject* date = receiverDate(call);
  if (!date) return Value::exception();
  if (std::isnan(date->timeValue)) return call.engine.throwError(ErrorType::RangeError, "Invalid time value");
  return stringOf(call.engine, date::isoString(date->timeValue));
}

Value toJson(NativeCall& call) {
  Engine& engine = call.engine;
  Value object = TRY(toObject(engine, call.thisValue));
  Value primitive = TRY(toPrimitive(engine, object, PreferredType::Number));
  if (primitive.isNumber() && !std::isfinite(primitive.asNumber())) return Value::null();
  Value method = TRY(ops::get(engine, object, PropertyKey::fromAtom(engine.intern("toISOString"))));
  if (!engine.isCallable(method)) {
    return engine.throwError(ErrorType::TypeError, "toISOString is not a function");
  }
  return engine.call(method, object, {});
}

template <DateComponents kComponents>
Value toLocaleStringMethod(NativeCall& call) {
  Engine& engine = call.engine;
  DateObject* date = receiverDate(call);
  if (!date) return Value::exception();
  const double t = date->timeValue;
  auto options = dateTimeFormatOptions(engine, call.arg(0), call.arg(1), kComponents);
  if (!options) return Value::exception();
  if (std::isnan(t)) return engine.intern("Invalid Date");
  auto text = formatDateTime(t, *options);
  if (!text) return engine.throwError(ErrorType::RangeError, "Incorrect locale information provided");
  return engine.newString(std::move(*text));
}

Value valueOf(NativeCall& call) { return getTime(call); }

Value toPrimitiveMethod(NativeCall& call) {
  Engine& engine = call.engine;
  if (!call.thisValue.isObject()) {
    return engine.throwError(ErrorType::TypeError,
                             "Method Date.prototype [ @@toPrimitive ] called on incompatible receiver " +
                                 engine.describeForMessage(call.thisValue));
  }
  Value hint = call.arg(0);
  std::string name = hint.isString() ? stringText(engine, hint) : std::string();
  if (name == "string" || name == "default") return ordinaryToPrimitive(engine, call.thisValue, PreferredType::String);
  if (name == "number") return ordinaryToPrimitive(engine, call.thisValue, PreferredType::Number);
  return engine.throwError(ErrorType::TypeError, "Invalid hint: " + engine.describeForMessage(hint));
}

// --- Installation ---

void defineClockFunction(Engine& engine, Value function) {
  engine.heap().as<JSFunction>(function).hostSlots = {Value::number(epochOffsetNow())};
}

void installGetters(Engine& engine, CellId proto) {
  defineMethod(engine, proto, "getDate", dateGetter<Field::Date, false>, 0);
  defineMethod(engine, proto, "getDay", dateGetter<Field::Day, false>, 0);
  defineMethod(engine, proto, "getFullYear", dateGetter<Field::Year, false>, 0);
  defineMethod(engine, proto, "getHours", dateGetter<Field::Hours, false>, 0);
  defineMethod(engine, proto, "getMilliseconds", dateGetter<Field::Milliseconds, false>, 0);
  defineMethod(engine, proto, "getMinutes", dateGetter<Field::Minutes, false>, 0);
  defineMethod(engine, proto, "getMonth", dateGetter<Field::Month, false>, 0);
  defineMethod(engine, proto, "getSeconds", dateGetter<Field::Seconds, false>, 0);
  defineMethod(engine, proto, "getTime", getTime, 0);
  defineMethod(engine, proto, "getTimezoneOffset", getTimezoneOffset, 0);
  defineMethod(engine, proto, "getUTCDate", dateGetter<Field::Date, true>, 0);
  defineMethod(engine, proto, "getUTCDay", dateGetter<Field::Day, true>, 0);
  defineMethod(engine, proto, "getUTCFullYear", dateGetter<Field::Year, true>, 0);
  defineMethod(engine, proto, "getUTCHours", dateGetter<Field::Hours, true>, 0);
  defineMethod(engine, proto, "getUTCMilliseconds", dateGetter<Field::Milliseconds, true>, 0);
  defineMethod(engine, proto, "getUTCMinutes", dateGetter<Field::Minutes, true>, 0);
  defineMethod(engine, proto, "getUTCMonth", dateGetter<Field::Month, true>, 0);
  defineMethod(engine, proto, "getUTCSeconds", dateGetter<Field::Seconds, true>, 0);
  defineMethod(engine, proto, "getYear", getYear, 0);
}

void installSetters(Engine& engine, CellId proto) {
  defineMethod(engine, proto, "setDate", dateSetter<Field::Date, false>, 1);
  defineMethod(engine, proto, "setFullYear", dateSetter<Field::Year, false>, 3);
  defineMethod(engine, proto, "setHours", dateSetter<Field::Hours, false>, 4);
  defineMethod(engine, proto, "setMilliseconds", dateSetter<Field::Milliseconds, false>, 1);
  defineMethod(engine, proto, "setMinutes", dateSetter<Field::Minutes, false>, 3);
  defineMethod(engine, proto, "setMonth", dateSetter<Field::Month, false>, 2);
  defineMethod(engine, proto, "setSeconds", dateSetter<Field::Seconds, false>, 2);
  defineMethod(engine, proto, "setTime", setTime, 1);
  defineMethod(engine, proto, "setUTCDate", dateSetter<Field::Date, true>, 1);
  defineMethod(engine, proto, "setUTCFullYear", dateSetter<Field::Year, true>, 3);
  defineMethod(engine, proto, "setUTCHours", dateSetter<Field::Hours, true>, 4);
  defineMethod(engine, proto, "setUTCMilliseconds", dateSetter<Field::Milliseconds, true>, 1);
  defineMethod(engine, proto, "setUTCMinutes", dateSetter<Field::Minutes, true>, 3);
  defineMethod(engine, proto, "setUTCMonth", dateSetter<Field::Month, true>, 2);
  defineMethod(engine, proto, "setUTCSeconds", dateSetter<Field::Seconds, true>, 2);
  defineMethod(engine, proto, "setYear", setYear, 1);
}

void installStringMethods(Engine& engine, CellId proto) {
  defineMethod(engine, proto, "toDateString", localStringMethod<date::LocalParts::Date>, 0);
  defineMethod(engine, proto, "toISOString", toIsoString, 0);
  defineMethod(engine, proto, "toJSON", toJson, 1);
  defineMethod(engine, proto, "toLocaleDateString", toLocaleStringMethod<DateComponents::Date>, 0);
  defineMethod(engine, proto, "toLocaleString", toLocaleStringMethod<DateComponents::Any>, 0);
  defineMethod(engine, proto, "toLocaleTimeString", toLocaleStringMethod<DateComponents::Time>, 0);
  defineMethod(engine, proto, "toString", localStringMethod<date::LocalParts::DateAndTime>, 0);
  defineMethod(engine, proto, "toTimeString", localStringMethod<date::LocalParts::Time>, 0);
  Value utc = defineMethod(engine, proto, "toUTCString", toUtcString, 0);
  // Annex B: toGMTString is the very same function.
  defineValue(engine, proto, "toGMTString", utc);
  defineMethod(engine, proto, "valueOf", valueOf, 0);
  Value toPrimitiveFunction = engine.newNativeFunction(toPrimitiveMethod, "[Symbol.toPrimitive]", 1);
  ops::defineOwnProperty(engine, proto, PropertyKey::fromAtom(engine.realm().symbols.toPrimitive),
                         PropertyDescriptor::data(toPrimitiveFunction, kConfigurable), false);
}

}  // namespace

void installDateBuiltins(Engine& engine) {
  CellId proto = engine.intrinsic(Intrinsic::DatePrototype);
  Value constructor = defineConstructor(engine, "Date", dateConstructor, 7, proto);
  defineClockFunction(engine, constructor);
  defineClockFunction(engine, defineMethod(engine, constructor.asCell(), "now", dateNow, 0));
  defineMethod(engine, constructor.asCell(), "parse", dateParse, 1);
  defineMethod(engine, constructor.asCell(), "UTC", dateUtc, 7);
  installGetters(engine, proto);
  installSetters(engine, proto);
  installStringMethods(engine, proto);
}

}  // namespace reachable
