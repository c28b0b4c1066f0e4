#include "engine/Operators.h"

#include <cmath>

#include "engine/BigInts.h"
#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "format/Int32Conversion.h"

namespace reachable {

// V8's ConsString::kMinLength: shorter results are copied at once.
constexpr std::size_t kShortestConcatenation = 13;

Value concatStrings(Engine& engine, Value a, Value b) {
  Heap& heap = engine.heap();
  const std::size_t length = heap.length(a) + heap.length(b);
  if (length > engine.options().maxStringLength) {
    return engine.throwError(ErrorType::RangeError, "Invalid string length");
  }
  if (heap.length(b) == 0) return a;
  if (heap.length(a) == 0) return b;
  if (length >= kShortestConcatenation) return heap.newConcatenation(a, b);
  const auto& left = heap.text(a);
  const auto& right = heap.text(b);
  std::u16string joined;
  joined.reserve(left.size() + right.size());
  joined += left;
  joined += right;
  return engine.newString(std::move(joined));
}

Value concatStrings(Engine& engine, std::span<const Value> parts) {
  Heap& heap = engine.heap();
  std::size_t length = 0;
  for (Value part : parts) length += heap.length(part);
  if (length > engine.options().maxStringLength) return engine.throwError(ErrorType::RangeError, "Invalid string length");
  while (parts.size() > 1 && heap.length(parts.front()) == 0) parts = parts.subspan(1);  // a template's empty head
  // A template that appends to a string (`${s}, ${item}`) joins the rest to it as `+`
  // would, so that building a string in a loop stays linear. (Each such split at least
  // halves what is left, so this recursion stays shallow.)
  if (parts.size() > 1 && length >= kShortestConcatenation && 2 * heap.length(parts.front()) >= length) {
    Value rest = concatStrings(engine, parts.subspan(1));
    return rest.isException() ? rest : concatStrings(engine, parts.front(), rest);
  }
  std::u16string joined;
  joined.reserve(length);
  for (Value part : parts) joined += heap.text(part);
  return engine.newString(std::move(joined));
}

Value addValues(Engine& engine, Value a, Value b) {
  if (a.isNumber() && b.isNumber()) return Value::number(a.asNumber() + b.asNumber());
  Value pa = TRY(toPrimitive(engine, a));
  Value pb = TRY(toPrimitive(engine, b));
  if (pa.isString() || pb.isString()) {
    Value sa = TRY(toString(engine, pa));
    Value sb = TRY(toString(engine, pb));
    return concatStrings(engine, sa, sb);
  }
  return arithmetic(engine, Op::Add, pa, pb);
}

namespace {

double exponent(double base, double power) {
  // ECMA-262 Number::exponentiate differs from C's pow for these.
  if (std::isnan(power)) return std::nan("");
  if ((base == 1 || base == -1) && std::isinf(power)) return std::nan("");
  return std::pow(base, power);
}

double remainder(double n, double d) {
  // Small integers, the common case, without fmod: the result has the dividend's
  // sign, and a zero result of a negative dividend is -0.
  if (n >= -2147483648.0 && n <= 2147483647.0 && d >= 1 && d <= 2147483647.0) {
    auto a = static_cast<std::int32_t>(n), b = static_cast<std::int32_t>(d);
    if (a == n && b == d) {
      std::int32_t r = a % b;
      return r == 0 && std::signbit(n) ? -0.0 : r;
    }
  }
  if (std::isnan(n) || std::isnan(d) || std::isinf(n) || d == 0) return std::nan("");
  if (std::isinf(d) || n == 0) return n;
  return std::fmod(n, d);
}

}  // namespace

Value arithmetic(Engine& engine, Op op, Value a, Value b) {
  Value x = TRY(toNumeric(engine, a));
  Value y = TRY(toNumeric(engine, b));
  if (x.isNumber() && y.isNumber()) {
    return op == Op::Add ? Value::number(x.asNumber() + y.asNumber()) : numberArithmetic(op, x.asNumber(), y.asNumber());
  }
  if (!x.isBigInt() || !y.isBigInt()) {
    return engine.throwError(ErrorType::TypeError, "Cannot mix BigInt and other types, use explicit conversions");
  }
  return bigintArithmetic(engine, op, x, y);
}

Value unaryArithmetic(Engine& engine, Op op, Value v) {
  Value x = TRY(op == Op::ToNumber ? Value::number(toNumber(engine, v)) : toNumeric(engine, v));
  if (engine.hasPendingException()) return Value::exception();
  if (x.isBigInt()) return bigintUnary(engine, op, x);
  double d = x.asNumber();
  switch (op) {
    case Op::Neg: return Value::number(-d);
    case Op::BitNot: return Value::number(~toInt32(d));
    case Op::Inc: return Value::number(d + 1);
    case Op::Dec: return Value::number(d - 1);
    default: return x;
  }
}

Value numberArithmetic(Op op, double x, double y) {
  switch (op) {
    case Op::Sub: return Value::number(x - y);
    case Op::Mul: return Value::number(x * y);
    case Op::Div: return Value::number(x / y);
    case Op::Mod: return Value::number(remainder(x, y));
    case Op::Exp: return Value::number(exponent(x, y));
    case Op::BitAnd: return Value::number(toInt32(x) & toInt32(y));
    case Op::BitOr: return Value::number(toInt32(x) | toInt32(y));
    case Op::BitXor: return Value::number(toInt32(x) ^ toInt32(y));
    case Op::Shl: return Value::number(static_cast<std::int32_t>(toUint32(x) << (toUint32(y) & 31)));
    case Op::Sar: return Value::number(toInt32(x) >> (toUint32(y) & 31));
    case Op::Shr: return Value::number(toUint32(x) >> (toUint32(y) & 31));
    default: return Value::number(std::nan(""));
  }
}

namespace {

// IsLessThan's steps past two strings: the order of x and y as -1, 0 or 1, or nullopt
// when it is undefined; a string facing a BigInt is read as a BigInt.
std::optional<int> compareNumericOrString(Engine& engine, Value x, Value y) {
  if (x.isBigInt() && y.isString()) {
    auto order = compareNumericOrString(engine, y, x);
    if (!order) return std::nullopt;
    return -*order;
  }
  if (x.isString() && y.isBigInt()) {
    auto n = stringToBigInt(engine.heap().text(x));
    if (!n) return std::nullopt;
    int order = cmp(*n, bigintValue(engine, y));
    return (order > 0) - (order < 0);
  }
  Value nx = toNumeric(engine, x);
  if (nx.isException()) return std::nullopt;
  Value ny = toNumeric(engine, y);
  if (ny.isException()) return std::nullopt;
  if (nx.isBigInt() && ny.isBigInt()) {
    int order = cmp(bigintValue(engine, nx), bigintValue(engine, ny));
    return (order > 0) - (order < 0);
  }
  if (nx.isBigInt()) return compareBigIntToNumber(bigintValue(engine, nx), ny.asNumber());
  if (ny.isBigInt()) {
    auto order = compareBigIntToNumber(bigintValue(engine, ny), nx.asNumber());
    if (!order) return std::nullopt;
    return -*order;
  }
  double dx = nx.asNumber(), dy = ny.asNumber();
  if (std::isnan(dx) || std::isnan(dy)) return std::nullopt;
  return (dx > dy) - (dx < dy);
}

}  // namespace

Value compareValues(Engine& engine, Op op, Value a, Value b) {
  bool leftFirst = op == Op::Lt || op == Op::Ge;
  // a > b is b < a; a <= b is !(b < a); a >= b is !(a < b). Operands still convert
  // left to right.
  Value pa = TRY(toPrimitive(engine, a, PreferredType::Number));
  Value pb = TRY(toPrimitive(engine, b, PreferredType::Number));
  Value x = leftFirst ? pa : pb;
  Value y = leftFirst ? pb : pa;
  bool negate = op == Op::Le || op == Op::Ge;
  if (x.isString() && y.isString()) {
    bool less = engine.heap().text(x) < engine.heap().text(y);
    return Value::boolean(negate ? !less : less);
  }
  auto order = compareNumericOrString(engine, x, y);
  if (engine.hasPendingException()) return Value::exception();
  // An undefined order (NaN, a string that is no BigInt) is false either way.
  if (!order) return Value::boolean(false);
  bool less = *order < 0;
  return Value::boolean(negate ? !less : less);
}

Value instanceOf(Engine& engine, Value v, Value target) {
  if (!target.isObject()) {
    return engine.throwError(
        ErrorType::TypeError,
        "Right-hand side of 'instanceof' is not " + std::string(engine.isCallable(target) ? "callable" : "an object"));
  }
  Value hasInstance = TRY(ops::get(engine, target, PropertyKey::fromAtom(engine.realm().symbols.hasInstance)));
  const bool ordinary = hasInstance.isObject() && hasInstance.asCell() == engine.intrinsic(Intrinsic::FunctionHasInstance);
  if (!hasInstance.isNullish() && !ordinary) {
    Value args[] = {v};
    Value result = TRY(engine.call(hasInstance, target, args));
    return Value::boolean(toBoolean(engine, result));
  }
  if (!engine.isCallable(target)) {
    return engine.throwError(ErrorType::TypeError, "Right-hand side of 'instanceof' is not callable");
  }
  return ordinaryHasInstance(engine, target, v);
}

Value ordinaryHasInstance(Engine& engine, Value target, Value v) {
  if (!engine.isCallable(target)) return Value::boolean(false);
  // A bound function answers for its target (with the target's own instanceof).
  if (engine.heap().get(target.asCell()).kind == CellKind::Function) {
    const auto& fn = engine.heap().as<JSFunction>(target);
    if (isBoundFunction(fn)) return instanceOf(engine, v, fn.hostSlots[0]);
  }
  if (!v.isObject()) return Value::boolean(false);
  Value prototype = TRY(ops::get(engine, target, PropertyKey::fromAtom(engine.atoms().prototype)));
  if (!prototype.isObject()) {
    return engine.throwError(ErrorType::TypeError, "Function has non-object prototype '" +
                                                       toDisplayString(engine, prototype) + "' in instanceof check");
  }
  for (Value o = v;;) {
    o = TRY(ops::getPrototypeOf(engine, o.asCell()));
    if (o.isNull()) return Value::boolean(false);
    if (o == prototype) return Value::boolean(true);
  }
}

Value inOperator(Engine& engine, Value key, Value target) {
  if (!target.isObject()) {
    return engine.throwError(ErrorType::TypeError, "Cannot use 'in' operator to search for '" +
                                                       toDisplayString(engine, key) + "' in " +
                                                       toDisplayString(engine, target));
  }
  auto k = ops::toPropertyKey(engine, key);
  if (!k) return Value::exception();
  bool found = ops::hasProperty(engine, target.asCell(), *k);
  if (engine.hasPendingException()) return Value::exception();
  return Value::boolean(found);
}

}  // namespace reachable
