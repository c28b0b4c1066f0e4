#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/Engine.h"
#include "heap/AsyncFrameCell.h"
#include "heap/PromiseCell.h"
#include "heap/WeakCells.h"
#include "scenario/Scenario.h"
#include "timeline/HeapState.h"

namespace reachable {

// Turns live cells and values into what the view shows: an object's card, a value
// in words. Only objects the program made are objects of the view; built-ins are
// named in words instead.
class ViewBuilder {
 public:
  explicit ViewBuilder(Engine& engine, std::span<const ObjectLabel> labels = {});

  // The program's objects (the heap's ProgramObjects) are the view's.
  bool isViewObject(const HeapCell& cell) const { return engine_.heap().programObjects().contains(cell); }
  bool isViewObject(Value v) const { return v.isCell() && isViewObject(engine_.heap().get(v.asCell())); }

  ValueView value(Value v) const;
  std::string title(const HeapCell& cell) const;
  // The card of a cell for which isViewObject holds.
  ObjectView object(const HeapCell& cell) const;
  // The card of an array, Map or Set whose elements (entries) before `first` did not
  // change, with the rows from theirs on only; nullopt for any other cell (whose rows
  // are not its elements in order). `rows.front()` is row `*firstRow`.
  std::optional<ObjectView> objectFromElement(const HeapCell& cell, std::uint32_t first,
                                              std::uint32_t& firstRow) const;
  // Whether a cell's elements (an array's) or entries (a Map's or Set's) are rows of
  // its card, in order: what objectFromElement and elementRows need.
  static bool hasElementRows(const HeapCell& cell) {
    return cell.kind == CellKind::Array || cell.kind == CellKind::Map || cell.kind == CellKind::Set;
  }
  // The rows of elements (entries) [from, to) alone, of a cell for which
  // hasElementRows holds; where the first of them is among its rows.
  std::uint32_t elementRows(const HeapCell& cell, std::uint32_t from, std::uint32_t to,
                            std::vector<Row>& rows) const;

  // The function whose scope a context is, by the layout the compiler gave it.
  void nameContexts(const FunctionCode& code);
  // What a suspended async frame is running, and where.
  SuspendedFrame suspended(const AsyncFrame& frame) const;

 private:
  std::string edgeLabel(const HeapCell& cell, const EdgeName& edge) const;
  // Rows for elements (entries) [from, to), `to` past the end meaning all.
  void addElements(const JSObject& o, std::uint32_t from, std::uint32_t to, std::vector<Row>& rows) const;
  std::string_view iteratorTitle(const JSObject& o) const;
  void addIteratorState(const JSObject& o, std::vector<Row>& rows) const;
  void addProperties(const JSObject& o, std::vector<Row>& rows) const;
  void addEntries(const HeapCell& cell, std::uint32_t from, std::uint32_t to, std::vector<Row>& rows) const;
  ObjectView header(const HeapCell& cell) const;
  void addRowsAfterEntries(const HeapCell& cell, std::vector<Row>& rows) const;
  void addContextSlots(const Context& context, std::vector<Row>& rows) const;
  void addRegistryCells(const FinalizationRegistryObject& registry, std::vector<Row>& rows) const;
  void addPromise(const PromiseObject& promise, std::vector<Row>& rows) const;
  void addInternal(const HeapCell& cell, std::vector<Row>& rows) const;
  std::string constructorName(const JSObject& o) const;
  std::string functionTitle(const JSFunction& fn) const;
  // A function's name as a title shows it: its start, and "…" when there is more (a
  // chain of binds names a function "bound bound … f", as long as the chain).
  std::string nameStart(Value name) const;
  std::string foreign(const HeapCell& cell) const;

  Engine& engine_;
  std::unordered_map<const std::vector<std::string>*, std::string> contextOwners_;
  std::vector<ObjectLabel> labels_;
};

// A name for a function as the call stack shows it.
std::string functionDisplayName(const FunctionCode& code);

}  // namespace reachable
