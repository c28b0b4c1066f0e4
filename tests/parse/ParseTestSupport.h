#pragma once

#include "parse/AstPrinter.h"
#include "parse/Parser.h"

#include <string>
#include <string_view>

namespace reachable::test {

// The module's tree without the (module ...) wrapper, or the first error as
// "L:C message" (message as describe() gives it).
inline std::string parseToText(std::string_view source, ParseGoal goal = ParseGoal::Module,
                               AstPrintOptions options = {}) {
  const ParseResult result = parseProgram(source, goal);
  if (!result.ok()) {
    const ParseError& error = result.errors.front();
    return std::to_string(error.pos.line) + ":" + std::to_string(error.pos.column) + " " + describe(error);
  }
  std::string text = printAst(result.program, options);
  const size_t space = text.find(' ');
  return space == std::string::npos ? "" : text.substr(space + 1, text.size() - space - 2);
}

}  // namespace reachable::test
