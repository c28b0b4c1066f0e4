#pragma once

#include <string>
#include <vector>

#include "TextMeasure.h"
#include "timeline/HeapState.h"

namespace reachable::view::testing {

// Every character the same width: layouts become easy to reason about.
struct FixedWidthMeasure : TextMeasure {
  float width(std::string_view text, bool mono) const override {
    return static_cast<float>(text.size()) * (mono ? 8.0f : 7.0f);
  }
  float lineHeight() const override { return 16; }
};

inline ValueView ref(ObjectId id) { return {"Object", id}; }
inline ValueView text(std::string value) { return {std::move(value), kNoObject}; }

inline Row row(std::string name, ValueView value, Strength strength = Strength::Strong) {
  Row r;
  r.name = std::move(name);
  r.value = std::move(value);
  r.valueStrength = strength;
  return r;
}

inline Row internalRow(std::string name, ValueView value, Strength strength = Strength::Strong) {
  Row r = row(std::move(name), std::move(value), strength);
  r.internal = true;
  return r;
}

// A state built by hand: a global scope and objects, added in id order.
class StateBuilder {
 public:
  StateBuilder() { state_.scopes.push_back({RootScopeKind::Global, "<global>", -1, {}}); }

  StateBuilder& variable(std::string name, ValueView value) {
    state_.scopes[0].variables.push_back({std::move(name), std::move(value), false, false});
    return *this;
  }
  // An engine temporary: a root, but not shown.
  StateBuilder& hiddenVariable(ValueView value) {
    state_.scopes[0].variables.push_back({"", std::move(value), false, true});
    return *this;
  }
  StateBuilder& object(ObjectId id, std::vector<Row> rows, CellKind kind = CellKind::Object,
                       std::string title = "Object", std::string label = "") {
    ObjectView object;
    object.id = id;
    object.kind = kind;
    object.title = std::move(title);
    object.label = std::move(label);
    object.rows = std::move(rows);
    state_.objects.push_back(std::move(object));
    return *this;
  }
  // The last object added: made by the engine on the program's behalf.
  StateBuilder& madeByEngine() {
    state_.objects.back().madeByEngine = true;
    return *this;
  }
  // The last object added: allocated at this line and column.
  StateBuilder& at(std::uint32_t line, std::uint32_t column = 1) {
    state_.objects.back().site = SourcePosition{line, column, 0};
    return *this;
  }
  HeapState& state() { return state_; }
  HeapState build() const { return state_; }

 private:
  HeapState state_;
};

}  // namespace reachable::view::testing
