#include "parse/ParseError.h"

namespace reachable {

std::string describe(const ParseError& error) {
  switch (error.kind) {
    case ErrorKind::SyntaxError: return "SyntaxError: " + error.message;
    case ErrorKind::RangeError: return "RangeError: " + error.message;
    case ErrorKind::Unsupported: break;
  }
  return error.message;
}

}  // namespace reachable
