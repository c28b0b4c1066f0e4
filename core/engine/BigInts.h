#pragma once

#include <gmpxx.h>

#include <optional>
#include <string>
#include <string_view>

#include "engine/Bytecode.h"
#include "engine/Engine.h"

namespace reachable {

// BigInt values (ECMA-262 §6.1.6.2): their arithmetic, conversions and comparisons.
// The digits and the arithmetic are GMP's; what is here is JavaScript's rules around
// them. Functions returning a Value return Value::exception() with the error pending
// when they threw.

// V8's limit on a BigInt's size, in bits: past it, "Maximum BigInt size exceeded".
inline constexpr std::size_t kMaxBigIntBits = std::size_t{1} << 30;

const mpz_class& bigintValue(const Engine& engine, Value bigint);
// The bits of |value|: 0 for 0n.
std::size_t bigintBitLength(const mpz_class& value);
// A new BigInt, or V8's RangeError when it would pass kMaxBigIntBits.
Value newBigInt(Engine& engine, mpz_class value);

// `a op b` for two BigInts: + - * / % ** & | ^ << >> (and >>>, which throws).
Value bigintArithmetic(Engine& engine, Op op, Value a, Value b);
// -x, ~x, x + 1n and x - 1n (Op::Neg, BitNot, Inc, Dec).
Value bigintUnary(Engine& engine, Op op, Value x);

// StringToBigInt: the whole text (white space around it allowed) as a decimal
// integer with an optional sign, or a 0x/0o/0b integer without one; empty is 0n.
std::optional<mpz_class> stringToBigInt(std::u16string_view text);
// A BigInt literal's digits, with their radix prefix ("0x1f").
mpz_class bigintFromLiteral(std::u16string_view digits);
// ToBigInt: booleans, BigInts and strings convert; numbers and the rest throw.
Value toBigInt(Engine& engine, Value v);
// NumberToBigInt: an integral number exactly, or V8's RangeError.
Value numberToBigInt(Engine& engine, double d);
// The Number nearest to a BigInt (ties to even), as Number(big) gives it.
double bigintToNumber(const mpz_class& value);
// The digits in a radix from 2 to 36, lower case, with a minus sign when negative.
std::string bigintToString(const mpz_class& value, int radix = 10);

// A BigInt as util.inspect and the heap view write it: "123n".
std::string bigintLiteralText(const Engine& engine, Value bigint);

// The order of a BigInt and a number: -1, 0 or 1, nullopt when the number is NaN.
std::optional<int> compareBigIntToNumber(const mpz_class& big, double number);

// BigInt.asIntN / asUintN: the value modulo 2^bits, as a signed or unsigned integer.
mpz_class bigintAsIntN(const mpz_class& value, std::uint64_t bits);
mpz_class bigintAsUintN(const mpz_class& value, std::uint64_t bits);

}  // namespace reachable
