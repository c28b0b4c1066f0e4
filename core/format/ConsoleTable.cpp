#include "format/ConsoleTable.h"

#include <algorithm>

#include "format/StringWidth.h"

namespace reachable {
namespace {

std::string repeat(std::string_view text, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += text;
  return out;
}

std::string renderRow(const std::vector<std::string>& row, const std::vector<int>& widths) {
  std::string out = "│ ";
  for (std::size_t i = 0; i < row.size(); ++i) {
    const int needed = widths[i] - stringWidth(row[i]);
    out += row[i] + std::string(static_cast<std::size_t>(needed), ' ');
    if (i + 1 != row.size()) out += " │ ";
  }
  return out + " │";
}

std::string border(const std::vector<int>& widths, std::string_view left, std::string_view middle,
                   std::string_view right) {
  std::string out(left);
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (i > 0) out += middle;
    out += repeat("─", widths[i] + 2);
  }
  return out + std::string(right);
}

}  // namespace

std::string renderConsoleTable(const std::vector<std::string>& head,
                               const std::vector<std::vector<std::string>>& columns) {
  std::vector<int> widths;
  for (const auto& title : head) widths.push_back(stringWidth(title));
  std::size_t longest = 0;
  for (const auto& column : columns) longest = std::max(longest, column.size());
  std::vector<std::vector<std::string>> rows(longest, std::vector<std::string>(head.size()));
  for (std::size_t i = 0; i < head.size(); ++i) {
    for (std::size_t j = 0; j < longest; ++j) {
      rows[j][i] = j < columns[i].size() ? columns[i][j] : std::string();
      widths[i] = std::max(widths[i], stringWidth(rows[j][i]));
    }
  }
  std::string out = border(widths, "┌", "┬", "┐") + "\n" + renderRow(head, widths) + "\n" +
                    border(widths, "├", "┼", "┤") + "\n";
  for (const auto& row : rows) out += renderRow(row, widths) + "\n";
  return out + border(widths, "└", "┴", "┘");
}

}  // namespace reachable
