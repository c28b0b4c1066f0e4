#include "engine/Bytecode.h"

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
