#pragma once

#include "text/SourcePosition.h"

#include <string>

namespace reachable {

enum class ErrorKind {
  SyntaxError,  // the program is not valid JavaScript
  RangeError,   // valid, but nested deeper than the parser allows
  Unsupported,  // valid JavaScript outside the subset Reachable runs
};

struct ParseError {
  ErrorKind kind = ErrorKind::SyntaxError;
  std::string message;
  SourcePosition pos;
};

// The message as a user reads it: "SyntaxError: ..." or, for a refusal, the
// bare "export declarations are not supported".
std::string describe(const ParseError& error);

}  // namespace reachable
