#pragma once

#include <span>

#include "engine/Bytecode.h"
#include "engine/Engine.h"

namespace reachable {

// The binary and unary operators of ECMA-262 §13, with their coercions. Each returns
// Value::exception() when a conversion threw.
Value addValues(Engine& engine, Value a, Value b);
Value arithmetic(Engine& engine, Op op, Value a, Value b);
// -x, ~x, +x, and the steps of ++ and -- (Op::Neg, BitNot, ToNumber, ToNumeric, Inc,
// Dec) on a value of any type.
Value unaryArithmetic(Engine& engine, Op op, Value v);
// The same operators on two numbers, which need no conversion and cannot throw.
Value numberArithmetic(Op op, double x, double y);
Value compareValues(Engine& engine, Op op, Value a, Value b);
Value instanceOf(Engine& engine, Value v, Value target);
// ECMA-262 OrdinaryHasInstance(C, O): O's prototype chain against C.prototype, a bound
// function asking its target.
Value ordinaryHasInstance(Engine& engine, Value constructor, Value v);
Value inOperator(Engine& engine, Value key, Value target);
Value concatStrings(Engine& engine, Value a, Value b);
// The strings of `parts` joined in one allocation (a template literal's pieces).
Value concatStrings(Engine& engine, std::span<const Value> parts);

}  // namespace reachable
