#include "engine/CodeFromString.h"

#include <string>

#include "engine/Interpreter.h"

namespace reachable {

void placeAtCaller(FunctionCode& code, SourcePosition site) {
  for (SourceRange& statement : code.statements) statement = {site, site};
  code.range = {site, site};
  code.allocationSites.clear();
  code.errorPositions.clear();
  code.placedAtCaller = true;
  for (auto& nested : code.functions) placeAtCaller(*nested, site);
}

Value throwCodeParseError(Engine& engine, const ParseError& error, std::string_view what) {
  switch (error.kind) {
    case ErrorKind::SyntaxError: return engine.throwError(ErrorType::SyntaxError, error.message);
    case ErrorKind::RangeError: return engine.throwError(ErrorType::RangeError, error.message);
    case ErrorKind::Unsupported: break;
  }
  engine.interpreter().terminate(describe(error) + " (in code given to " + std::string(what) + ")");
  return Value::exception();
}

}  // namespace reachable
