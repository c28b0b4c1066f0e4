#include "engine/BigInts.h"

#include <cmath>
#include <cstdint>

#include "engine/Conversions.h"
#include "format/JsWhitespace.h"
#include "format/NumberToString.h"
#include "heap/Primitives.h"

namespace reachable {

namespace {

Value tooBig(Engine& engine) { return engine.throwError(ErrorType::RangeError, "Maximum BigInt size exceeded"); }

// Whether |base| ** exponent would pass V8's limit, judged by its logarithm before
// GMP spends the time and memory to compute it.
bool powerTooBig(const mpz_class& base, const mpz_class& exponent) {
  if (exponent > kMaxBigIntBits) return true;
  long exponentOfTwo = 0;
  double mantissa = mpz_get_d_2exp(&exponentOfTwo, base.get_mpz_t());
  double log2Base = static_cast<double>(exponentOfTwo) + std::log2(std::fabs(mantissa));
  return log2Base * exponent.get_d() >= static_cast<double>(kMaxBigIntBits);
}

Value power(Engine& engine, const mpz_class& base, const mpz_class& exponent) {
  // V8 words this one so; Node 20 prints it as it is.
  if (exponent < 0) return engine.throwError(ErrorType::RangeError, "undefined must be positive");
  if (base == 0 || base == 1) return newBigInt(engine, exponent == 0 ? mpz_class(1) : base);
  if (base == -1) return newBigInt(engine, mpz_class(mpz_odd_p(exponent.get_mpz_t()) ? -1 : 1));
  if (powerTooBig(base, exponent)) return tooBig(engine);
  mpz_class result;
  mpz_pow_ui(result.get_mpz_t(), base.get_mpz_t(), exponent.get_ui());
  return newBigInt(engine, std::move(result));
}

// a << shift for a shift of either sign; a right shift rounds towards -infinity, as
// two's complement's arithmetic shift does.
Value shiftLeft(Engine& engine, const mpz_class& a, const mpz_class& shift) {
  mpz_class result;
  if (shift >= 0) {
    if (a == 0) return newBigInt(engine, a);
    if (shift > kMaxBigIntBits) return tooBig(engine);
    if (bigintBitLength(a) + shift.get_ui() > kMaxBigIntBits) return tooBig(engine);
    mpz_mul_2exp(result.get_mpz_t(), a.get_mpz_t(), shift.get_ui());
  } else {
    mpz_class distance = -shift;
    if (distance > bigintBitLength(a)) return newBigInt(engine, mpz_class(a < 0 ? -1 : 0));
    mpz_fdiv_q_2exp(result.get_mpz_t(), a.get_mpz_t(), distance.get_ui());
  }
  return newBigInt(engine, std::move(result));
}

Value divide(Engine& engine, Op op, const mpz_class& x, const mpz_class& y) {
  if (y == 0) return engine.throwError(ErrorType::RangeError, "Division by zero");
  mpz_class result;
  // Both truncate: the quotient towards zero, the remainder with the dividend's sign.
  if (op == Op::Div) {
    mpz_tdiv_q(result.get_mpz_t(), x.get_mpz_t(), y.get_mpz_t());
  } else {
    mpz_tdiv_r(result.get_mpz_t(), x.get_mpz_t(), y.get_mpz_t());
  }
  return newBigInt(engine, std::move(result));
}

int digitValue(char16_t c) {
  if (c >= u'0' && c <= u'9') return c - u'0';
  if (c >= u'a' && c <= u'z') return c - u'a' + 10;
  if (c >= u'A' && c <= u'Z') return c - u'A' + 10;
  return 99;
}

// Digits of one radix, nothing else, at least one.
std::optional<mpz_class> parseDigits(std::u16string_view digits, int radix) {
  if (digits.empty()) return std::nullopt;
  std::string ascii;
  ascii.reserve(digits.size());
  for (char16_t c : digits) {
    if (digitValue(c) >= radix) return std::nullopt;
    ascii.push_back(static_cast<char>(c));
  }
  return mpz_class(ascii, radix);
}

int prefixRadix(std::u16string_view text) {
  if (text.size() < 2 || text[0] != u'0') return 10;
  switch (text[1]) {
    case u'x':
    case u'X': return 16;
    case u'o':
    case u'O': return 8;
    case u'b':
    case u'B': return 2;
    default: return 10;
  }
}

}  // namespace

std::size_t bigintBitLength(const mpz_class& v) { return v == 0 ? 0 : mpz_sizeinbase(v.get_mpz_t(), 2); }

const mpz_class& bigintValue(const Engine& engine, Value bigint) { return engine.heap().as<BigIntCell>(bigint).value; }

Value newBigInt(Engine& engine, mpz_class value) {
  if (bigintBitLength(value) > kMaxBigIntBits) return tooBig(engine);
  return engine.heap().newBigInt(std::move(value));
}

Value bigintArithmetic(Engine& engine, Op op, Value a, Value b) {
  const mpz_class& x = bigintValue(engine, a);
  const mpz_class& y = bigintValue(engine, b);
  switch (op) {
    case Op::Add: return newBigInt(engine, x + y);
    case Op::Sub: return newBigInt(engine, x - y);
    case Op::Mul:
      if (bigintBitLength(x) + bigintBitLength(y) > kMaxBigIntBits + 1) return tooBig(engine);
      return newBigInt(engine, x * y);
    case Op::Div:
    case Op::Mod: return divide(engine, op, x, y);
    case Op::Exp: return power(engine, x, y);
    // GMP's logical operations act as on two's complement numbers, as JavaScript's do.
    case Op::BitAnd: return newBigInt(engine, x & y);
    case Op::BitOr: return newBigInt(engine, x | y);
    case Op::BitXor: return newBigInt(engine, x ^ y);
    case Op::Shl: return shiftLeft(engine, x, y);
    case Op::Sar: return shiftLeft(engine, x, -y);
    default: return engine.throwError(ErrorType::TypeError, "BigInts have no unsigned right shift, use >> instead");
  }
}

Value bigintUnary(Engine& engine, Op op, Value v) {
  const mpz_class& x = bigintValue(engine, v);
  switch (op) {
    case Op::Neg: return newBigInt(engine, -x);
    case Op::BitNot: return newBigInt(engine, ~x);
    case Op::Inc: return newBigInt(engine, x + 1);
    case Op::Dec: return newBigInt(engine, x - 1);
    default: return v;
  }
}

std::optional<mpz_class> stringToBigInt(std::u16string_view text) {
  std::size_t start = skipJsWhitespace(text);
  std::size_t end = text.size();
  while (end > start && isJsWhitespace(text[end - 1])) --end;
  std::u16string_view body = text.substr(start, end - start);
  if (body.empty()) return mpz_class(0);
  if (int radix = prefixRadix(body); radix != 10) return parseDigits(body.substr(2), radix);
  bool negative = body[0] == u'-';
  if (negative || body[0] == u'+') body.remove_prefix(1);
  auto value = parseDigits(body, 10);
  if (value && negative) *value = -*value;
  return value;
}

mpz_class bigintFromLiteral(std::u16string_view digits) {
  int radix = prefixRadix(digits);
  // The lexer has checked the digits: a literal always has some, of its radix.
  return *parseDigits(radix == 10 ? digits : digits.substr(2), radix);
}

Value toBigInt(Engine& engine, Value v) {
  Value primitive = toPrimitive(engine, v, PreferredType::Number);
  if (primitive.isException() || primitive.isBigInt()) return primitive;
  if (primitive.isBoolean()) return engine.heap().newBigInt(mpz_class(primitive.asBoolean() ? 1 : 0));
  if (primitive.isString()) {
    auto value = stringToBigInt(engine.heap().text(primitive));
    if (!value) {
      return engine.throwError(ErrorType::SyntaxError, "Cannot convert " + stringText(engine, primitive) + " to a BigInt");
    }
    return newBigInt(engine, std::move(*value));
  }
  return engine.throwError(ErrorType::TypeError, "Cannot convert " + toDisplayString(engine, primitive) + " to a BigInt");
}

Value numberToBigInt(Engine& engine, double d) {
  if (!std::isfinite(d) || std::trunc(d) != d) {
    return engine.throwError(ErrorType::RangeError,
                             "The number " + numberToString(d) + " cannot be converted to a BigInt because it is not an integer");
  }
  return engine.heap().newBigInt(mpz_class(d));
}

double bigintToNumber(const mpz_class& value) {
  mpz_class magnitude = abs(value);
  std::size_t bits = bigintBitLength(magnitude);
  double result;
  if (bits <= 64) {
    // The conversion from 64 bits rounds to nearest, ties to even.
    result = static_cast<double>(static_cast<std::uint64_t>(mpz_getlimbn(magnitude.get_mpz_t(), 0)));
  } else {
    // The top 64 bits, the lowest of them made sticky when anything below was cut
    // off, round exactly as the whole number would.
    std::size_t shift = bits - 64;
    mpz_class top;
    mpz_fdiv_q_2exp(top.get_mpz_t(), magnitude.get_mpz_t(), shift);
    auto high = static_cast<std::uint64_t>(mpz_getlimbn(top.get_mpz_t(), 0));
    if (mpz_scan1(magnitude.get_mpz_t(), 0) < shift) high |= 1;
    result = std::ldexp(static_cast<double>(high), static_cast<int>(std::min<std::size_t>(shift, 4096)));
  }
  return value < 0 ? -result : result;
}

std::string bigintToString(const mpz_class& value, int radix) { return value.get_str(radix); }

std::string bigintLiteralText(const Engine& engine, Value bigint) {
  return bigintToString(bigintValue(engine, bigint)) + "n";
}

std::optional<int> compareBigIntToNumber(const mpz_class& big, double number) {
  if (std::isnan(number)) return std::nullopt;
  if (std::isinf(number)) return number > 0 ? -1 : 1;
  // mpz_cmp_d compares exactly, fractions included.
  int order = mpz_cmp_d(big.get_mpz_t(), number);
  return (order > 0) - (order < 0);
}

mpz_class bigintAsUintN(const mpz_class& value, std::uint64_t bits) {
  mpz_class result;
  mpz_fdiv_r_2exp(result.get_mpz_t(), value.get_mpz_t(), bits);
  return result;
}

mpz_class bigintAsIntN(const mpz_class& value, std::uint64_t bits) {
  if (bits == 0) return 0;
  mpz_class result = bigintAsUintN(value, bits);
  // The top bit of the N is the sign: from 2^(N-1) on, the number is negative.
  if (mpz_tstbit(result.get_mpz_t(), bits - 1)) {
    mpz_class modulus;
    mpz_ui_pow_ui(modulus.get_mpz_t(), 2, bits);
    result -= modulus;
  }
  return result;
}

}  // namespace reachable
