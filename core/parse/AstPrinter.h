#pragma once

#include "parse/Ast.h"

#include <string>

namespace reachable {

struct AstPrintOptions {
  bool scopes = false;  // list each scope's declarations, e.g. [let:x var:y]
};

// The tree as a compact S-expression on one line, for tests and for
// `reachable-cli check --ast`: `(module (let (= x 1)) (expr (call f x)))`.
std::string printAst(const Node* node, AstPrintOptions options = {});

// A JavaScript number as Number.prototype.toString writes it (1e+21, 0.1; -0 as 0).
std::string formatNumber(double value);

}  // namespace reachable
