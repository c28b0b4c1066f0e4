// console.log's argument formatting: Node 20's formatWithOptionsInternal
// (lib/internal/util/inspect.js) with its format specifiers.
#include "engine/Inspect.h"

#include <regex>

#include "engine/BigInts.h"
#include "engine/Conversions.h"
#include "engine/ObjectOps.h"
#include "format/NumberToString.h"
#include "format/ParseInt.h"
#include "format/StringToNumber.h"

namespace reachable {

namespace {

Value getProperty(Engine& engine, Value base, std::string_view name) {
  return ops::get(engine, base, PropertyKey::fromAtom(engine.intern(name)));
}

bool hasOwn(Engine& engine, CellId object, Value key) {
  return ops::getOwnProperty(engine, object, PropertyKey::fromAtom(key)).has_value();
}

// Node's builtInObjects: the global constructors whose names look like "Object",
// "TypeError", "WeakRef".
bool isBuiltInName(Engine& engine, Value name) {
  if (!name.isString()) return false;
  static const std::regex kBuiltInName("^([A-Z][a-z]+)+$");
  if (!std::regex_match(stringText(engine, name), kBuiltInName)) return false;
  auto global = engine.intrinsic(Intrinsic::GlobalObject);
  return ops::getOwnProperty(engine, global, PropertyKey::fromAtom(engine.intern(stringText(engine, name))))
      .has_value();
}

// Node's hasBuiltInToString: whether %s should inspect the object (its toString
// is a built-in's) rather than call String() on it (its own or its class's).
bool hasBuiltInToString(Engine& engine, CellId object) {
  const Value self = Value::object(object);
  const Value toPrimitive = engine.realm().symbols.toPrimitive;
  bool checkToString = true;
  bool checkToPrimitive = true;
  if (!engine.isCallable(ops::get(engine, self, PropertyKey::fromAtom(engine.atoms().toString)))) {
    if (!engine.isCallable(ops::get(engine, self, PropertyKey::fromAtom(toPrimitive)))) return true;
    if (hasOwn(engine, object, toPrimitive)) return false;
    checkToString = false;
  } else if (hasOwn(engine, object, engine.atoms().toString)) {
    return false;
  } else if (!engine.isCallable(ops::get(engine, self, PropertyKey::fromAtom(toPrimitive)))) {
    checkToPrimitive = false;
  } else if (hasOwn(engine, object, toPrimitive)) {
    return false;
  }
  CellId pointer = object;
  do {
    pointer = ops::prototypeOf(engine, Value::object(pointer));
  } while (pointer != kNoCell && !(checkToString && hasOwn(engine, pointer, engine.atoms().toString)) &&
           !(checkToPrimitive && hasOwn(engine, pointer, toPrimitive)));
  if (pointer == kNoCell) return true;
  auto desc = ops::getOwnProperty(engine, pointer, PropertyKey::fromAtom(engine.atoms().constructor));
  if (!desc || !desc->value || !engine.isCallable(*desc->value)) return false;
  auto name = ops::getOwnProperty(engine, desc->value->asCell(), PropertyKey::fromAtom(engine.atoms().name));
  return name && name->value && isBuiltInName(engine, *name->value);
}

// String(v), which (unlike ToString) accepts a symbol.
std::string stringOf(Engine& engine, Value v) {
  if (v.isSymbol()) return toDisplayString(engine, v);
  Value text = toString(engine, v);
  return text.isException() ? std::string() : stringText(engine, text);
}

std::string formatString(Engine& engine, Value v) {
  if (v.isNumber()) return inspectNumber(v.asNumber());
  if (v.isBigInt()) return bigintLiteralText(engine, v);
  if (!v.isObject() || !hasBuiltInToString(engine, v.asCell())) return stringOf(engine, v);
  return inspect(engine, v, {.depth = 0});
}

// %j: the global JSON.stringify, with "[Circular]" for a circular structure.
std::string formatJson(Engine& engine, Value v) {
  Value json = getProperty(engine, Value::object(engine.intrinsic(Intrinsic::GlobalObject)), "JSON");
  Value stringify = json.isObject() ? getProperty(engine, json, "stringify") : Value::undefined();
  if (!engine.isCallable(stringify)) {
    engine.throwError(ErrorType::TypeError, "JSON.stringify is not a function");
    return {};
  }
  Value result = engine.call(stringify, json, std::span<const Value>(&v, 1));
  if (result.isException()) {
    Value error = engine.pendingException();
    std::string message = error.isObject() ? stringOf(engine, getProperty(engine, error, "message")) : "";
    if (message.substr(0, message.find('\n')) == "Converting circular structure to JSON") {
      engine.takePendingException();
      return "[Circular]";
    }
    return {};
  }
  return result.isUndefined() ? "undefined" : stringOf(engine, result);
}

// %d is Number(v); %i and %f are parseInt and parseFloat of String(v).
std::string formatNumberSpecifier(Engine& engine, char specifier, Value v) {
  if (v.isSymbol()) return "NaN";
  if (v.isBigInt() && specifier != 'f') return bigintLiteralText(engine, v);
  if (specifier == 'd') return inspectNumber(toNumber(engine, v));
  Value string = toString(engine, v);
  if (string.isException()) return {};
  const std::u16string& text = engine.heap().text(string);
  return inspectNumber(specifier == 'i' ? parseInt(text, 0) : parseFloat(text));
}

// The text a specifier stands for, consuming its argument.
std::string formatSpecifier(Engine& engine, char specifier, Value arg) {
  switch (specifier) {
    case 's': return formatString(engine, arg);
    case 'j': return formatJson(engine, arg);
    case 'd':
    case 'i':
    case 'f': return formatNumberSpecifier(engine, specifier, arg);
    case 'O': return inspect(engine, arg);
    case 'o': return inspect(engine, arg, {.depth = 4, .showHidden = true});
    default: return {};  // %c: CSS, which a terminal ignores
  }
}

}  // namespace

std::string formatLogArguments(Engine& engine, std::span<const Value> args) {
  std::string line;
  std::size_t next = 0;
  if (!args.empty() && args[0].isString()) {
    std::string first = stringText(engine, args[0]);
    if (args.size() == 1) return first;
    next = 1;
    std::size_t lastPos = 0;
    for (std::size_t i = 0; i + 1 < first.size(); ++i) {
      if (first[i] != '%') continue;
      const char c = first[++i];
      if (c == '%') {
        line.append(first, lastPos, i - lastPos);
        lastPos = i + 1;
        continue;
      }
      if (next == args.size() || std::string_view("sjdOoifc").find(c) == std::string_view::npos) continue;
      line.append(first, lastPos, i - 1 - lastPos);
      line += formatSpecifier(engine, c, args[next++]);
      if (engine.hasPendingException()) return {};
      lastPos = i + 1;
    }
    if (lastPos == 0) {
      next = 0;  // no specifier used: the format string prints as any string argument
    } else {
      line.append(first, lastPos);
    }
  }
  for (std::size_t i = next; i < args.size(); ++i) {
    if (i > 0) line += ' ';
    line += args[i].isString() ? stringText(engine, args[i]) : inspect(engine, args[i]);
    if (engine.hasPendingException()) return {};
  }
  return line;
}

}  // namespace reachable
