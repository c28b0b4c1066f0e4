#include "timeline/ViewBuilder.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/BigInts.h"
#include "engine/Builtins.h"
#include "engine/Bytecode.h"
#include "engine/DateStrings.h"
#include "format/NumberToString.h"
#include "heap/EdgeDescription.h"
#include "heap/Tracing.h"
#include "lesson/ObjectLabels.h"
#include "text/Utf16.h"
#include "timeline/FunctionExcerpt.h"

namespace reachable {

namespace {

// Long strings are cut so that a row stays one line on a card.

// A string as a card shows it: its start, quoted, and "…" when there is more.
std::string quoted(std::u16string_view start, std::size_t length) {
  std::string out = "\"";
  for (char c : toUtf8(start)) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  if (length > start.size()) out += "…";
  return out + "\"";
}

// Links a learner need not see to follow the lesson (they still keep objects
// alive): prototypes, a method's home object, a built-in's captured values, the
// bookkeeping of promises and parked frames.
bool isPlumbing(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::Prototype:
    case EdgeKind::HomeObject:
    case EdgeKind::HostSlot:
    case EdgeKind::ReactionFulfilled:
    case EdgeKind::ReactionRejected:
    case EdgeKind::ReactionDerived:
    case EdgeKind::AsyncPromise:
    case EdgeKind::FrameGenerator:
    case EdgeKind::FrameFunction: return true;
    default: return false;
  }
}

}  // namespace

std::string functionDisplayName(const FunctionCode& code) {
  if (code.kind == FunctionCode::Kind::Module) return "<module>";
  return code.name.empty() ? "(anonymous)" : code.name;
}

namespace {

// What a card calls a function of the program: its name, or when it has none the
// start of its source.
std::string ownName(const FunctionCode& code) {
  if (code.kind == FunctionCode::Kind::Module || !code.name.empty()) return functionDisplayName(code);
  return functionExcerpt(code.sourceText);
}

}  // namespace

ViewBuilder::ViewBuilder(Engine& engine, std::span<const ObjectLabel> labels)
    : engine_(engine), labels_(labels.begin(), labels.end()) {}

// A nameless function's scope is named as its card is, by the start of its source.
void ViewBuilder::nameContexts(const FunctionCode& code) {
  const std::string owner = ownName(code);
  for (const ContextLayout& layout : code.contexts) contextOwners_[&layout.names] = owner;
  for (const auto& inner : code.functions) nameContexts(*inner);
}

ValueView ViewBuilder::value(Value v) const {
  if (v.isUndefined()) return {"undefined"};
  if (v.isNull()) return {"null"};
  if (v.isBoolean()) return {v.asBoolean() ? "true" : "false"};
  if (v.isNumber()) {
    // Most numbers a lesson shows are small integers: print those without the
    // shortest-digits search.
    double d = v.asNumber();
    if (d == static_cast<double>(static_cast<std::int32_t>(d)) && !(d == 0 && std::signbit(d))) {
      return {std::to_string(static_cast<std::int32_t>(d))};
    }
    return {numberToString(d)};
  }
  if (v.isHole()) return {"<empty>"};
  if (v.isUninitialized()) return {"<uninitialized>"};
  if (v.isString()) return {quoted(engine_.heap().start(v), engine_.heap().length(v))};
  if (v.isSymbol()) return {describeKey(engine_.heap(), v)};
  if (v.isBigInt()) return {bigintLiteralText(engine_, v)};
  if (!v.isCell()) return {"?"};
  const HeapCell& cell = engine_.heap().get(v.asCell());
  if (isViewObject(cell)) return {"", cell.serial};
  return {foreign(cell)};
}

// A built-in the program refers to: in words, since it has no card.
std::string ViewBuilder::foreign(const HeapCell& cell) const {
  if (cell.kind == CellKind::Function) return "ƒ " + title(cell).substr(std::string("ƒ ").size());
  if (cell.id == engine_.intrinsic(Intrinsic::GlobalObject)) return "globalThis";
  return "[built-in " + std::string(cellKindName(cell.kind)) + "]";
}

std::string ViewBuilder::constructorName(const JSObject& o) const {
  const Heap& heap = engine_.heap();
  const Value constructorKey = engine_.atoms().constructor;
  for (CellId p = o.proto; p != kNoCell; p = heap.as<JSObject>(p).proto) {
    const auto& proto = heap.as<JSObject>(p);
    auto index = proto.properties.find(constructorKey);
    if (index < 0) continue;
    auto slot = static_cast<std::uint32_t>(index);
    if (proto.properties.attributes(slot) & kAccessor) break;
    Value constructor = proto.properties.value(slot);
    if (!constructor.isObject() || heap.get(constructor.asCell()).kind != CellKind::Function) break;
    const auto& fn = heap.as<JSFunction>(constructor);
    if (fn.code) return fn.code->name;
    auto nameIndex = fn.properties.find(engine_.atoms().name);
    if (nameIndex < 0) break;
    Value name = fn.properties.value(static_cast<std::uint32_t>(nameIndex));
    return name.isString() ? nameStart(name) : std::string();
  }
  return "Object";
}

std::string ViewBuilder::nameStart(Value name) const {
  const Heap& heap = engine_.heap();
  const std::u16string_view start = heap.start(name);
  return toUtf8(start) + (heap.length(name) > start.size() ? "…" : "");
}

std::string ViewBuilder::title(const HeapCell& cell) const {
  switch (cell.kind) {
    case CellKind::Array: return "Array(" + std::to_string(static_cast<const JSObject&>(cell).elements.length()) + ")";
    case CellKind::Function: return functionTitle(static_cast<const JSFunction&>(cell));
    case CellKind::Context: {
      const auto& context = static_cast<const Context&>(cell);
      auto owner = contextOwners_.find(context.slotNames);
      return owner == contextOwners_.end() ? "scope" : "scope of " + owner->second;
    }
    case CellKind::Map: return "Map(" + std::to_string(static_cast<const MapObject&>(cell).table.liveCount()) + ")";
    case CellKind::Set: return "Set(" + std::to_string(static_cast<const SetObject&>(cell).table.liveCount()) + ")";
    case CellKind::WeakMap:
    case CellKind::WeakSet:
    case CellKind::WeakRef:
    case CellKind::FinalizationRegistry:
    case CellKind::Promise:
    case CellKind::Proxy: return std::string(cellKindName(cell.kind));
    case CellKind::AsyncFrame: {
      const auto& frame = static_cast<const AsyncFrame&>(cell);
      const char* kind = !frame.code || !frame.code->isGenerator ? "async "
                         : frame.code->isAsync                     ? "async generator "
                                                                   : "generator ";
      return kind +
             (frame.code ? functionDisplayName(*frame.code) : std::string("function")) +
             (frame.resumed ? " (resumed)" : " (suspended)");
    }
    case CellKind::Generator: return static_cast<const GeneratorObject&>(cell).isAsync ? "AsyncGenerator" : "Generator";
    case CellKind::Date: {
      // Its time in the card's title, as util.inspect prints it.
      double t = static_cast<const DateObject&>(cell).timeValue;
      return "Date " + (std::isnan(t) ? std::string("(Invalid Date)") : date::isoString(t));
    }
    case CellKind::Object:
      if (std::string_view iterator = iteratorTitle(static_cast<const JSObject&>(cell)); !iterator.empty())
        return std::string(iterator);
      // A function's `arguments`, as inspect and V8's heap snapshots name it.
      if (static_cast<const JSObject&>(cell).isArguments) return "Arguments";
      [[fallthrough]];
    case CellKind::Error:
    case CellKind::RegExp:
    case CellKind::PrimitiveWrapper: {
      std::string name = constructorName(static_cast<const JSObject&>(cell));
      return name.empty() ? "Object" : name;
    }
    case CellKind::String:
    case CellKind::Symbol:
    case CellKind::BigInt:
    case CellKind::AccessorPair: break;
  }
  return std::string(cellKindName(cell.kind));
}

// A function by its name; a nameless one of the program by the start of its source,
// one of the engine's by what it does (a promise's "resolve").
std::string ViewBuilder::functionTitle(const JSFunction& fn) const {
  if (fn.code && fn.code->isClassConstructor()) return "class " + fn.code->name;
  if (fn.code) return "ƒ " + ownName(*fn.code);
  auto index = fn.properties.find(engine_.atoms().name);
  Value name = index < 0 ? Value::undefined() : fn.properties.value(static_cast<std::uint32_t>(index));
  std::string text = name.isString() ? nameStart(name) : std::string();
  if (text.empty()) text = helperFunctionName(fn);
  return "ƒ " + (text.empty() ? std::string("(anonymous)") : text);
}

namespace {

constexpr std::uint32_t kAll = std::numeric_limits<std::uint32_t>::max();

bool hasEntries(CellKind kind) { return kind == CellKind::Map || kind == CellKind::Set; }

}  // namespace

ObjectView ViewBuilder::header(const HeapCell& cell) const {
  ObjectView view;
  view.id = cell.serial;
  view.kind = cell.kind;
  view.title = title(cell);
  if (const std::string* label = objectLabel(engine_, labels_, cell.id)) view.label = *label;
  view.site = engine_.allocationSite(cell);
  if (view.site) view.site->offset = 0;  // a line and column are what a card shows
  view.bytes = cell.accountedBytes;
  view.madeByEngine = cell.flags & HeapCell::kEngineMade;
  return view;
}

ObjectView ViewBuilder::object(const HeapCell& cell) const {
  ObjectView view = header(cell);
  if (cell.kind == CellKind::Context) {
    addContextSlots(static_cast<const Context&>(cell), view.rows);
  } else if (isObjectKind(cell.kind)) {
    const auto& o = static_cast<const JSObject&>(cell);
    addElements(o, 0, kAll, view.rows);
    addEntries(cell, 0, kAll, view.rows);
  }
  addRowsAfterEntries(cell, view.rows);
  return view;
}

std::optional<ObjectView> ViewBuilder::objectFromElement(const HeapCell& cell, std::uint32_t first,
                                                         std::uint32_t& firstRow) const {
  if (!hasElementRows(cell)) return std::nullopt;
  ObjectView view = header(cell);
  firstRow = elementRows(cell, first, kAll, view.rows);
  addRowsAfterEntries(cell, view.rows);
  return view;
}

std::uint32_t ViewBuilder::elementRows(const HeapCell& cell, std::uint32_t from, std::uint32_t to,
                                       std::vector<Row>& rows) const {
  const auto& o = static_cast<const JSObject&>(cell);
  if (!hasEntries(cell.kind)) {
    addElements(o, from, to, rows);
    return from;
  }
  // A Map's or Set's own elements (`map[0] = …`) come before its entries.
  addEntries(cell, from, to, rows);
  return static_cast<std::uint32_t>(o.elements.size()) + from;
}

// The rows that follow the elements and entries: properties, then internal slots.
void ViewBuilder::addRowsAfterEntries(const HeapCell& cell, std::vector<Row>& rows) const {
  if (cell.kind != CellKind::Context && isObjectKind(cell.kind)) {
    addProperties(static_cast<const JSObject&>(cell), rows);
    if (cell.kind == CellKind::FinalizationRegistry) {
      addRegistryCells(static_cast<const FinalizationRegistryObject&>(cell), rows);
    }
    if (cell.kind == CellKind::Promise) addPromise(static_cast<const PromiseObject&>(cell), rows);
  }
  addInternal(cell, rows);
}

// Every element, holes included, so that row i is element i and an array that
// grows at its end keeps the rows it had.
void ViewBuilder::addElements(const JSObject& o, std::uint32_t from, std::uint32_t to, std::vector<Row>& rows) const {
  if (o.kind == CellKind::Object && !iteratorTitle(o).empty()) return addIteratorState(o, rows);
  const auto end = std::min(to, static_cast<std::uint32_t>(o.elements.size()));
  for (std::uint32_t i = from; i < end; ++i)
    rows.push_back({std::to_string(i), {}, value(o.elements[i])});
}

// A built-in iterator's card is named as V8's inspector names it ("Array Iterator"),
// by its prototype: its state is three elements that would read as a record
// {0: …, 1: 3, 2: 1} (Builtins.h).
std::string_view ViewBuilder::iteratorTitle(const JSObject& o) const {
  static constexpr std::pair<Intrinsic, std::string_view> kIterators[] = {
      {Intrinsic::ArrayIteratorPrototype, "Array Iterator"},
      {Intrinsic::MapIteratorPrototype, "Map Iterator"},
      {Intrinsic::SetIteratorPrototype, "Set Iterator"},
      {Intrinsic::StringIteratorPrototype, "String Iterator"},
      {Intrinsic::RegExpStringIteratorPrototype, "RegExp String Iterator"},
  };
  if (o.elements.size() != 3) return {};
  for (const auto& [prototype, name] : kIterators)
    if (o.proto == engine_.intrinsic(prototype)) return name;
  return {};
}

void ViewBuilder::addIteratorState(const JSObject& o, std::vector<Row>& rows) const {
  static constexpr std::string_view kKinds[] = {"keys",    "values", "entries", "keys",      "values",
                                                "entries", "values", "entries", "characters"};
  const Value kind = o.elements[kIteratorKind];
  const auto index = kind.isNumber() ? static_cast<std::size_t>(kind.asNumber()) : std::size(kKinds);
  rows.push_back({"[[IteratedObject]]", {}, value(o.elements[kIteratorTarget])});
  rows.push_back({"[[NextIndex]]", {}, value(o.elements[kIteratorPosition])});
  rows.push_back({"[[Kind]]", {}, {index < std::size(kKinds) ? std::string(kKinds[index]) : "?"}});
}

void ViewBuilder::addProperties(const JSObject& o, std::vector<Row>& rows) const {
  const Heap& heap = engine_.heap();
  for (std::uint32_t i = 0, n = o.properties.size(); i < n; ++i) {
    Value key = o.properties.key(i);
    std::string name = key.isSymbol() && heap.as<SymbolCell>(key).isPrivate
                           ? describeKey(heap, heap.as<SymbolCell>(key).description)
                           : describeKey(heap, key);
    if (key.isSymbol() && !heap.as<SymbolCell>(key).isPrivate) name = "[" + name + "]";
    Value v = o.properties.value(i);
    if (o.properties.attributes(i) & kAccessor) {
      const auto& pair = heap.as<AccessorPair>(v);
      if (!pair.getter.isUndefined()) rows.push_back({"get " + name, {}, value(pair.getter)});
      if (!pair.setter.isUndefined()) rows.push_back({"set " + name, {}, value(pair.setter)});
      continue;
    }
    // An error's stack is made when first read: until then there is nothing to show.
    if (v.isUninitialized()) continue;
    Row row{std::move(name), {}, value(v)};
    // A function's length, name and prototype are the engine's, not the lesson's.
    row.internal = o.kind == CellKind::Function && !(o.properties.attributes(i) & kEnumerable);
    rows.push_back(std::move(row));
  }
}

// A Map's or WeakMap's entries as key and value, a Set's or WeakSet's as the member;
// held as the collector traces the edges of their kinds.
void ViewBuilder::addEntries(const HeapCell& cell, std::uint32_t from, std::uint32_t to, std::vector<Row>& rows) const {
  const OrderedTable* table = nullptr;
  EdgeKind keyKind{}, valueKind{};
  switch (cell.kind) {
    case CellKind::Map:
      table = &static_cast<const MapObject&>(cell).table, keyKind = EdgeKind::MapKey, valueKind = EdgeKind::MapValue;
      break;
    case CellKind::Set:
      table = &static_cast<const SetObject&>(cell).table, keyKind = valueKind = EdgeKind::SetMember;
      break;
    case CellKind::WeakMap:
      table = &static_cast<const WeakMapObject&>(cell).table, keyKind = EdgeKind::WeakMapKey,
      valueKind = EdgeKind::WeakMapValue;
      break;
    case CellKind::WeakSet:
      table = &static_cast<const WeakSetObject&>(cell).table, keyKind = valueKind = EdgeKind::WeakSetMember;
      break;
    default: return;
  }
  const bool isMap = keyKind != valueKind;
  // Without holes, the entry shown at `from` is at that position: no need to count.
  const std::uint32_t skipped = table->dense() ? std::min<std::uint32_t>(from, table->entries().size()) : 0;
  std::uint32_t index = skipped;
  for (auto it = table->entries().begin() + skipped; it != table->entries().end(); ++it) {
    const auto& entry = *it;
    if (!entry.live() || index++ < from) continue;
    if (index > to) break;
    Row row;
    if (isMap) {
      row.key = value(entry.key);
      row.keyStrength = strengthOf(keyKind);
      row.value = value(entry.value);
      row.valueStrength = strengthOf(valueKind);
    } else {
      row.value = value(entry.key);
      row.valueStrength = strengthOf(keyKind);
    }
    rows.push_back(std::move(row));
  }
}

// A context's variables by name. The engine's own slots ("%function", which a direct
// eval's context keeps beside the variables) are plumbing: they keep what they hold
// alive, but the card need not show them.
void ViewBuilder::addContextSlots(const Context& context, std::vector<Row>& rows) const {
  for (std::uint32_t i = 0; i < context.slots.size(); ++i) {
    std::string name = context.slotNames && i < context.slotNames->size() ? (*context.slotNames)[i] : "";
    const bool engineSlot = name.starts_with('%');
    rows.push_back({std::move(name), {}, value(context.slots[i])});
    rows.back().internal = engineSlot;
  }
}

// Each registration: its target, held value and token, held as the collector traces them.
void ViewBuilder::addRegistryCells(const FinalizationRegistryObject& registry, std::vector<Row>& rows) const {
  std::uint32_t n = 0;
  for (const RegistryCell& cell : registry.cells) {
    std::string prefix = "cell " + std::to_string(++n) + " ";
    Row target{prefix + "target", {}, cell.emptied() ? ValueView{"<emptied>"} : value(cell.target)};
    target.valueStrength = strengthOf(EdgeKind::CellTarget);
    rows.push_back(std::move(target));
    Row held{prefix + "held", {}, value(cell.heldValue)};
    held.valueStrength = strengthOf(EdgeKind::CellHeldValue);
    rows.push_back(std::move(held));
    if (!cell.token.isUndefined()) {
      Row token{prefix + "token", {}, value(cell.token)};
      token.valueStrength = strengthOf(EdgeKind::CellToken);
      rows.push_back(std::move(token));
    }
  }
}

void ViewBuilder::addPromise(const PromiseObject& promise, std::vector<Row>& rows) const {
  static constexpr const char* kStates[] = {"pending", "fulfilled", "rejected"};
  rows.push_back({"[[PromiseState]]", {}, {kStates[static_cast<int>(promise.state)]}});
  if (promise.state != PromiseState::Pending) rows.push_back({"[[PromiseResult]]", {}, value(promise.result)});
}

// The engine's own slots, named as the collector traces them: a closure's context,
// a WeakRef's target, a parked frame's values … Properties, elements, entries,
// registry cells and context variables are rows already, and so is a promise's result.
void ViewBuilder::addInternal(const HeapCell& cell, std::vector<Row>& rows) const {
  traceCell<TraceEdges::SlotsOnly>(cell, [&](const Edge& edge) {
    if (edge.name.kind == EdgeKind::PromiseResult || !isViewObject(edge.target)) return;
    Row row{edgeLabel(cell, edge.name), {}, value(edge.target)};
    row.valueStrength = edge.strength;
    row.internal = isPlumbing(edge.name.kind);
    rows.push_back(std::move(row));
  });
  if (cell.kind == CellKind::WeakRef && static_cast<const WeakRefObject&>(cell).target.isUndefined()) {
    rows.push_back({"target (weak)", {}, {"<empty>"}, EdgeStrength::Strong, strengthOf(EdgeKind::WeakRefTarget)});
  }
}

// A parked frame's locals by their names in the source; anything else as the heap
// describes it.
std::string ViewBuilder::edgeLabel(const HeapCell& cell, const EdgeName& edge) const {
  if (edge.kind == EdgeKind::FrameValue && cell.kind == CellKind::AsyncFrame) {
    const FunctionCode* code = static_cast<const AsyncFrame&>(cell).code;
    if (code && edge.index < code->localNames.size() && !code->localNames[edge.index].empty())
      return code->localNames[edge.index];
  }
  return describeEdge(engine_.heap(), cell.id, edge);
}

SuspendedFrame ViewBuilder::suspended(const AsyncFrame& frame) const {
  SuspendedFrame s;
  s.function = frame.code ? functionDisplayName(*frame.code) : "(anonymous)";
  if (frame.code && frame.statement < frame.code->statements.size()) {
    s.position = frame.code->statements[frame.statement].start;
  }
  s.frame = frame.serial;
  s.module = frame.code && frame.code->kind == FunctionCode::Kind::Module;
  // Paused at a yield (an async generator's frame parked at an await is awaiting).
  s.generator = frame.code && frame.code->isGenerator && frame.generator.isUndefined();
  return s;
}

}  // namespace reachable
