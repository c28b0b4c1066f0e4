#include "timeline/StateEdits.h"

#include <algorithm>
#include <charconv>
#include <iterator>

namespace reachable::edit {

namespace {

auto findById(std::vector<ObjectView>& objects, ObjectId id) {
  return std::lower_bound(objects.begin(), objects.end(), id,
                          [](const ObjectView& object, ObjectId key) { return object.id < key; });
}

}  // namespace

void putObject(HeapState& state, ObjectView&& object) {
  state.bytes += object.bytes;
  // New objects have the highest ids: most land at the end.
  auto it = !state.objects.empty() && state.objects.back().id < object.id ? state.objects.end()
                                                                           : findById(state.objects, object.id);
  if (it != state.objects.end() && it->id == object.id) {
    state.bytes -= it->bytes;
    *it = std::move(object);
  } else {
    state.objects.insert(it, std::move(object));
  }
}

void setHeader(HeapState& state, ObjectId id, std::string&& title, std::uint32_t bytes) {
  auto it = findById(state.objects, id);
  it->title = std::move(title);
  state.bytes -= it->bytes;
  it->bytes = bytes;
  state.bytes += bytes;
}

void patchRows(HeapState& state, ObjectId id, std::size_t rowCount, std::span<const std::uint32_t> changed,
               std::span<Row> rows) {
  auto it = findById(state.objects, id);
  it->rows.resize(rowCount);
  for (std::size_t k = 0; k < changed.size(); ++k) it->rows[changed[k]] = std::move(rows[k]);
}

void spliceRows(HeapState& state, ObjectId id, std::size_t at, std::size_t removed, std::size_t elements,
                std::span<Row> inserted) {
  auto& rows = findById(state.objects, id)->rows;
  const auto first = rows.begin() + static_cast<std::ptrdiff_t>(at);
  const auto place = rows.erase(first, first + static_cast<std::ptrdiff_t>(removed));
  rows.insert(place, std::make_move_iterator(inserted.begin()), std::make_move_iterator(inserted.end()));
  char digits[24];
  for (std::size_t i = at + inserted.size(); i < std::min(elements, rows.size()); ++i) {
    rows[i].name.assign(digits, std::to_chars(digits, digits + sizeof digits, i).ptr);
  }
}

void removeObjects(HeapState& state, std::span<const ObjectId> ids) {
  std::erase_if(state.objects, [&](const ObjectView& o) {
    bool gone = std::binary_search(ids.begin(), ids.end(), o.id);
    if (gone) state.bytes -= o.bytes;
    return gone;
  });
}

void putScope(HeapState& state, std::size_t index, RootScope&& scope) {
  if (index >= state.scopes.size()) state.scopes.resize(index + 1);
  state.scopes[index] = std::move(scope);
}

void setVariable(HeapState& state, std::size_t scope, std::size_t index, const Variable& variable) {
  Variable& v = state.scopes[scope].variables[index];
  v.uninitialized = variable.uninitialized;
  v.hidden = variable.hidden;
  v.value = variable.value;
}

void putFrame(HeapState& state, std::size_t index, FrameView&& frame) {
  if (index >= state.frames.size()) state.frames.resize(index + 1);
  state.frames[index] = std::move(frame);
}

}  // namespace reachable::edit
