#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "timeline/HeapState.h"

namespace reachable {

// How each change a step record holds alters a state: the one place that says it,
// for the replay of a record (StateCodec::apply) and for the recorder's own copy of
// the state, which takes each change as it is made, without reading it back.
namespace edit {

void putObject(HeapState& state, ObjectView&& object);
void setHeader(HeapState& state, ObjectId id, std::string&& title, std::uint32_t bytes);
// `rows[k]` becomes row `changed[k]` of a card that now has `rowCount` rows.
void patchRows(HeapState& state, ObjectId id, std::size_t rowCount, std::span<const std::uint32_t> changed,
               std::span<Row> rows);
// Rows [at, at + removed) of an array's elements leave, `inserted` (moved from) take
// their place, and the element rows after them, of the first `elements` rows, are
// named by their new indices.
void spliceRows(HeapState& state, ObjectId id, std::size_t at, std::size_t removed, std::size_t elements,
                std::span<Row> inserted);
// `ids` ascending.
void removeObjects(HeapState& state, std::span<const ObjectId> ids);
void putScope(HeapState& state, std::size_t index, RootScope&& scope);
// A variable's name stays; its value and flags change.
void setVariable(HeapState& state, std::size_t scope, std::size_t index, const Variable& variable);
void putFrame(HeapState& state, std::size_t index, FrameView&& frame);

}  // namespace edit

}  // namespace reachable
