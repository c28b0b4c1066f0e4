#include "lesson/ObjectLabels.h"

namespace reachable {

const std::string* labelFor(std::span<const ObjectLabel> labels, const SourcePosition& where) {
  const std::string* lineLabel = nullptr;
  for (const ObjectLabel& label : labels) {
    if (label.line != where.line) continue;
    if (label.column == where.column) return &label.label;
    if (!label.column && !lineLabel) lineLabel = &label.label;
  }
  return lineLabel;
}

const std::string* objectLabel(const Engine& engine, std::span<const ObjectLabel> labels, CellId id) {
  const Heap& heap = engine.heap();
  if (const std::string* own = heap.label(id)) return own;
  const HeapCell* cell = heap.find(id);
  if (!cell) return nullptr;
  const auto where = engine.allocationSite(*cell);
  return where ? labelFor(labels, *where) : nullptr;
}

}  // namespace reachable
