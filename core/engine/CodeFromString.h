#pragma once

#include <string_view>

#include "engine/Bytecode.h"
#include "engine/Engine.h"
#include "parse/Parser.h"

namespace reachable {

// What new Function and eval share: code compiled from a string at run time.

// Code from a string has no place in the program's text: each of its statements
// counts as the call that compiled it, at `site`, and what it allocates has no site
// of its own.
void placeAtCaller(FunctionCode& code, SourcePosition site);

// Throws the error a failed parse of such code is: a SyntaxError or RangeError with
// the parser's (V8's) message. A construct the engine does not support ends the run
// instead, naming `what` was given the code ("new Function", "eval").
Value throwCodeParseError(Engine& engine, const ParseError& error, std::string_view what);

}  // namespace reachable
