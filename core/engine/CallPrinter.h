#pragma once

#include <string>

#include "parse/Ast.h"

namespace reachable {

// How V8 names a callee in "x is not a function" (its CallPrinter): names and
// property chains as written (`o['a'].f` is "o.a.f"), `arr[0]`, a call's result as
// "f(...)", and anything else as "(intermediate value)".
std::string printCallee(const Node& node);

}  // namespace reachable
