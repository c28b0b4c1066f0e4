#pragma once

#include <cstdint>

#include "parse/Parser.h"

namespace reachable {

// What a direct eval's call site tells the eval, decided when the caller was
// compiled and carried in CallEval's operand: what the caller's context lets the
// code use (strictness, new.target, super; the parser's EvalContext), and whether
// the caller's `var`s are properties of the global object (the top level of sloppy
// eval code), where a sloppy eval's own `var`s go too.
struct DirectEvalSite {
  EvalContext context;
  bool globalVarScope = false;
};

std::uint32_t encodeEvalSite(const DirectEvalSite& site);
DirectEvalSite decodeEvalSite(std::uint32_t operand);

}  // namespace reachable
