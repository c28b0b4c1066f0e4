#include "engine/Inspect.h"

#include "engine/Conversions.h"
#include "engine/ObjectOps.h"
#include "format/InspectLayout.h"
#include "format/NumberToString.h"
#include "format/StringEscape.h"

namespace reachable {

namespace {

class Inspector {
 public:
  explicit Inspector(Engine& engine) : engine_(engine) {}

  std::string formatValue(Value v, int recurseTimes, bool topLevel) {
    if (v.isString()) {
      return topLevel ? stringText(engine_, v) : inspectStringEntry(ctx_, engine_.heap().text(v));
    }
    if (v.isNumber()) return inspectNumber(v.asNumber());
    if (v.isUndefined()) return "undefined";
    if (v.isNull()) return "null";
    if (v.isBoolean()) return v.asBoolean() ? "true" : "false";
    if (v.isSymbol()) return toDisplayString(engine_, v);
    return formatObject(v, recurseTimes);
  }

 private:
  std::string formatObject(Value v, int recurseTimes) {
    const auto& object = engine_.heap().as<JSObject>(v);
    bool isArray = object.kind == CellKind::Array;
    if (recurseTimes > ctx_.depth) return isArray ? "[Array]" : "[Object]";
    for (Value seen : seen_) {
      if (seen == v) return "[Circular *1]";
    }
    seen_.push_back(v);
    ++recurseTimes;
    std::vector<std::string> output;
    if (isArray) {
      for (Value element : object.elements) {
        ctx_.indentationLvl += 2;
        output.push_back(element.isHole() ? "<1 empty item>" : formatValue(element, recurseTimes, false));
        ctx_.indentationLvl -= 2;
      }
    }
    for (const auto& key : ops::ownPropertyKeys(engine_, v.asCell())) {
      if (isArray && (key.isIndex || key.atom == engine_.atoms().length)) continue;
      auto own = ops::getOwnProperty(engine_, v.asCell(), key);
      if (!own || !own->enumerable.value_or(false)) continue;
      Value keyValue = ops::keyToValue(engine_, key);
      std::string name = keyValue.isSymbol() ? "[" + toDisplayString(engine_, keyValue) + "]"
                                             : inspectPropertyKey(engine_.heap().text(keyValue));
      ctx_.indentationLvl += 2;
      std::string text = own->isAccessor() ? "[Getter/Setter]" : formatValue(*own->value, recurseTimes, false);
      ctx_.indentationLvl -= 2;
      output.push_back(name + ": " + text);
    }
    seen_.pop_back();
    ctx_.currentDepth = recurseTimes;
    Braces braces = isArray ? Braces{"[", "]"} : Braces{"{", "}"};
    if (output.empty()) return braces.open + braces.close;
    return reduceToSingleString(ctx_, std::move(output), "", braces,
                                isArray ? ExtrasType::ArrayExtras : ExtrasType::Object, recurseTimes);
  }

  Engine& engine_;
  InspectContext ctx_;
  std::vector<Value> seen_;
};

}  // namespace

std::string inspect(Engine& engine, Value value) { return Inspector(engine).formatValue(value, 0, false); }

std::string formatLogArguments(Engine& engine, std::span<const Value> args) {
  std::string line;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i > 0) line += ' ';
    line += Inspector(engine).formatValue(args[i], 0, true);
  }
  return line;
}

}  // namespace reachable
