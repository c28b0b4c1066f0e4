#pragma once

#include <cstddef>
#include <string>

#include "ViewGraph.h"

namespace reachable::view {

// The words of a card and of a root, as drawn and as measured: one place decides them
// so that the layout and the drawing agree.
// "Object", "Map(2)", "ƒ f · line 3", "Object × 37 · line 4", "ƒ resolve · line 7 · engine"
std::string cardTitle(const Card& card);
std::string rowName(const CardRow& row);                  // "name", "\"k\" ⇒", "… 3 more"
std::string rowValue(const CardRow& row);                 // "\"John\"", "42"; empty for a reference
std::string variableValue(const RootVariable& variable);  // "null", "<uninitialized>"; empty for a reference
std::string withThousands(std::size_t count);             // "9,989"

}  // namespace reachable::view
