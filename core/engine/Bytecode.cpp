#include "engine/Bytecode.h"

#include <algorithm>

namespace reachable {

int operandCount(Op op) {
  switch (op) {
#define REACHABLE_OPCODE_COUNT(name, operands) \
  case Op::name: return operands;
    REACHABLE_OPCODES(REACHABLE_OPCODE_COUNT)
#undef REACHABLE_OPCODE_COUNT
  }
  return 0;
}

bool mayAllocate(Op op) {
  switch (op) {
    case Op::NewObject:
    case Op::NewArray:
    case Op::MakeClosure:
    case Op::MakeClass:
    case Op::Call:
    case Op::CallSpread:
    case Op::New:
    case Op::NewSpread:
    case Op::SuperCall:
    case Op::SuperCallSpread:
    case Op::CreateArguments:
    case Op::CreateRest:
    case Op::GetTemplateObject:
    case Op::NewRegExp:
    case Op::CopyRestProperties:
    case Op::IteratorRest:
    case Op::GetIterator:
    case Op::GetAsyncIterator:
    case Op::AsyncIteratorNext:
    case Op::Await:
    case Op::Yield:
    case Op::YieldStar:
    case Op::AsyncDelegateCall:
    case Op::AsyncYieldStar: return true;
    default: return false;
  }
}

std::optional<SourcePosition> FunctionCode::allocationSiteEndingAt(std::size_t pc) const {
  // The last instruction with a site that begins before pc.
  auto after = std::lower_bound(allocationSites.begin(), allocationSites.end(), pc,
                                [](const AllocationSite& site, std::size_t p) { return site.pc < p; });
  if (after == allocationSites.begin()) return std::nullopt;
  const AllocationSite& site = *std::prev(after);
  const auto op = static_cast<Op>(code[site.pc]);
  if (site.pc + 1 + static_cast<std::size_t>(operandCount(op)) != pc) return std::nullopt;
  return site.position;
}

std::optional<SourcePosition> FunctionCode::errorPositionBefore(std::size_t pc) const {
  auto after = std::lower_bound(errorPositions.begin(), errorPositions.end(), pc,
                                [](const ErrorPosition& run, std::size_t p) { return run.pc < p; });
  if (after == errorPositions.begin()) return std::nullopt;
  const SourcePosition& position = std::prev(after)->position;
  if (position == kStatementPosition) return std::nullopt;
  return position;
}

std::string_view opName(Op op) {
  switch (op) {
#define REACHABLE_OPCODE_NAME(name, operands) \
  case Op::name: return #name;
    REACHABLE_OPCODES(REACHABLE_OPCODE_NAME)
#undef REACHABLE_OPCODE_NAME
  }
  return "?";
}

}  // namespace reachable

namespace reachable {

std::string disassemble(const FunctionCode& code) {
  std::string out = "function " + (code.name.empty() ? std::string("<anonymous>") : code.name) + " (locals " +
                    std::to_string(code.localCount) + ")\n";
  for (std::size_t pc = 0; pc < code.code.size();) {
    auto op = static_cast<Op>(code.code[pc]);
    out += "  " + std::to_string(pc) + ": " + std::string(opName(op));
    for (int i = 0; i < operandCount(op); ++i)
      out += " " + std::to_string(code.code[pc + 1 + static_cast<std::size_t>(i)]);
    out += "\n";
    pc += 1 + static_cast<std::size_t>(operandCount(op));
  }
  for (const auto& nested : code.functions) out += disassemble(*nested);
  return out;
}

}  // namespace reachable
