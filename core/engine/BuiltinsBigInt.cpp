// BigInt, its statics and BigInt.prototype (ECMA-262 §21.2).
#include "engine/BigInts.h"
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "format/NumberFormatting.h"

namespace reachable {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;

Value bigintConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  if (call.isConstruct()) return engine.throwError(ErrorType::TypeError, "BigInt is not a constructor");
  Value primitive = TRY(toPrimitive(engine, call.arg(0), PreferredType::Number));
  if (primitive.isNumber()) return numberToBigInt(engine, primitive.asNumber());
  return toBigInt(engine, primitive);
}

// ToIndex, with V8's message for what is out of range.
std::optional<std::uint64_t> toIndex(Engine& engine, Value v) {
  double index = toIntegerOrInfinity(engine, v);
  if (engine.hasPendingException()) return std::nullopt;
  if (index < 0 || index > kMaxSafeInteger) {
    engine.throwError(ErrorType::RangeError, "Invalid value: not (convertible to) a safe integer");
    return std::nullopt;
  }
  return static_cast<std::uint64_t>(index);
}

Value asIntNMethod(NativeCall& call) {
  Engine& engine = call.engine;
  auto bits = toIndex(engine, call.arg(0));
  if (!bits) return Value::exception();
  Value big = TRY(toBigInt(engine, call.arg(1)));
  const mpz_class& value = bigintValue(engine, big);
  // Already within N signed bits: unchanged (and no 2^N to compute for a huge N).
  if (*bits > bigintBitLength(value)) return big;
  return newBigInt(engine, bigintAsIntN(value, *bits));
}

Value asUintNMethod(NativeCall& call) {
  Engine& engine = call.engine;
  auto bits = toIndex(engine, call.arg(0));
  if (!bits) return Value::exception();
  Value big = TRY(toBigInt(engine, call.arg(1)));
  const mpz_class& value = bigintValue(engine, big);
  if (value >= 0 && *bits >= bigintBitLength(value)) return big;
  // A negative number modulo 2^N has N bits: too many past the limit.
  if (*bits > kMaxBigIntBits) return engine.throwError(ErrorType::RangeError, "Maximum BigInt size exceeded");
  return newBigInt(engine, bigintAsUintN(value, *bits));
}

// thisBigIntValue: a BigInt, or the BigInt a BigInt object wraps.
Value thisBigInt(NativeCall& call, std::string_view method) {
  auto value = primitiveValue(call.engine, call.thisValue);
  if (value && value->isBigInt()) return *value;
  return call.engine.throwError(ErrorType::TypeError,
                                "BigInt.prototype." + std::string(method) + " requires that 'this' be a BigInt");
}

Value bigintToStringMethod(NativeCall& call) {
  Engine& engine = call.engine;
  Value big = TRY(thisBigInt(call, "toString"));
  const std::optional<int> radix = toStringRadix(engine, call.arg(0));
  if (!radix) return Value::exception();
  return engine.newString(bigintToString(bigintValue(engine, big), *radix));
}

Value bigintToLocaleString(NativeCall& call) {
  Value big = TRY(thisBigInt(call, "toLocaleString"));
  const mpz_class& value = bigintValue(call.engine, big);
  std::string digits = bigintToString(abs(value));
  return call.engine.newString((value < 0 ? "-" : "") + groupThousands(digits));
}

Value bigintValueOf(NativeCall& call) { return thisBigInt(call, "valueOf"); }

}  // namespace

void installBigIntBuiltins(Engine& engine) {
  CellId prototype = engine.intrinsic(Intrinsic::BigIntPrototype);
  Value bigint = defineConstructor(engine, "BigInt", bigintConstructor, 1, prototype);
  defineMethod(engine, bigint.asCell(), "asIntN", asIntNMethod, 2);
  defineMethod(engine, bigint.asCell(), "asUintN", asUintNMethod, 2);
  defineMethod(engine, prototype, "toLocaleString", bigintToLocaleString, 0);
  defineMethod(engine, prototype, "toString", bigintToStringMethod, 0);
  defineMethod(engine, prototype, "valueOf", bigintValueOf, 0);
  ops::defineOwnProperty(engine, prototype, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("BigInt"), kConfigurable), false);
}

}  // namespace reachable
