#include "CardText.h"

namespace reachable::view {

std::string withThousands(std::size_t count) {
  const std::string digits = std::to_string(count);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

// A function says where it was written, and a ghost stack where its objects were
// made: the line tells apart what the title alone does not. An object the engine
// made, shown on request, says so.
std::string cardTitle(const Card& card) {
  std::string title = card.title.empty() ? "Object" : card.title;
  if (card.pile > 1) title += " × " + withThousands(card.pile);
  if (card.site && (card.kind == CellKind::Function || card.pile > 1))
    title += " · line " + std::to_string(card.site->line);
  if (card.madeByEngine) title += " · engine";
  return title;
}

std::string rowName(const CardRow& row) {
  if (row.collapsed || row.toggle != RowToggle::None) return row.name;
  if (!row.keyText.empty()) return row.keyText + " →";
  if (row.keyTarget != kNoObject) return row.name.empty() ? "key →" : row.name;
  return row.name.empty() ? "entry" : row.name;
}

std::string rowValue(const CardRow& row) { return row.valueTarget == kNoObject ? row.valueText : std::string(); }

std::string variableValue(const RootVariable& variable) {
  if (variable.uninitialized) return "<uninitialized>";
  return variable.target == kNoObject ? variable.valueText : std::string();
}

}  // namespace reachable::view
