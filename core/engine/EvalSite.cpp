#include "engine/EvalSite.h"

namespace reachable {

namespace {

constexpr std::uint32_t kStrict = 1;
constexpr std::uint32_t kInFunction = 2;
constexpr std::uint32_t kInMethod = 4;
constexpr std::uint32_t kInDerivedConstructor = 8;
constexpr std::uint32_t kInClassFieldInitializer = 16;
constexpr std::uint32_t kGlobalVarScope = 32;

}  // namespace

std::uint32_t encodeEvalSite(const DirectEvalSite& site) {
  const EvalContext& c = site.context;
  std::uint32_t bits = 0;
  if (c.strict) bits |= kStrict;
  if (c.inFunction) bits |= kInFunction;
  if (c.inMethod) bits |= kInMethod;
  if (c.inDerivedConstructor) bits |= kInDerivedConstructor;
  if (c.inClassFieldInitializer) bits |= kInClassFieldInitializer;
  if (site.globalVarScope) bits |= kGlobalVarScope;
  return bits;
}

DirectEvalSite decodeEvalSite(std::uint32_t operand) {
  DirectEvalSite site;
  site.context.strict = operand & kStrict;
  site.context.inFunction = operand & kInFunction;
  site.context.inMethod = operand & kInMethod;
  site.context.inDerivedConstructor = operand & kInDerivedConstructor;
  site.context.inClassFieldInitializer = operand & kInClassFieldInitializer;
  site.globalVarScope = operand & kGlobalVarScope;
  return site;
}

}  // namespace reachable
