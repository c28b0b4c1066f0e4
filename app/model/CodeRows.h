#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace reachable {

// One screen row of a program line: the code panel wraps a line too long for it
// rather than cut it at the edge, which a class at the back of the room cannot scroll.
struct CodeRow {
  std::string_view text;
  std::size_t indent = 0;  // columns left blank before it: a continuation is indented
};

// `line` in rows of at most `columns` characters (a monospaced font: one column
// each), broken after a space, a comma or an opening parenthesis where one falls past
// the row's first quarter, otherwise anywhere; continuations are indented two columns past the line's own indentation.
std::vector<CodeRow> wrapCodeLine(std::string_view line, std::size_t columns);

}  // namespace reachable
