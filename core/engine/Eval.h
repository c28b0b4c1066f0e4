#pragma once

#include "engine/Engine.h"
#include "engine/EvalSite.h"

namespace reachable {

// The global `eval` (ECMA-262 PerformEval). A string is parsed as a script and its
// result is the completion value of its statements; anything but a string is
// returned as it is.
//
// Called indirectly (`(0, eval)(src)`, `globalThis.eval(src)`), the code runs in the
// global scope, in sloppy mode unless it says "use strict", with `this` the global
// object: its top-level `var`s and functions become properties of the global object
// (unless it is strict), its let, const and class stay in its own scope.
void installEval(Engine& engine);

// A direct call `eval(src)` from code whose innermost scope is `context`, called at
// `site`: the code reads and writes the caller's variables, its `this`, `arguments`,
// `new.target` and home object are the caller's, and it is strict when the caller
// is. Strict eval code keeps its own declarations, `var`s too, inside it; sloppy
// eval code called from the top level of sloppy eval code makes its `var`s globals,
// and from a function (whose variables were laid out when it was compiled) its
// `var`s are refused by name. Scope analysis put every variable the code could name
// into a context (ScopeAnalysis::ScopeInfo::seenByEval).
Value directEval(Engine& engine, Value source, CellId context, const DirectEvalSite& site);

}  // namespace reachable
