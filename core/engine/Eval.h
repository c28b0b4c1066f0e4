#pragma once

#include "engine/Engine.h"

namespace reachable {

// The global `eval` (ECMA-262 PerformEval). A string is parsed as a script and its
// result is the completion value of its statements; anything but a string is
// returned as it is.
//
// Called indirectly (`(0, eval)(src)`, `globalThis.eval(src)`), the code runs in the
// global scope with `this` the global object: its top-level `var`s and functions
// become properties of the global object (unless it says "use strict"), its let,
// const and class stay in its own scope.
//
// V8 runs such code in sloppy mode; this engine has only strict mode, so the code
// is strict here (`with`, octal literals and assignments to undeclared names are
// errors), except that its functions get sloppy mode's `this`, as new Function's do.
void installEval(Engine& engine);

// A direct call `eval(src)` from code whose innermost scope is `context`: the code
// reads and writes the caller's variables, its `this`, `arguments` and `new.target`
// are the caller's, and (the caller being strict code) its own declarations, `var`s
// too, stay inside it. Scope analysis put every variable the code could name into a
// context (ScopeAnalysis::ScopeInfo::seenByEval).
Value directEval(Engine& engine, Value source, CellId context);

}  // namespace reachable
