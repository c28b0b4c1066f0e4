// console as Node has it (lib/internal/console/constructor.js): log, info and debug
// write to standard output, warn, error, assert and trace to standard error; group
// indents every line written after it.
#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>
#include <limits>
#include <utility>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/EventLoop.h"
#include "engine/Inspect.h"
#include "engine/Interpreter.h"
#include "engine/Iteration.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "format/ConsoleTable.h"
#include "format/NumberFormatting.h"
#include "format/NumberToString.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

using Stream = ConsoleSink::Stream;

// Node's kWriteToConsole: the group indentation before every line.
void writeIndented(Engine& engine, Stream stream, const std::string& text) {
  const std::string& indent = engine.consoleState().groupIndent;
  if (indent.empty()) {
    engine.console().write(stream, text);
    return;
  }
  std::string indented = indent;
  for (char c : text) {
    indented += c;
    if (c == '\n') indented += indent;
  }
  engine.console().write(stream, indented);
}

Value writeFormatted(Engine& engine, Stream stream, std::span<const Value> args) {
  std::string line = formatLogArguments(engine, args);
  if (engine.hasPendingException()) return Value::exception();
  writeIndented(engine, stream, line);
  return Value::undefined();
}

template <Stream kStream>
Value consoleWrite(NativeCall& call) {
  return writeFormatted(call.engine, kStream, call.args);
}

// process.emitWarning's line, which Node writes to standard error.
void warn(Engine& engine, const std::string& message) {
  engine.console().write(Stream::Err, "Warning: " + message);
}

// A label argument: `${label}`, "default" when absent.
std::optional<std::string> labelOf(Engine& engine, Value label) {
  if (label.isUndefined()) return std::string("default");
  Value text = toString(engine, label);
  if (text.isException()) return std::nullopt;
  return toUtf8(engine.heap().text(text));
}

Value consoleDir(NativeCall& call) {
  Engine& engine = call.engine;
  InspectOptions options;
  Value given = call.arg(1);
  if (given.isObject()) {
    Value depth = TRY(ops::get(engine, given, PropertyKey::fromAtom(engine.intern("depth"))));
    if (depth.isNumber()) options.depth = static_cast<int>(std::min(depth.asNumber(), 1e6));
    if (depth.isNull()) options.depth = std::numeric_limits<int>::max();
    Value hidden = TRY(ops::get(engine, given, PropertyKey::fromAtom(engine.intern("showHidden"))));
    options.showHidden = toBoolean(engine, hidden);
  }
  std::string text = inspect(engine, call.arg(0), options);
  if (engine.hasPendingException()) return Value::exception();
  writeIndented(engine, Stream::Out, text);
  return Value::undefined();
}

// group and groupCollapsed, which a terminal shows alike.
Value consoleGroup(NativeCall& call) {
  if (!call.args.empty() && writeFormatted(call.engine, Stream::Out, call.args).isException()) {
    return Value::exception();
  }
  call.engine.consoleState().groupIndent += "  ";
  return Value::undefined();
}

Value consoleGroupEnd(NativeCall& call) {
  std::string& indent = call.engine.consoleState().groupIndent;
  indent.resize(indent.size() >= 2 ? indent.size() - 2 : 0);
  return Value::undefined();
}

Value consoleCount(NativeCall& call) {
  auto label = labelOf(call.engine, call.arg(0));
  if (!label) return Value::exception();
  double count = ++call.engine.consoleState().counts[*label];
  writeIndented(call.engine, Stream::Out, *label + ": " + numberToString(count));
  return Value::undefined();
}

Value consoleCountReset(NativeCall& call) {
  auto label = labelOf(call.engine, call.arg(0));
  if (!label) return Value::exception();
  auto& counts = call.engine.consoleState().counts;
  if (counts.erase(*label) == 0) warn(call.engine, "Count for '" + *label + "' does not exist");
  return Value::undefined();
}

Value consoleAssert(NativeCall& call) {
  Engine& engine = call.engine;
  if (toBoolean(engine, call.arg(0))) return Value::undefined();
  std::vector<Value> args(call.args.size() > 1 ? call.args.begin() + 1 : call.args.end(), call.args.end());
  if (!args.empty() && args[0].isString()) {
    args[0] = engine.newString(u"Assertion failed: " + engine.heap().text(args[0]));
  } else {
    args.insert(args.begin(), engine.intern("Assertion failed"));
  }
  Interpreter::Pin pin(engine.interpreter(), args[0]);
  return writeFormatted(engine, Stream::Err, args);
}

// With --stack-trace-limit=0 the stack is only its first line, "Trace: message".
Value consoleTrace(NativeCall& call) {
  Engine& engine = call.engine;
  std::string message = formatLogArguments(engine, call.args);
  if (engine.hasPendingException()) return Value::exception();
  writeIndented(engine, Stream::Err, message.empty() ? "Trace" : "Trace: " + message);
  return Value::undefined();
}

double consoleNow(Engine& engine) { return engine.eventLoop().now() + steadyMilliseconds(); }

std::string twoDigits(double n) { return (n < 10 ? "0" : "") + numberToString(n); }

// Node's formatTime: milliseconds to three decimals, then seconds, then m:ss.mmm.
std::string formatTime(double ms) {
  if (ms < 1000) return numberToString(std::stod(numberToFixed(ms, 3))) + "ms";
  if (ms < 60000) return numberToFixed(ms / 1000, 3) + "s";
  const double hours = std::floor(ms / 3600000);
  const double minutes = std::floor(std::fmod(ms, 3600000) / 60000);
  const std::string seconds = numberToFixed(std::fmod(ms, 60000) / 1000, 3);
  const std::string paddedSeconds = seconds.size() < 6 ? "0" + seconds : seconds;
  if (hours != 0) return numberToString(hours) + ":" + twoDigits(minutes) + ":" + paddedSeconds + " (h:mm:ss.mmm)";
  return numberToString(minutes) + ":" + paddedSeconds + " (m:ss.mmm)";
}

Value consoleTime(NativeCall& call) {
  auto label = labelOf(call.engine, call.arg(0));
  if (!label) return Value::exception();
  auto& timers = call.engine.consoleState().timers;
  if (timers.contains(*label)) {
    warn(call.engine, "Label '" + *label + "' already exists for console.time()");
  } else {
    timers[*label] = consoleNow(call.engine);
  }
  return Value::undefined();
}

// timeEnd (which forgets the label) and timeLog (which prints its extra arguments).
template <bool kEnd>
Value consoleTimeReport(NativeCall& call) {
  Engine& engine = call.engine;
  auto label = labelOf(engine, call.arg(0));
  if (!label) return Value::exception();
  auto& timers = engine.consoleState().timers;
  auto timer = timers.find(*label);
  if (timer == timers.end()) {
    warn(engine, "No such label '" + *label + "' for console." + (kEnd ? "timeEnd()" : "timeLog()"));
    return Value::undefined();
  }
  std::string line = *label + ": " + formatTime(consoleNow(engine) - timer->second);
  if (kEnd) timers.erase(timer);
  if (!kEnd && call.args.size() > 1) {
    std::string data = formatLogArguments(engine, call.args.subspan(1));
    if (engine.hasPendingException()) return Value::exception();
    line += " " + data;
  }
  writeIndented(engine, Stream::Out, line);
  return Value::undefined();
}

// --- console.table ---

// A cell as console.table's _inspect writes it: on one line, at most three array
// entries, an object of more than two keys as [Object].
std::optional<std::string> tableCell(Engine& engine, Value v) {
  InspectOptions options;
  options.depth = 0;
  if (v.isObject() && engine.heap().get(v.asCell()).kind != CellKind::Array) {
    auto keys = ops::ownPropertyKeys(engine, v.asCell());
    std::size_t enumerable = 0;
    for (const auto& key : keys) {
      if (key.isIndex || !key.atom.isSymbol()) {
        auto own = ops::getOwnProperty(engine, v.asCell(), key);
        if (own && own->enumerable.value_or(false)) ++enumerable;
      }
    }
    if (enumerable > 2) options.depth = -1;
  }
  options.maxArrayLength = 3;
  options.breakLength = std::numeric_limits<int>::max() / 2;
  std::string text = inspect(engine, v, options);
  if (engine.hasPendingException()) return std::nullopt;
  return text;
}

std::vector<std::string> iterationIndices(std::size_t count) {
  std::vector<std::string> indices;
  for (std::size_t i = 0; i < count; ++i) indices.push_back(std::to_string(i));
  return indices;
}

// The enumerable own string keys of an object, as Object.keys lists them.
std::vector<PropertyKey> objectKeys(Engine& engine, CellId object) {
  std::vector<PropertyKey> keys;
  for (const auto& key : ops::ownPropertyKeys(engine, object)) {
    if (!key.isIndex && key.atom.isSymbol()) continue;
    auto own = ops::getOwnProperty(engine, object, key);
    if (own && own->enumerable.value_or(false)) keys.push_back(key);
  }
  return keys;
}

std::string keyText(Engine& engine, const PropertyKey& key) {
  return key.isIndex ? std::to_string(key.index) : toUtf8(engine.heap().text(key.atom));
}

// The columns of a Map or Set: its entries in order, as for…of visits them.
Value mapOrSetTable(Engine& engine, Value data, bool isMap) {
  auto record = getIterator(engine, data);
  if (!record) return Value::exception();
  Interpreter::Pin pinIterator(engine.interpreter(), record->iterator);
  Interpreter::Pin pinNext(engine.interpreter(), record->next);
  std::vector<std::string> keys, values;
  while (auto entry = iteratorStep(engine, *record)) {
    Interpreter::Pin pinEntry(engine.interpreter(), *entry);
    Value value = *entry;
    if (isMap) {
      Value key = TRY(ops::get(engine, *entry, PropertyKey::fromIndex(0)));
      auto cell = tableCell(engine, key);
      if (!cell) return Value::exception();
      keys.push_back(*cell);
      value = TRY(ops::get(engine, *entry, PropertyKey::fromIndex(1)));
    }
    auto cell = tableCell(engine, value);
    if (!cell) return Value::exception();
    values.push_back(*cell);
  }
  if (engine.hasPendingException()) return Value::exception();
  const auto indices = iterationIndices(values.size());
  const std::string table = isMap ? renderConsoleTable({"(iteration index)", "Key", "Values"}, {indices, keys, values})
                                  : renderConsoleTable({"(iteration index)", "Values"}, {indices, values});
  writeIndented(engine, Stream::Out, table);
  return Value::undefined();
}

// One column per property of the rows (or per name in `properties`), in the order an
// object would keep those names: integer names first, ascending.
struct TableColumns {
  std::vector<std::pair<std::string, std::vector<std::string>>> columns;

  std::vector<std::string>& named(const std::string& name) {
    for (auto& column : columns) {
      if (column.first == name) return column.second;
    }
    columns.emplace_back(name, std::vector<std::string>());
    return columns.back().second;
  }
  static void put(std::vector<std::string>& column, std::size_t row, std::string cell) {
    if (column.size() <= row) column.resize(row + 1);
    column[row] = std::move(cell);
  }
  void orderAsObjectKeys() {
    auto index = [](const std::string& name) -> std::optional<unsigned long> {
      if (name.empty() || name.size() > 10 || (name.size() > 1 && name[0] == '0')) return std::nullopt;
      for (char c : name) {
        if (c < '0' || c > '9') return std::nullopt;
      }
      const unsigned long n = std::stoul(name);
      return n < 4294967295UL ? std::optional(n) : std::nullopt;
    };
    std::stable_sort(columns.begin(), columns.end(), [&](const auto& a, const auto& b) {
      auto x = index(a.first), y = index(b.first);
      if (x && y) return *x < *y;
      return x.has_value() && !y.has_value();
    });
  }
};

Value objectTable(Engine& engine, Value data, Value properties) {
  std::vector<Value> propertyNames;
  if (!properties.isUndefined()) {
    auto length = lengthOfArrayLike(engine, properties);
    if (!length) return Value::exception();
    for (double i = 0; i < *length; ++i) propertyNames.push_back(TRY(ops::get(engine, properties, indexKey(engine, i))));
  }
  TableColumns table;
  std::vector<std::string> primitiveValues;
  bool hasPrimitives = false;
  const auto rowKeys = objectKeys(engine, data.asCell());
  for (std::size_t row = 0; row < rowKeys.size(); ++row) {
    Value item = TRY(ops::get(engine, data, rowKeys[row]));
    Interpreter::Pin pinItem(engine.interpreter(), item);
    const bool primitive = !item.isObject();
    if (properties.isUndefined() && primitive) {
      hasPrimitives = true;
      auto cell = tableCell(engine, item);
      if (!cell) return Value::exception();
      TableColumns::put(primitiveValues, row, *cell);
      continue;
    }
    std::vector<PropertyKey> keys;
    if (properties.isUndefined()) {
      keys = objectKeys(engine, item.asCell());
    } else {
      for (Value name : propertyNames) {
        auto key = ops::toPropertyKey(engine, name);
        if (!key) return Value::exception();
        keys.push_back(*key);
      }
    }
    for (const auto& key : keys) {
      auto& column = table.named(keyText(engine, key));
      if (primitive || !ops::hasOwnProperty(engine, item.asCell(), key)) {
        TableColumns::put(column, row, "");
        continue;
      }
      Value v = TRY(ops::get(engine, item, key));
      auto cell = tableCell(engine, v);
      if (!cell) return Value::exception();
      TableColumns::put(column, row, *cell);
    }
  }
  table.orderAsObjectKeys();
  std::vector<std::string> head{"(index)"};
  std::vector<std::vector<std::string>> columns(1);
  for (const auto& key : rowKeys) columns[0].push_back(keyText(engine, key));
  for (auto& [name, column] : table.columns) {
    head.push_back(name);
    columns.push_back(std::move(column));
  }
  if (hasPrimitives) {
    head.emplace_back("Values");
    columns.push_back(std::move(primitiveValues));
  }
  writeIndented(engine, Stream::Out, renderConsoleTable(head, columns));
  return Value::undefined();
}

// Anything but an object is logged as it is.
Value consoleTable(NativeCall& call) {
  Engine& engine = call.engine;
  Value data = call.arg(0);
  if (!data.isObject() || engine.isCallable(data)) return writeFormatted(engine, Stream::Out, std::span(&data, 1));
  const CellKind kind = engine.heap().get(data.asCell()).kind;
  if (kind == CellKind::Map || kind == CellKind::Set) return mapOrSetTable(engine, data, kind == CellKind::Map);
  return objectTable(engine, data, call.arg(1));
}

}  // namespace

void installConsoleBuiltins(Engine& engine) {
  Value console = engine.newObject();
  CellId c = console.asCell();
  defineMethod(engine, c, "log", consoleWrite<Stream::Out>, 0);
  defineMethod(engine, c, "info", consoleWrite<Stream::Out>, 0);
  defineMethod(engine, c, "debug", consoleWrite<Stream::Out>, 0);
  defineMethod(engine, c, "dirxml", consoleWrite<Stream::Out>, 0);
  defineMethod(engine, c, "warn", consoleWrite<Stream::Err>, 0);
  defineMethod(engine, c, "error", consoleWrite<Stream::Err>, 0);
  defineMethod(engine, c, "dir", consoleDir, 0);
  defineMethod(engine, c, "table", consoleTable, 0);
  defineMethod(engine, c, "group", consoleGroup, 0);
  defineMethod(engine, c, "groupCollapsed", consoleGroup, 0);
  defineMethod(engine, c, "groupEnd", consoleGroupEnd, 0);
  defineMethod(engine, c, "count", consoleCount, 0);
  defineMethod(engine, c, "countReset", consoleCountReset, 0);
  defineMethod(engine, c, "assert", consoleAssert, 0);
  defineMethod(engine, c, "trace", consoleTrace, 0);
  defineMethod(engine, c, "time", consoleTime, 0);
  defineMethod(engine, c, "timeEnd", consoleTimeReport<true>, 0);
  defineMethod(engine, c, "timeLog", consoleTimeReport<false>, 0);
  // Node's console is an instance of its Console: Object.prototype.toString says
  // "[object console]".
  ops::defineOwnProperty(engine, c, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("console"), kConfigurable), false);
  defineValue(engine, engine.intrinsic(Intrinsic::GlobalObject), "console", console);
}

}  // namespace reachable
