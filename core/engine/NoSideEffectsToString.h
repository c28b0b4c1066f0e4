#pragma once

#include <string>

#include "engine/Engine.h"

namespace reachable {

// A value as V8 writes it where no JavaScript may run (its Object::NoSideEffectsToString):
// the reason of an unhandled rejection, what a DataCloneError names. A string as it is,
// a function as its source, an error as "Name: message", an object that inherits
// Object.prototype.toString as "#<Constructor>", any other object as "[object Tag]".
// Only data properties are read: no getter, no proxy trap and no toString runs.
std::string noSideEffectsToString(Engine& engine, Value v);

}  // namespace reachable
