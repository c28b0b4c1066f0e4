#pragma once

#include "engine/Engine.h"

namespace reachable {

// The Array methods that make a new array (map, filter, slice, splice, concat, flat,
// flatMap) make it with the receiver's constructor[Symbol.species] (ECMA-262
// ArraySpeciesCreate), and Array.from and Array.of with `this`: a subclass of Array
// gets its own class back. The built-ins collect their result in a plain array of the
// engine's as before; when another constructor is asked for, the result is moved into
// what that constructor makes.

// ArraySpeciesCreate's choice of constructor for `original`: undefined for a plain
// Array, else the constructor to use; Value::exception() when a getter threw or the
// species is not a constructor.
Value arraySpeciesConstructor(Engine& engine, Value original);

// The constructor Array.from and Array.of use: undefined for Array itself or a
// receiver that is no constructor, else the receiver.
Value arrayFactoryConstructor(Engine& engine, Value receiver);

// new constructor(...constructArguments), given the elements of `plainResult` (holes
// skipped) by CreateDataPropertyOrThrow, then `length` set to `length` when
// `setLength`. With an undefined constructor, `plainResult` itself.
Value moveIntoConstructed(Engine& engine, Value constructor, Value plainResult, std::span<const Value> constructArguments,
                          bool setLength, double length);

}  // namespace reachable
