// Number's statics and prototype, Boolean.prototype, and the global functions that
// convert numbers (ECMA-262 §21.1, §20.3, §19.2), with performance.now and alert.
#include <chrono>
#include <cmath>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/EventLoop.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "format/Int32Conversion.h"
#include "format/NumberFormatting.h"
#include "format/NumberToString.h"
#include "format/ParseInt.h"
#include "format/RadixToString.h"
#include "format/StringToNumber.h"

namespace reachable {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;

bool isIntegral(double d) { return std::isfinite(d) && std::trunc(d) == d; }

// --- Number statics: no conversion, a non-number is simply false ---

Value numberIsInteger(NativeCall& call) {
  Value v = call.arg(0);
  return Value::boolean(v.isNumber() && isIntegral(v.asNumber()));
}

Value numberIsSafeInteger(NativeCall& call) {
  Value v = call.arg(0);
  return Value::boolean(v.isNumber() && isIntegral(v.asNumber()) && std::fabs(v.asNumber()) <= kMaxSafeInteger);
}

Value numberIsFinite(NativeCall& call) {
  Value v = call.arg(0);
  return Value::boolean(v.isNumber() && std::isfinite(v.asNumber()));
}

Value numberIsNaN(NativeCall& call) {
  Value v = call.arg(0);
  return Value::boolean(v.isNumber() && std::isnan(v.asNumber()));
}

// --- Globals ---

Value globalParseInt(NativeCall& call) {
  Engine& engine = call.engine;
  Value s = TRY(toString(engine, call.arg(0)));
  double radix = toNumber(engine, call.arg(1));
  if (engine.hasPendingException()) return Value::exception();
  return Value::number(parseInt(engine.heap().text(s), toInt32(radix)));
}

Value globalIsFinite(NativeCall& call) {
  double d = toNumber(call.engine, call.arg(0));
  if (call.engine.hasPendingException()) return Value::exception();
  return Value::boolean(std::isfinite(d));
}

// --- Number.prototype ---

// thisNumberValue: a number, or the number a Number object wraps.
std::optional<double> thisNumber(NativeCall& call, std::string_view method) {
  auto value = primitiveValue(call.engine, call.thisValue);
  if (value && value->isNumber()) return value->asNumber();
  call.engine.throwError(ErrorType::TypeError,
                         "Number.prototype." + std::string(method) + " requires that 'this' be a Number");
  return std::nullopt;
}

Value numberToStringMethod(NativeCall& call) {
  Engine& engine = call.engine;
  auto x = thisNumber(call, "toString");
  if (!x) return Value::exception();
  const std::optional<int> radix = toStringRadix(engine, call.arg(0));
  if (!radix) return Value::exception();
  if (*radix == 10) return engine.newString(numberToString(*x));
  return engine.newString(numberToRadixString(*x, *radix));
}

Value numberToLocaleString(NativeCall& call) {
  auto x = thisNumber(call, "toLocaleString");
  if (!x) return Value::exception();
  // en-US grouping of the integer part; the fraction rounds to three digits.
  double value = *x;
  if (!std::isfinite(value)) return call.engine.newString(value != value ? "NaN" : value > 0 ? "∞" : "-∞");
  std::string text = numberToFixed(std::fabs(value), 3);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  auto point = text.find('.');
  std::string integer = text.substr(0, point), fraction = point == std::string::npos ? "" : text.substr(point);
  bool negative = std::signbit(value);
  return call.engine.newString((negative ? "-" : "") + groupThousands(integer) + fraction);
}

Value numberToFixedMethod(NativeCall& call) {
  Engine& engine = call.engine;
  auto x = thisNumber(call, "toFixed");
  if (!x) return Value::exception();
  double digits = toIntegerOrInfinity(engine, call.arg(0));
  if (engine.hasPendingException()) return Value::exception();
  if (digits < 0 || digits > kMaxFractionDigits) {
    return engine.throwError(ErrorType::RangeError, "toFixed() digits argument must be between 0 and 100");
  }
  return engine.newString(numberToFixed(*x, static_cast<int>(digits)));
}

Value numberToExponentialMethod(NativeCall& call) {
  Engine& engine = call.engine;
  auto x = thisNumber(call, "toExponential");
  if (!x) return Value::exception();
  double digits = toIntegerOrInfinity(engine, call.arg(0));
  if (engine.hasPendingException()) return Value::exception();
  if (!std::isfinite(*x)) return engine.newString(numberToString(*x));
  if (digits < 0 || digits > kMaxFractionDigits) {
    return engine.throwError(ErrorType::RangeError, "toExponential() argument must be between 0 and 100");
  }
  std::optional<int> fraction;
  if (!call.arg(0).isUndefined()) fraction = static_cast<int>(digits);
  return engine.newString(numberToExponential(*x, fraction));
}

Value numberToPrecisionMethod(NativeCall& call) {
  Engine& engine = call.engine;
  auto x = thisNumber(call, "toPrecision");
  if (!x) return Value::exception();
  if (call.arg(0).isUndefined()) return engine.newString(numberToString(*x));
  double precision = toIntegerOrInfinity(engine, call.arg(0));
  if (engine.hasPendingException()) return Value::exception();
  if (!std::isfinite(*x)) return engine.newString(numberToString(*x));
  if (precision < kMinPrecision || precision > kMaxPrecision) {
    return engine.throwError(ErrorType::RangeError, "toPrecision() argument must be between 1 and 100");
  }
  return engine.newString(numberToPrecision(*x, static_cast<int>(precision)));
}

Value numberValueOf(NativeCall& call) {
  auto x = thisNumber(call, "valueOf");
  if (!x) return Value::exception();
  return Value::number(*x);
}

// --- Boolean.prototype ---

template <bool kToString>
Value booleanMethod(NativeCall& call) {
  Engine& engine = call.engine;
  auto value = primitiveValue(engine, call.thisValue);
  if (!value || !value->isBoolean()) {
    return engine.throwError(ErrorType::TypeError, std::string("Boolean.prototype.") +
                                                       (kToString ? "toString" : "valueOf") +
                                                       " requires that 'this' be a Boolean");
  }
  if (!kToString) return *value;
  return value->asBoolean() ? engine.atoms().true_ : engine.atoms().false_;
}

// --- performance and alert ---

}  // namespace

double steadyMilliseconds() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

namespace {

// Real milliseconds since the engine installed its built-ins; the start time is the
// function's host slot.
// The virtual clock plus the real time spent running: a program can time its own
// gc(), and still sees a 100 ms timer take 100 ms (nobody waited for it).
Value performanceNow(NativeCall& call) {
  const auto& fn = call.engine.heap().as<JSFunction>(call.callee);
  return Value::number(call.engine.eventLoop().now() + steadyMilliseconds() - fn.hostSlots[0].asNumber());
}

// The browser's dialog shows String(value); here it goes to standard output.
Value globalAlert(NativeCall& call) {
  Engine& engine = call.engine;
  Value v = call.arg(0);
  std::string text;
  if (v.isSymbol()) {
    text = toDisplayString(engine, v);
  } else if (!call.args.empty()) {
    Value s = TRY(toString(engine, v));
    text = stringText(engine, s);
  }
  engine.console().write(ConsoleSink::Stream::Out, text);
  return Value::undefined();
}

CellId constructorOf(Engine& engine, Intrinsic prototype) {
  return ops::get(engine, Value::object(engine.intrinsic(prototype)), PropertyKey::fromAtom(engine.atoms().constructor))
      .asCell();
}

}  // namespace

void installNumberBuiltins(Engine& engine) {
  CellId global = engine.intrinsic(Intrinsic::GlobalObject);
  CellId number = constructorOf(engine, Intrinsic::NumberPrototype);
  defineValue(engine, number, "MAX_SAFE_INTEGER", Value::number(kMaxSafeInteger), 0);
  defineValue(engine, number, "MIN_SAFE_INTEGER", Value::number(-kMaxSafeInteger), 0);
  defineValue(engine, number, "EPSILON", Value::number(std::ldexp(1.0, -52)), 0);
  defineValue(engine, number, "MAX_VALUE", Value::number(1.7976931348623157e308), 0);
  defineValue(engine, number, "MIN_VALUE", Value::number(5e-324), 0);
  defineValue(engine, number, "POSITIVE_INFINITY", Value::number(INFINITY), 0);
  defineValue(engine, number, "NEGATIVE_INFINITY", Value::number(-INFINITY), 0);
  defineValue(engine, number, "NaN", Value::number(std::nan("")), 0);
  defineMethod(engine, number, "isFinite", numberIsFinite, 1);
  defineMethod(engine, number, "isInteger", numberIsInteger, 1);
  defineMethod(engine, number, "isNaN", numberIsNaN, 1);
  defineMethod(engine, number, "isSafeInteger", numberIsSafeInteger, 1);
  // Number.parseFloat and Number.parseInt are the global functions themselves.
  Value parseFloatFn = ops::get(engine, Value::object(global), PropertyKey::fromAtom(engine.intern("parseFloat")));
  defineValue(engine, number, "parseFloat", parseFloatFn);
  Value parseIntFn = defineMethod(engine, global, "parseInt", globalParseInt, 2);
  defineValue(engine, number, "parseInt", parseIntFn);
  defineMethod(engine, global, "isFinite", globalIsFinite, 1);

  CellId prototype = engine.intrinsic(Intrinsic::NumberPrototype);
  defineMethod(engine, prototype, "toExponential", numberToExponentialMethod, 1);
  defineMethod(engine, prototype, "toFixed", numberToFixedMethod, 1);
  defineMethod(engine, prototype, "toPrecision", numberToPrecisionMethod, 1);
  defineMethod(engine, prototype, "toString", numberToStringMethod, 1);
  defineMethod(engine, prototype, "toLocaleString", numberToLocaleString, 0);
  defineMethod(engine, prototype, "valueOf", numberValueOf, 0);

  CellId boolean = engine.intrinsic(Intrinsic::BooleanPrototype);
  defineMethod(engine, boolean, "toString", booleanMethod<true>, 0);
  defineMethod(engine, boolean, "valueOf", booleanMethod<false>, 0);

  Value performance = engine.newObject();
  Value now = defineMethod(engine, performance.asCell(), "now", performanceNow, 0);
  engine.heap().as<JSFunction>(now).hostSlots = {Value::number(steadyMilliseconds())};
  defineValue(engine, global, "performance", performance);
  defineMethod(engine, global, "alert", globalAlert, 0);
}

}  // namespace reachable
