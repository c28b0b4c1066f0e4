// The Math object (ECMA-262 §21.3). Math.random is xorshift128+ seeded from
// EngineOptions::randomSeed, so a run can be replayed.
#include <bit>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <optional>
#include <vector>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/ObjectOps.h"
#include "format/Int32Conversion.h"

namespace reachable {

namespace {

// The numeric argument `i` after ToNumber; nullopt when the conversion threw.
std::optional<double> numberArg(NativeCall& call, std::size_t i) {
  double d = toNumber(call.engine, call.arg(i));
  if (call.engine.hasPendingException()) return std::nullopt;
  return d;
}

template <double (*kFn)(double)>
Value unary(NativeCall& call) {
  auto x = numberArg(call, 0);
  if (!x) return Value::exception();
  return Value::number(kFn(*x));
}

template <double (*kFn)(double, double)>
Value binary(NativeCall& call) {
  auto x = numberArg(call, 0);
  if (!x) return Value::exception();
  auto y = numberArg(call, 1);
  if (!y) return Value::exception();
  return Value::number(kFn(*x, *y));
}

double jsAbs(double x) { return std::fabs(x); }
double jsFloor(double x) { return std::floor(x); }
double jsCeil(double x) { return std::ceil(x); }
double jsTrunc(double x) { return std::trunc(x); }
double jsSqrt(double x) { return std::sqrt(x); }
// glibc's cbrt is off by one ulp on perfect cubes (cbrt(27) is 3.0000000000000004);
// one Newton step brings it to V8's (fdlibm's) correctly rounded result.
double jsCbrt(double x) {
  double r = std::cbrt(x);
  if (!std::isfinite(r) || r == 0) return r;
  return r - (r * r * r - x) / (3 * r * r);
}
double jsExp(double x) { return std::exp(x); }
double jsExpm1(double x) { return std::expm1(x); }
double jsLog(double x) { return std::log(x); }
double jsLog1p(double x) { return std::log1p(x); }
double jsLog2(double x) { return std::log2(x); }
double jsLog10(double x) { return std::log10(x); }
double jsSin(double x) { return std::sin(x); }
double jsCos(double x) { return std::cos(x); }
double jsTan(double x) { return std::tan(x); }
double jsAsin(double x) { return std::asin(x); }
double jsAcos(double x) { return std::acos(x); }
double jsAtan(double x) { return std::atan(x); }
double jsSinh(double x) { return std::sinh(x); }
double jsCosh(double x) { return std::cosh(x); }
double jsTanh(double x) { return std::tanh(x); }
double jsAsinh(double x) { return std::asinh(x); }
double jsAcosh(double x) { return std::acosh(x); }
double jsAtanh(double x) { return std::atanh(x); }
double jsFround(double x) { return static_cast<double>(static_cast<float>(x)); }
double jsAtan2(double y, double x) { return std::atan2(y, x); }

double jsSign(double x) {
  if (std::isnan(x) || x == 0) return x;
  return x > 0 ? 1 : -1;
}

// Rounds half up, keeping -0 for values in [-0.5, -0].
double jsRound(double x) {
  if (!std::isfinite(x) || std::trunc(x) == x) return x;
  if (x > 0 && x < 0.5) return 0.0;
  if (x < 0 && x >= -0.5) return -0.0;
  return std::floor(x + 0.5);
}

// Number::exponentiate: unlike C's pow, 1 ** Infinity and (-1) ** Infinity are NaN.
double jsPow(double x, double y) {
  if (std::isnan(y)) return std::nan("");
  if (std::isinf(y) && std::fabs(x) == 1) return std::nan("");
  return std::pow(x, y);
}

double jsClz32(double x) { return std::countl_zero(toUint32(x)); }

Value mathImul(NativeCall& call) {
  auto a = numberArg(call, 0);
  if (!a) return Value::exception();
  auto b = numberArg(call, 1);
  if (!b) return Value::exception();
  auto product = static_cast<std::uint32_t>(toUint32(*a) * toUint32(*b));
  return Value::number(static_cast<std::int32_t>(product));
}

// Math.max (kMax) and Math.min: every argument is converted, even after a NaN.
template <bool kMax>
Value mathExtreme(NativeCall& call) {
  double result = kMax ? -INFINITY : INFINITY;
  bool nan = false;
  for (std::size_t i = 0; i < call.args.size(); ++i) {
    auto x = numberArg(call, i);
    if (!x) return Value::exception();
    if (std::isnan(*x)) {
      nan = true;
    } else if (kMax ? (*x > result || (*x == 0 && result == 0 && !std::signbit(*x)))
                    : (*x < result || (*x == 0 && result == 0 && std::signbit(*x)))) {
      result = *x;
    }
  }
  return Value::number(nan ? std::nan("") : result);
}

Value mathHypot(NativeCall& call) {
  double sum = 0;
  bool infinite = false, nan = false;
  std::vector<double> values;
  for (std::size_t i = 0; i < call.args.size(); ++i) {
    auto x = numberArg(call, i);
    if (!x) return Value::exception();
    if (std::isinf(*x)) infinite = true;
    if (std::isnan(*x)) nan = true;
    values.push_back(std::fabs(*x));
  }
  if (infinite) return Value::number(INFINITY);
  if (nan) return Value::number(std::nan(""));
  double largest = 0;
  for (double v : values) largest = std::max(largest, v);
  if (largest == 0) return Value::number(0);
  // Scaled by the largest to avoid overflow, as V8 does.
  for (double v : values) sum += (v / largest) * (v / largest);
  return Value::number(std::sqrt(sum) * largest);
}

// --- Math.random: xorshift128+, its state in the function's host slots as four
// 32-bit halves (a Value holds a double exactly, not an arbitrary 64-bit word). ---

std::uint64_t splitMix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t readState(const std::vector<Value>& slots, std::size_t i) {
  return (static_cast<std::uint64_t>(slots[2 * i].asNumber()) << 32) |
         static_cast<std::uint64_t>(slots[2 * i + 1].asNumber());
}

void writeState(std::vector<Value>& slots, std::size_t i, std::uint64_t word) {
  slots[2 * i] = Value::number(static_cast<double>(word >> 32));
  slots[2 * i + 1] = Value::number(static_cast<double>(word & 0xFFFFFFFFULL));
}

Value mathRandom(NativeCall& call) {
  auto& slots = call.engine.heap().as<JSFunction>(call.callee).hostSlots;
  std::uint64_t s1 = readState(slots, 0);
  std::uint64_t s0 = readState(slots, 1);
  std::uint64_t result = s0 + s1;
  s1 ^= s1 << 23;
  s1 ^= s1 >> 17;
  s1 ^= s0;
  s1 ^= s0 >> 26;
  writeState(slots, 0, s0);
  writeState(slots, 1, s1);
  return Value::number(static_cast<double>(result >> 11) * 0x1.0p-53);
}

}  // namespace

void installMathBuiltins(Engine& engine) {
  Value math = engine.newObject();
  CellId m = math.asCell();
  struct Constant {
    std::string_view name;
    double value;
  };
  for (const auto& c : {Constant{"E", std::numbers::e}, Constant{"LN10", std::numbers::ln10},
                        Constant{"LN2", std::numbers::ln2}, Constant{"LOG10E", std::numbers::log10e},
                        Constant{"LOG2E", std::numbers::log2e}, Constant{"PI", std::numbers::pi},
                        Constant{"SQRT1_2", std::numbers::sqrt2 / 2}, Constant{"SQRT2", std::numbers::sqrt2}}) {
    defineValue(engine, m, c.name, Value::number(c.value), 0);
  }
  struct Function {
    std::string_view name;
    NativeFunction fn;
    std::uint32_t length;
  };
  const Function functions[] = {
      {"abs", unary<jsAbs>, 1},       {"acos", unary<jsAcos>, 1},     {"acosh", unary<jsAcosh>, 1},
      {"asin", unary<jsAsin>, 1},     {"asinh", unary<jsAsinh>, 1},   {"atan", unary<jsAtan>, 1},
      {"atanh", unary<jsAtanh>, 1},   {"atan2", binary<jsAtan2>, 2},  {"ceil", unary<jsCeil>, 1},
      {"cbrt", unary<jsCbrt>, 1},     {"expm1", unary<jsExpm1>, 1},   {"clz32", unary<jsClz32>, 1},
      {"cos", unary<jsCos>, 1},       {"cosh", unary<jsCosh>, 1},     {"exp", unary<jsExp>, 1},
      {"floor", unary<jsFloor>, 1},   {"fround", unary<jsFround>, 1}, {"hypot", mathHypot, 2},
      {"imul", mathImul, 2},          {"log", unary<jsLog>, 1},       {"log1p", unary<jsLog1p>, 1},
      {"log2", unary<jsLog2>, 1},     {"log10", unary<jsLog10>, 1},   {"max", mathExtreme<true>, 2},
      {"min", mathExtreme<false>, 2}, {"pow", binary<jsPow>, 2},      {"random", mathRandom, 0},
      {"round", unary<jsRound>, 1},   {"sign", unary<jsSign>, 1},     {"sin", unary<jsSin>, 1},
      {"sinh", unary<jsSinh>, 1},     {"sqrt", unary<jsSqrt>, 1},     {"tan", unary<jsTan>, 1},
      {"tanh", unary<jsTanh>, 1},     {"trunc", unary<jsTrunc>, 1},
  };
  for (const auto& f : functions) {
    Value fn = defineMethod(engine, m, f.name, f.fn, f.length);
    if (f.fn == mathRandom) {
      auto& slots = engine.heap().as<JSFunction>(fn).hostSlots;
      slots.assign(4, Value::number(0));
      std::uint64_t seed = engine.options().randomSeed;
      writeState(slots, 0, splitMix64(seed));
      writeState(slots, 1, splitMix64(seed));
    }
  }
  ops::defineOwnProperty(engine, m, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("Math"), kConfigurable), false);
  defineValue(engine, engine.intrinsic(Intrinsic::GlobalObject), "Math", math);
}

}  // namespace reachable
