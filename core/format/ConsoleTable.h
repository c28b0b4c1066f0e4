#pragma once

#include <string>
#include <vector>

namespace reachable {

// Node 20's console.table drawing (lib/internal/cli_table.js): a header row and
// columns of cells already formatted, boxed with line-drawing characters, each cell
// left-aligned in its column (Node 18 centred them, so parity programs, which both must
// print alike, leave console.table out), widths measured as a terminal shows them. A
// column shorter than the longest leaves its cells empty.
std::string renderConsoleTable(const std::vector<std::string>& head,
                               const std::vector<std::vector<std::string>>& columns);

}  // namespace reachable
