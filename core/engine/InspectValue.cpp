// The value walker of Node 20's util.inspect (formatValue, formatRaw, formatProperty
// and their helpers in lib/internal/util/inspect.js), over this engine's cells. The
// layout of the entries it produces is format/InspectLayout's.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <regex>

#include "engine/BigInts.h"
#include "engine/Builtins.h"
#include "engine/Bytecode.h"
#include "engine/Conversions.h"
#include "engine/DateStrings.h"
#include "engine/Inspect.h"
#include "engine/ObjectOps.h"
#include "engine/ProxyObjects.h"
#include "format/InspectLayout.h"
#include "format/NumberToString.h"
#include "format/StringEscape.h"
#include "heap/CollectionCells.h"
#include "heap/PromiseCell.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

// Node's getFunctionBase decides "class" from the source text, not from the function:
// it must start with `class` and end with `}`, and what comes before the body's `{`
// must hold no `(` (comments aside, after a space): so `class A extends mixin(B) {}`
// prints as a function, `[Function: A]`.
bool nodeSeesAClass(std::string_view source) {
  if (!source.starts_with("class") || !source.ends_with("}")) return false;
  const std::string_view slice = source.substr(5, source.size() - 6);
  const std::size_t bracket = slice.find('{');
  if (bracket == std::string_view::npos) return false;
  if (slice.substr(0, bracket).find('(') == std::string_view::npos) return true;
  // Node's slow path: /^(\s+[^(]*?)\s*{/ on the slice without its comments.
  std::string stripped;
  for (std::size_t i = 0; i < slice.size();) {
    if (slice.substr(i, 2) == "//") {
      const std::size_t end = slice.find('\n', i);
      if (end != std::string_view::npos) {
        i = end + 1;
        continue;
      }
    } else if (slice.substr(i, 2) == "/*") {
      const std::size_t end = slice.find("*/", i + 2);
      if (end != std::string_view::npos) {
        i = end + 2;
        continue;
      }
    }
    stripped += slice[i++];
  }
  if (stripped.empty() || !std::isspace(static_cast<unsigned char>(stripped.front()))) return false;
  const std::size_t body = stripped.find('{');
  return body != std::string::npos && stripped.substr(0, body).find('(') == std::string::npos;
}

// getConstructorName's answer: a name, or none when the chain ends without a
// constructor (Node's null, printed as "[Object: null prototype]").
using ConstructorName = std::optional<std::string>;

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string replaceAll(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// Node's getPrefix: "Foo ", "Foo [Tag] ", "[Object: null prototype] ", with the size of
// a Map, Set or array after the name.
std::string getPrefix(const ConstructorName& constructor, const std::string& tag, const std::string& fallback,
                      const std::string& size = "") {
  if (!constructor) {
    if (!tag.empty() && fallback != tag) return "[" + fallback + size + ": null prototype] [" + tag + "] ";
    return "[" + fallback + size + ": null prototype] ";
  }
  if (!tag.empty() && *constructor != tag) return *constructor + size + " [" + tag + "] ";
  return *constructor + size + " ";
}

class Inspector {
 public:
  Inspector(Engine& engine, const InspectOptions& options) : engine_(engine), showHidden_(options.showHidden) {
    ctx_.depth = options.depth;
    ctx_.breakLength = options.breakLength;
    ctx_.maxArrayLength = options.maxArrayLength;
  }

  std::string formatValue(Value v, int recurseTimes) {
    if (!v.isObject()) return formatPrimitive(v);
    // With showProxy off (the default) Node shows a proxy as its target, and never
    // calls a trap to do it.
    while (const ProxyObject* p = proxy::asProxy(engine_, v)) {
      if (p->revoked()) return "<Revoked Proxy>";
      v = p->target;
    }
    CellId id = v.asCell();
    if (std::find(seen_.begin(), seen_.end(), id) != seen_.end()) {
      return "[Circular *" + std::to_string(circularIndex(id)) + "]";
    }
    return formatRaw(id, recurseTimes);
  }

 private:
  struct RawParts {
    std::string base;
    Braces braces{"{", "}"};
    ExtrasType extrasType = ExtrasType::Object;
    std::vector<PropertyKey> keys;
    // The entries before the keys: array elements, Map and Set entries...
    std::vector<std::string> (Inspector::*formatter)(CellId, int) = &Inspector::formatNothing;
  };

  Heap& heap() { return engine_.heap(); }
  const Atoms& atoms() { return engine_.atoms(); }
  JSObject& object(CellId id) { return heap().as<JSObject>(id); }

  // The number shown in <ref *N> and [Circular *N]: the order in which the walker
  // first met each object again inside itself.
  std::size_t circularIndex(CellId id) {
    auto it = std::find(circular_.begin(), circular_.end(), id);
    if (it == circular_.end()) it = circular_.insert(circular_.end(), id);
    return static_cast<std::size_t>(it - circular_.begin()) + 1;
  }

  std::string formatPrimitive(Value v) {
    if (v.isString()) return inspectStringEntry(ctx_, heap().text(v));
    if (v.isNumber()) return inspectNumber(v.asNumber());
    if (v.isBigInt()) return bigintLiteralText(engine_, v);
    if (v.isBoolean()) return v.asBoolean() ? "true" : "false";
    if (v.isNull()) return "null";
    if (v.isSymbol()) return toUtf8(symbolText(v));
    return "undefined";
  }

  std::u16string symbolText(Value symbol) {
    Value description = heap().as<SymbolCell>(symbol).description;
    return u"Symbol(" + (description.isString() ? heap().text(description) : std::u16string()) + u")";
  }

  // String(v) for the values that name things (err.name, fn.name), without running
  // code: an object there is rare enough to show as V8 shows it in messages.
  std::string textOf(Value v) {
    if (v.isSymbol()) return toUtf8(symbolText(v));
    if (v.isObject()) return engine_.describeForMessage(v);
    return stringText(engine_, toString(engine_, v));
  }

  // The value of a data property found along the prototype chain; undefined for an
  // accessor, whose getter inspect must not run.
  Value peek(CellId id, Value key) {
    for (CellId o = id; o != kNoCell; o = object(o).proto) {
      auto desc = ops::getOwnProperty(engine_, o, PropertyKey::fromAtom(key));
      if (desc) return desc->value.value_or(Value::undefined());
    }
    return Value::undefined();
  }

  bool hasOwn(CellId id, Value key) { return ops::getOwnProperty(engine_, id, PropertyKey::fromAtom(key)).has_value(); }

  bool isFunction(Value v) { return engine_.isCallable(v); }

  // OrdinaryHasInstance, read without running getters.
  bool instanceOf(CellId id, Value constructor) {
    Value prototype = peek(constructor.asCell(), atoms().prototype);
    if (!prototype.isObject()) return false;
    for (CellId o = object(id).proto; o != kNoCell; o = object(o).proto) {
      if (o == prototype.asCell()) return true;
    }
    return false;
  }

  // V8's internal constructor name, used when the chain names no constructor.
  std::string internalConstructorName(CellId id) {
    CellKind kind = object(id).kind;
    if (kind == CellKind::PrimitiveWrapper) return "Object";
    return std::string(cellKindName(kind));
  }

  // Node's getConstructorName: the first `constructor` on the chain that names a
  // function the object is an instance of.
  ConstructorName getConstructorName(CellId id, int recurseTimes) {
    std::optional<CellId> firstProto;
    for (CellId o = id; o != kNoCell;) {
      auto desc = ops::getOwnProperty(engine_, o, PropertyKey::fromAtom(atoms().constructor));
      if (desc && desc->value && isFunction(*desc->value)) {
        Value name = peek(desc->value->asCell(), atoms().name);
        bool empty = name.isString() && heap().text(name).empty();
        if (!empty && instanceOf(id, *desc->value)) return textOf(name);
      }
      o = object(o).proto;
      if (!firstProto) firstProto = o;
    }
    if (*firstProto == kNoCell) return std::nullopt;
    std::string internal = internalConstructorName(id);
    if (recurseTimes > ctx_.depth) return internal + " <Complex prototype>";
    ConstructorName protoName = getConstructorName(*firstProto, recurseTimes + 1);
    if (protoName) return internal + " <" + *protoName + ">";
    return internal + " <" + Inspector(engine_, {.depth = -1}).formatValue(Value::object(*firstProto), 0) + ">";
  }

  // Symbol.toStringTag when it is worth showing: a string that is not an own
  // enumerable property (shown with the keys anyway). Node reads it with [[Get]].
  std::string toStringTag(CellId id) {
    PropertyKey key = PropertyKey::fromAtom(engine_.realm().symbols.toStringTag);
    Value tag = ops::get(engine_, Value::object(id), key);
    if (!tag.isString()) return "";
    auto own = ops::getOwnProperty(engine_, id, key);
    if (own && (showHidden_ || own->enumerable.value_or(false))) return "";
    return stringText(engine_, tag);
  }

  // Node's getKeys (and getOwnNonIndexProperties for arrays): enumerable own keys,
  // or all of them with showHidden; never a class's #private names.
  std::vector<PropertyKey> getKeys(CellId id, bool skipIndices) {
    std::vector<PropertyKey> keys;
    for (const PropertyKey& key : ops::ownPropertyKeys(engine_, id)) {
      if (skipIndices && key.isIndex) continue;
      if (!showHidden_) {
        auto desc = ops::getOwnProperty(engine_, id, key);
        if (!desc || !desc->enumerable.value_or(false)) continue;
      }
      keys.push_back(key);
    }
    return keys;
  }

  std::string formatRaw(CellId id, int recurseTimes) {
    ConstructorName constructor = getConstructorName(id, recurseTimes);
    std::string tag = toStringTag(id);
    RawParts shape;
    if (auto early = describe(id, constructor, tag, shape)) return *early;
    if (recurseTimes > ctx_.depth) {
      std::string name = getCtxStyle(id, constructor, tag);
      name.pop_back();
      return constructor ? "[" + name + "]" : name;
    }
    ++recurseTimes;
    seen_.push_back(id);
    ctx_.currentDepth = recurseTimes;
    std::vector<std::string> output = (this->*shape.formatter)(id, recurseTimes);
    for (const PropertyKey& key : shape.keys) output.push_back(formatProperty(id, recurseTimes, key, shape.extrasType));
    if (auto it = std::find(circular_.begin(), circular_.end(), id); it != circular_.end()) {
      std::string reference = "<ref *" + std::to_string(it - circular_.begin() + 1) + ">";
      shape.base = shape.base.empty() ? reference : reference + " " + shape.base;
    }
    seen_.pop_back();
    ColumnAlignment alignment =
        shape.extrasType == ExtrasType::ArrayExtras ? arrayAlignment(id, output.size()) : ColumnAlignment::Right;
    return reduceToSingleString(ctx_, std::move(output), shape.base, shape.braces, shape.extrasType, recurseTimes,
                                alignment);
  }

  // The first half of formatRaw: the braces, base and keys of each kind of object,
  // or the whole text when there is nothing inside to show.
  std::optional<std::string> describe(CellId id, const ConstructorName& constructor, const std::string& tag,
                                      RawParts& shape) {
    JSObject& obj = object(id);
    switch (obj.kind) {
      case CellKind::Array:
        if (obj.isArguments) break;
        return describeArray(id, constructor, tag, shape);
      case CellKind::Map:
      case CellKind::Set: return describeCollection(id, constructor, tag, shape);
      default: break;
    }
    shape.keys = getKeys(id, false);
    if (collectionIterator(id)) {
      describeCollectionIterator(id, tag, shape);
      return std::nullopt;
    }
    const bool empty = shape.keys.empty();
    switch (obj.kind) {
      case CellKind::Function:
        shape.base = functionBase(id, constructor, tag);
        if (empty) return shape.base;
        return std::nullopt;
      case CellKind::Error:
        shape.base = formatError(id, constructor, tag, shape.keys);
        if (shape.keys.empty()) return shape.base;
        return std::nullopt;
      case CellKind::PrimitiveWrapper:
        shape.base = boxedBase(id, constructor, tag, shape.keys);
        if (shape.keys.empty()) return shape.base;
        return std::nullopt;
      case CellKind::RegExp: {
        // Node: "/a+/gi", a subclass's "Sub /a+/", then any own keys in braces.
        const std::string prefix = getPrefix(constructor, tag, "RegExp");
        shape.base = (prefix == "RegExp " ? "" : prefix) + toUtf8(regExpDisplayText(heap().as<RegExpObject>(id)));
        if (shape.keys.empty()) return shape.base;
        return std::nullopt;
      }
      case CellKind::Date:
        shape.base = dateBase(id, constructor, tag);
        if (shape.keys.empty()) return shape.base;
        return std::nullopt;
      case CellKind::Promise:
        shape.braces.open = getPrefix(constructor, tag, "Promise") + "{";
        shape.formatter = &Inspector::formatPromise;
        return std::nullopt;
      case CellKind::WeakMap:
      case CellKind::WeakSet:
        shape.braces.open = getPrefix(constructor, tag, internalConstructorName(id)) + "{";
        shape.formatter = showHidden_ ? &Inspector::formatWeakEntries : &Inspector::formatItemsUnknown;
        return std::nullopt;
      default: break;
    }
    if (constructor == "Object") {
      if (obj.isArguments) {
        shape.braces.open = "[Arguments] {";
      } else if (!tag.empty()) {
        shape.braces.open = getPrefix(constructor, tag, "Object") + "{";
      }
      if (empty) return shape.braces.open + "}";
      return std::nullopt;
    }
    shape.braces.open = getCtxStyle(id, constructor, tag) + "{";
    if (empty) return shape.braces.open + "}";
    return std::nullopt;
  }

  std::optional<std::string> describeArray(CellId id, const ConstructorName& constructor, const std::string& tag,
                                           RawParts& shape) {
    const std::size_t length = object(id).elements.length();
    // Only an array that is not a plain Array says what it is ("Foo(2) [").
    std::string prefix = constructor != "Array" || !tag.empty()
                             ? getPrefix(constructor, tag, "Array", "(" + std::to_string(length) + ")")
                             : "";
    shape.keys = getKeys(id, true);
    shape.braces = {prefix + "[", "]"};
    if (length == 0 && shape.keys.empty()) return shape.braces.open + "]";
    shape.extrasType = ExtrasType::ArrayExtras;
    shape.formatter = &Inspector::formatArray;
    return std::nullopt;
  }

  std::optional<std::string> describeCollection(CellId id, const ConstructorName& constructor, const std::string& tag,
                                                RawParts& shape) {
    const bool isMap = object(id).kind == CellKind::Map;
    const OrderedTable& table = isMap ? heap().as<MapObject>(id).table : heap().as<SetObject>(id).table;
    std::string prefix =
        getPrefix(constructor, tag, isMap ? "Map" : "Set", "(" + std::to_string(table.liveCount()) + ")");
    shape.keys = getKeys(id, false);
    if (table.liveCount() == 0 && shape.keys.empty()) return prefix + "{}";
    shape.braces.open = prefix + "{";
    shape.formatter = isMap ? &Inspector::formatMap : &Inspector::formatSet;
    return std::nullopt;
  }

  // A Map or Set iterator's state (engine/Builtins.h), or nullptr for any other object.
  JSObject* collectionIterator(CellId id) {
    return builtinIteratorState(engine_, Value::object(id), IteratorKind::MapKeys, IteratorKind::SetEntries);
  }

  // Node's getIteratorBraces: "[Map Iterator] {", "[Set Iterator] {"; an entries
  // iterator says "Entries" (formatIterator).
  void describeCollectionIterator(CellId id, const std::string& tag, RawParts& shape) {
    const auto kind = static_cast<IteratorKind>(collectionIterator(id)->elements[kIteratorKind].asNumber());
    const bool isMap = kind <= IteratorKind::MapEntries;
    const std::string type = isMap ? "Map" : "Set";
    std::string label = tag;
    if (label != type + " Iterator") label = (label.empty() ? "" : label + "] [") + type + " Iterator";
    if (kind == IteratorKind::MapEntries || kind == IteratorKind::SetEntries) {
      label.replace(label.size() - std::string(" Iterator").size(), std::string::npos, " Entries");
    }
    shape.braces.open = "[" + label + "] {";
    shape.formatter = &Inspector::formatCollectionIterator;
  }

  // What a Map or Set iterator has still to give, as Node previews it: keys or values,
  // or entries as [ key, value ] pairs.
  std::vector<std::string> formatCollectionIterator(CellId id, int recurseTimes) {
    const JSObject& state = *collectionIterator(id);
    const auto kind = static_cast<IteratorKind>(state.elements[kIteratorKind].asNumber());
    Value target = state.elements[kIteratorTarget];
    std::vector<OrderedTable::Entry> remaining;
    if (!target.isUndefined()) {
      const OrderedTable& table =
          kind <= IteratorKind::MapEntries ? heap().as<MapObject>(target).table : heap().as<SetObject>(target).table;
      const auto& entries = table.entries();
      for (auto i = static_cast<std::size_t>(state.elements[kIteratorPosition].asNumber()); i < entries.size(); ++i) {
        if (entries[i].live()) remaining.push_back(entries[i]);
      }
    }
    const std::size_t maxLength = std::min(remaining.size(), static_cast<std::size_t>(ctx_.maxArrayLength));
    std::vector<std::string> output;
    ctx_.indentationLvl += 2;
    for (std::size_t i = 0; i < maxLength; ++i) {
      const OrderedTable::Entry& entry = remaining[i];
      switch (kind) {
        case IteratorKind::MapValues: output.push_back(formatValue(entry.value, recurseTimes)); break;
        case IteratorKind::MapEntries:
        case IteratorKind::SetEntries: {
          Value second = kind == IteratorKind::MapEntries ? entry.value : entry.key;
          std::vector<std::string> pair{formatValue(entry.key, recurseTimes), formatValue(second, recurseTimes)};
          output.push_back(reduceToSingleString(ctx_, std::move(pair), "", {"[", "]"}, ExtrasType::ArrayExtras,
                                                recurseTimes));
          break;
        }
        default: output.push_back(formatValue(entry.key, recurseTimes)); break;
      }
    }
    ctx_.indentationLvl -= 2;
    if (remaining.size() > maxLength) output.push_back(moreItemsText(static_cast<long long>(remaining.size() - maxLength)));
    return output;
  }

  // Node's getCtxStyle: the prefix of an object of no special kind.
  std::string getCtxStyle(CellId id, const ConstructorName& constructor, const std::string& tag) {
    std::string fallback;
    if (!constructor) {
      fallback = internalConstructorName(id);
      if (fallback == tag) fallback = "Object";
    }
    return getPrefix(constructor, tag, fallback);
  }

  // Node's getBoxedBase: "[Number: 3]", "[String: 'ab']" (whose indices are not
  // listed as keys), "[Number (Temperature): 3]" for a subclass.
  std::string boxedBase(CellId id, const ConstructorName& constructor, const std::string& tag,
                        std::vector<PropertyKey>& keys) {
    Value primitive = heap().as<PrimitiveWrapperObject>(id).primitive;
    std::string type = primitive.isNumber()    ? "Number"
                       : primitive.isString()  ? "String"
                       : primitive.isBoolean() ? "Boolean"
                       : primitive.isBigInt()  ? "BigInt"
                                               : "Symbol";
    if (primitive.isString()) std::erase_if(keys, [](const PropertyKey& k) { return k.isIndex; });
    std::string base = "[" + type;
    if (!constructor) {
      base += " (null prototype)";
    } else if (*constructor != type) {
      base += " (" + *constructor + ")";
    }
    base += ": " + formatPrimitive(primitive) + "]";
    if (!tag.empty() && constructor != tag) base += " [" + tag + "]";
    return base;
  }

  // Node's date base: the ISO string ("Invalid Date" when invalid), after the prefix
  // of a subclass or a tagged date.
  std::string dateBase(CellId id, const ConstructorName& constructor, const std::string& tag) {
    double t = heap().as<DateObject>(id).timeValue;
    std::string base = std::isnan(t) ? "Invalid Date" : date::isoString(t);
    std::string prefix = getPrefix(constructor, tag, "Date");
    return prefix == "Date " ? base : prefix + base;
  }

  std::string functionBase(CellId id, const ConstructorName& constructor, const std::string& tag) {
    const auto& fn = heap().as<JSFunction>(id);
    if (fn.code && fn.code->isClassConstructor() && nodeSeesAClass(fn.code->sourceText))
      return classBase(id, constructor, tag);
    // Node's getFunctionBase: "Function", prefixed "Generator" then "Async".
    std::string type = fn.code && fn.code->isGenerator ? "GeneratorFunction" : "Function";
    if (fn.code && fn.code->isAsync) type = "Async" + type;
    std::string base = "[" + type;
    if (!constructor) base += " (null prototype)";
    Value name = peek(id, atoms().name);
    if (name.isString() && heap().text(name).empty()) {
      base += " (anonymous)";
    } else {
      base += ": " + textOf(name);
    }
    base += "]";
    if (constructor && *constructor != type) base += " " + *constructor;
    if (!tag.empty() && constructor != tag) base += " [" + tag + "]";
    return base;
  }

  // Node's getClassBase: "[class B extends A]".
  std::string classBase(CellId id, const ConstructorName& constructor, const std::string& tag) {
    Value name = hasOwn(id, atoms().name) ? peek(id, atoms().name) : Value::undefined();
    bool named = !name.isUndefined() && toBoolean(engine_, name);
    std::string base = "class " + (named ? textOf(name) : "(anonymous)");
    if (constructor && *constructor != "Function") base += " [" + *constructor + "]";
    if (!tag.empty() && constructor != tag) base += " [" + tag + "]";
    if (!constructor) return "[" + base + " extends [null prototype]]";
    CellId parent = object(id).proto;
    Value superName = parent == kNoCell ? Value::undefined() : peek(parent, atoms().name);
    if (!superName.isUndefined() && toBoolean(engine_, superName)) base += " extends " + textOf(superName);
    return "[" + base + "]";
  }

  // --- Errors (Node's formatError, with a stack that has no frames) ---

  std::string formatError(CellId id, const ConstructorName& constructor, const std::string& tag,
                          std::vector<PropertyKey>& keys) {
    Value nameValue = peek(id, atoms().name);
    std::string name = nameValue.isNullish() ? "Error" : textOf(nameValue);
    Value stackValue = peek(id, atoms().stack);
    std::string stack = toBoolean(engine_, stackValue) ? textOf(stackValue) : errorToString(id);
    removeDuplicateErrorKeys(id, keys, stack);
    addErrorKey(keys, atoms().cause, ops::hasProperty(engine_, id, PropertyKey::fromAtom(atoms().cause)));
    Value errors = peek(id, atoms().errors);
    addErrorKey(keys, atoms().errors, errors.isObject() && object(errors.asCell()).kind == CellKind::Array);
    stack = improveStack(stack, constructor, name, tag);
    // The message is skipped when looking for the first stack frame.
    Value message = peek(id, atoms().message);
    std::size_t from = 0;
    if (toBoolean(engine_, message)) {
      std::string text = textOf(message);
      std::size_t at = stack.find(text);
      if (at != std::string::npos && at != 0) from = at + text.size();
    }
    if (stack.find("\n    at", from) == std::string::npos) stack = "[" + stack + "]";
    if (ctx_.indentationLvl != 0) stack = replaceAll(stack, "\n", "\n" + std::string(ctx_.indentationLvl, ' '));
    return stack;
  }

  // Error.prototype.toString, for an error whose stack is empty.
  std::string errorToString(CellId id) {
    Value name = peek(id, atoms().name);
    Value message = peek(id, atoms().message);
    std::string n = name.isUndefined() ? "Error" : textOf(name);
    std::string m = message.isUndefined() ? "" : textOf(message);
    if (n.empty()) return m;
    if (m.empty()) return n;
    return n + ": " + m;
  }

  // name, message and stack are not repeated as keys when the stack shows them.
  void removeDuplicateErrorKeys(CellId id, std::vector<PropertyKey>& keys, const std::string& stack) {
    if (showHidden_ || keys.empty()) return;
    for (Value atom : {atoms().name, atoms().message, atoms().stack}) {
      auto it = std::find_if(keys.begin(), keys.end(), [&](const PropertyKey& k) { return k.atom == atom; });
      if (it != keys.end() && stack.find(textOf(peek(id, atom))) != std::string::npos) keys.erase(it);
    }
  }

  void addErrorKey(std::vector<PropertyKey>& keys, Value atom, bool present) {
    if (!present) return;
    auto it = std::find_if(keys.begin(), keys.end(), [&](const PropertyKey& k) { return k.atom == atom; });
    if (it == keys.end()) keys.push_back(PropertyKey::fromAtom(atom));
  }

  // Node's improveStack: the stack's first line names the constructor too
  // ("[MyErr [Error]: m]") when the error's name does not.
  std::string improveStack(std::string stack, const ConstructorName& constructor, const std::string& name,
                           const std::string& tag) {
    std::size_t len = name.size();
    const bool looksNormal = endsWith(name, "Error") && startsWith(stack, name) &&
                             (stack.size() == len || stack[len] == ':' || stack[len] == '\n');
    if (constructor && !looksNormal) return stack;
    std::string fallback = "Error";
    if (!constructor) {
      static const std::regex kHeader(R"(^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at))");
      static const std::regex kBareName(R"(^([a-z_A-Z0-9-]*Error)$)");
      std::smatch match;
      std::string start;
      if (std::regex_search(stack, match, kHeader) || std::regex_search(stack, match, kBareName)) start = match[1];
      len = start.size();
      fallback = start.empty() ? "Error" : start;
    }
    std::string prefix = getPrefix(constructor, tag, fallback);
    prefix.pop_back();
    if (name == prefix) return stack;
    if (prefix.find(name) != std::string::npos) {
      return len == 0 ? prefix + ": " + stack : prefix + stack.substr(len);
    }
    return prefix + " [" + name + "]" + stack.substr(len);
  }

  // --- Entries before the keys ---

  std::vector<std::string> formatNothing(CellId, int) { return {}; }
  std::vector<std::string> formatItemsUnknown(CellId, int) { return {"<items unknown>"}; }

  // A value inside an object or array: two columns further in, as formatProperty does.
  std::string formatIndented(Value element, int recurseTimes) {
    ctx_.indentationLvl += 2;
    std::string text = formatValue(element, recurseTimes);
    ctx_.indentationLvl -= 2;
    return text;
  }

  // Node's formatArray: the elements while each index is the array's own, at most
  // maxArrayLength of them, then "... N more items"; from the first index it lacks,
  // formatSpecialArray.
  std::vector<std::string> formatArray(CellId id, int recurseTimes) {
    const std::size_t length = object(id).elements.length();
    const std::size_t maxLength = std::min(length, static_cast<std::size_t>(ctx_.maxArrayLength));
    std::vector<std::string> output;
    for (std::size_t i = 0; i < maxLength; ++i) {
      // Indexed afresh each time: a Symbol.toStringTag getter met on the way may have
      // changed the array.
      if (!hasOwnIndex(id, i)) return formatSpecialArray(id, recurseTimes, maxLength, std::move(output), i);
      output.push_back(formatProperty(id, recurseTimes, PropertyKey::fromIndex(static_cast<std::uint32_t>(i)),
                                      ExtrasType::Array));
    }
    if (length > maxLength) output.push_back(moreItemsText(static_cast<long long>(length - maxLength)));
    return output;
  }

  // Node's formatSpecialArray: the array's enumerable own indices from the i-th on,
  // each run of missing ones as "<N empty items>" (one entry of maxArrayLength), so
  // that a sparse array of any length prints in the time its entries take.
  std::vector<std::string> formatSpecialArray(CellId id, int recurseTimes, std::size_t maxLength,
                                              std::vector<std::string> output, std::size_t i) {
    const std::vector<std::uint32_t> keys = enumerableIndices(id);
    std::size_t index = i;
    for (; i < keys.size() && output.size() < maxLength; ++i) {
      if (keys[i] != index) {
        output.push_back(emptyItemsText(keys[i] - index));
        index = keys[i];
        if (output.size() == maxLength) break;
      }
      output.push_back(formatProperty(id, recurseTimes, PropertyKey::fromIndex(keys[i]), ExtrasType::Array));
      ++index;
    }
    const std::size_t length = object(id).elements.length();
    const std::size_t remaining = length > index ? length - index : 0;
    if (remaining > 0) {
      output.push_back(output.size() != maxLength ? emptyItemsText(remaining)
                                                  : moreItemsText(static_cast<long long>(remaining)));
    }
    return output;
  }

  bool hasOwnIndex(CellId id, std::size_t i) {
    const JSObject& array = object(id);
    if (i < array.elements.size() && !array.elements[i].isHole()) return true;
    return array.namedIndices &&
           ops::getOwnProperty(engine_, id, PropertyKey::fromIndex(static_cast<std::uint32_t>(i))).has_value();
  }

  // The indices among Object.keys of an array, in order.
  std::vector<std::uint32_t> enumerableIndices(CellId id) {
    std::vector<std::uint32_t> indices;
    for (const PropertyKey& key : ops::ownPropertyKeys(engine_, id)) {
      if (!key.isIndex) break;
      auto desc = ops::getOwnProperty(engine_, id, key);
      if (desc && desc->enumerable.value_or(false)) indices.push_back(key.index);
    }
    return indices;
  }

  static std::string emptyItemsText(std::size_t count) {
    return "<" + std::to_string(count) + " empty item" + (count > 1 ? "s>" : ">");
  }

  // groupArrayElements pads to the right only when every entry shown (extra keys and
  // "... more items" included) sits over a number or BigInt element.
  ColumnAlignment arrayAlignment(CellId id, std::size_t outputSize) {
    const std::vector<Value>& elements = object(id).elements;
    for (std::size_t i = 0; i < outputSize; ++i) {
      if (i >= elements.size() || !(elements[i].isNumber() || elements[i].isBigInt())) return ColumnAlignment::Left;
    }
    return ColumnAlignment::Right;
  }

  // Entries of a Map or Set, up to maxArrayLength, each two columns further in. A
  // copy of the entries, as a getter met on the way may change the table.
  template <class Format>
  std::vector<std::string> formatTable(const OrderedTable& table, Format&& format) {
    const std::size_t live = table.liveCount();
    const std::size_t maxLength = std::min(live, static_cast<std::size_t>(ctx_.maxArrayLength));
    const std::vector<OrderedTable::Entry> entries = table.entries();
    std::vector<std::string> output;
    ctx_.indentationLvl += 2;
    for (const OrderedTable::Entry& entry : entries) {
      if (output.size() == maxLength) break;
      if (entry.live()) output.push_back(format(entry));
    }
    ctx_.indentationLvl -= 2;
    if (live > maxLength) output.push_back(moreItemsText(static_cast<long long>(live - maxLength)));
    return output;
  }

  std::vector<std::string> formatMap(CellId id, int recurseTimes) {
    return formatTable(heap().as<MapObject>(id).table, [&](const OrderedTable::Entry& e) {
      std::string key = formatValue(e.key, recurseTimes);
      return key + " => " + formatValue(e.value, recurseTimes);
    });
  }

  std::vector<std::string> formatSet(CellId id, int recurseTimes) {
    return formatTable(heap().as<SetObject>(id).table,
                       [&](const OrderedTable::Entry& e) { return formatValue(e.key, recurseTimes); });
  }

  // With showHidden, Node previews a weak collection's entries, sorted so that the
  // output does not depend on the order the engine keeps them in.
  std::vector<std::string> formatWeakEntries(CellId id, int recurseTimes) {
    std::vector<std::string> output;
    if (object(id).kind == CellKind::WeakMap) {
      output = formatTable(heap().as<WeakMapObject>(id).table, [&](const OrderedTable::Entry& e) {
        std::string key = formatValue(e.key, recurseTimes);
        return key + " => " + formatValue(e.value, recurseTimes);
      });
    } else {
      output = formatTable(heap().as<WeakSetObject>(id).table,
                           [&](const OrderedTable::Entry& e) { return formatValue(e.key, recurseTimes); });
    }
    std::sort(output.begin(), output.end());
    return output;
  }

  std::vector<std::string> formatPromise(CellId id, int recurseTimes) {
    const auto& promise = heap().as<PromiseObject>(id);
    if (promise.state == PromiseState::Pending) return {"<pending>"};
    ctx_.indentationLvl += 2;
    std::string text = formatValue(promise.result, recurseTimes);
    ctx_.indentationLvl -= 2;
    return {promise.state == PromiseState::Rejected ? "<rejected> " + text : text};
  }

  // Node's formatProperty for an own key: "key: value", the value two columns
  // further in; accessors are named, never called.
  std::string formatProperty(CellId id, int recurseTimes, const PropertyKey& key, ExtrasType type) {
    auto desc = ops::getOwnProperty(engine_, id, key);
    std::string text = "undefined";
    if (desc && desc->value && !desc->value->isUndefined()) {
      text = formatIndented(*desc->value, recurseTimes);
    } else if (desc && desc->getter && !desc->getter->isUndefined()) {
      text = desc->setter && !desc->setter->isUndefined() ? "[Getter/Setter]" : "[Getter]";
    } else if (desc && desc->setter && !desc->setter->isUndefined()) {
      text = "[Setter]";
    }
    if (type == ExtrasType::Array) return text;
    return propertyName(key, desc && desc->enumerable.value_or(false)) + ": " + text;
  }

  std::string propertyName(const PropertyKey& key, bool enumerable) {
    Value keyValue = ops::keyToValue(engine_, key);
    if (keyValue.isSymbol()) return inspectBracketedKey(symbolText(keyValue));
    const std::u16string& text = heap().text(keyValue);
    if (!enumerable && text != u"__proto__") return inspectBracketedKey(text);
    return inspectPropertyKey(text);
  }

  Engine& engine_;
  InspectContext ctx_;
  bool showHidden_;
  std::vector<CellId> seen_;      // the objects being formatted, outermost first
  std::vector<CellId> circular_;  // objects met again inside themselves, by number
};

}  // namespace

std::string inspect(Engine& engine, Value value, const InspectOptions& options) {
  return Inspector(engine, options).formatValue(value, 0);
}

}  // namespace reachable
