#include "CodeRows.h"

#include <algorithm>

namespace reachable {
namespace {

bool startsCharacter(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

// The byte offset `count` characters into `text`, or its size.
std::size_t advance(std::string_view text, std::size_t count) {
  std::size_t at = 0;
  for (std::size_t seen = 0; at < text.size(); ++at) {
    if (!startsCharacter(text[at])) continue;
    if (seen++ == count) return at;
  }
  return text.size();
}

// Where a row of at most `columns` characters from the start of `rest` ends.
std::size_t rowEnd(std::string_view rest, std::size_t columns) {
  const std::size_t hardEnd = advance(rest, columns);
  if (hardEnd == rest.size()) return hardEnd;
  const std::size_t after = rest.substr(0, hardEnd + 1).find_last_of(" ,(");
  return after != std::string_view::npos && after + 1 > hardEnd / 4 ? after + 1 : hardEnd;
}

}  // namespace

std::vector<CodeRow> wrapCodeLine(std::string_view line, std::size_t columns) {
  columns = std::max<std::size_t>(columns, 8);
  const std::size_t leading = std::min(line.find_first_not_of(' '), line.size());
  const std::size_t indent = std::min(leading + 2, columns / 2);
  std::vector<CodeRow> rows;
  std::string_view rest = line;
  do {
    const std::size_t room = rows.empty() ? columns : columns - indent;
    const std::size_t end = rowEnd(rest, room);
    rows.push_back({rest.substr(0, end), rows.empty() ? 0 : indent});
    rest.remove_prefix(end);
  } while (!rest.empty());
  return rows;
}

}  // namespace reachable
