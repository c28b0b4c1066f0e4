#pragma once

#include "parse/ParseError.h"

#include <string>
#include <vector>

namespace reachable {

// Thrown after an error has been recorded, to unwind out of the recursive
// descent to the statement where the parser can resynchronise. It never
// leaves the parser's public API.
struct ParseFailure {};

class Diagnostics {
 public:
  [[noreturn]] void fail(ErrorKind kind, std::string message, SourcePosition pos) {
    errors_.push_back({kind, std::move(message), pos});
    throw ParseFailure{};
  }
  [[noreturn]] void syntaxError(std::string message, SourcePosition pos) {
    fail(ErrorKind::SyntaxError, std::move(message), pos);
  }
  [[noreturn]] void unsupported(std::string message, SourcePosition pos) {
    fail(ErrorKind::Unsupported, std::move(message), pos);
  }

  std::vector<ParseError>& errors() { return errors_; }

 private:
  std::vector<ParseError> errors_;
};

}  // namespace reachable
