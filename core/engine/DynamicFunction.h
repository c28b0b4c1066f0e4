#pragma once

#include <span>

#include "engine/Engine.h"

namespace reachable {

// The constructors that compile functions from strings: Function, GeneratorFunction
// and AsyncFunction.
enum class DynamicFunctionKind : std::uint8_t { Normal, Generator, Async, AsyncGenerator };

// CreateDynamicFunction: the source text V8 builds from the arguments,
// `function anonymous(a,b\n) {\nBODY\n}`, compiled as global code (it sees the
// global object's properties, not the module's bindings), in sloppy mode unless its
// body says "use strict". A SyntaxError with V8's
// message when the text is not one function.
Value createDynamicFunction(Engine& engine, std::span<const Value> args, DynamicFunctionKind kind);

}  // namespace reachable
