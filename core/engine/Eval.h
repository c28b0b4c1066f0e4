#pragma once

#include "engine/Engine.h"

namespace reachable {

// The global `eval`, called indirectly (`(0, eval)(src)`, `globalThis.eval(src)`):
// ECMA-262 PerformEval with the global scope. A string is parsed as a script and run
// with `this` the global object; its top-level `var`s and functions become
// properties of the global object (unless it says "use strict"), its let, const and
// class stay in its own scope,
// and the result is the completion value of its statements. Anything but a string
// is returned as it is.
//
// V8 runs such code in sloppy mode; this engine has only strict mode, so the code
// is strict here (`with`, octal literals and assignments to undeclared names are
// errors), except that its functions get sloppy mode's `this`, as new Function's do.
//
// A direct call `eval(src)` is refused before the program runs (LessonFile.cpp):
// its code would see the caller's variables, which the engine does not give it.
void installEval(Engine& engine);

}  // namespace reachable
