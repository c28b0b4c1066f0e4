#include "engine/DOMException.h"

#include <algorithm>
#include <string>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"

namespace reachable {

namespace {

// WebIDL's table of the names that had a legacy code.
struct LegacyCode {
  std::string_view name;
  int code;
};
constexpr LegacyCode kLegacyCodes[] = {
    {"IndexSizeError", 1},         {"HierarchyRequestError", 3}, {"WrongDocumentError", 4},
    {"InvalidCharacterError", 5},  {"NoModificationAllowedError", 7}, {"NotFoundError", 8},
    {"NotSupportedError", 9},      {"InUseAttributeError", 10},  {"InvalidStateError", 11},
    {"SyntaxError", 12},           {"InvalidModificationError", 13}, {"NamespaceError", 14},
    {"InvalidAccessError", 15},    {"TypeMismatchError", 17},    {"SecurityError", 18},
    {"NetworkError", 19},          {"AbortError", 20},           {"URLMismatchError", 21},
    {"QuotaExceededError", 22},    {"TimeoutError", 23},         {"InvalidNodeTypeError", 24},
    {"DataCloneError", 25},
};

int legacyCode(std::string_view name) {
  auto it = std::ranges::find(kLegacyCodes, name, &LegacyCode::name);
  return it == std::end(kLegacyCodes) ? 0 : it->code;
}

// new DOMException(message = "", name = "Error").
Value domExceptionConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  if (!call.isConstruct()) {
    return engine.throwError(ErrorType::TypeError, "Class constructor DOMException cannot be invoked without 'new'");
  }
  std::string message, name = "Error";
  if (!call.arg(0).isUndefined()) message = stringText(engine, TRY(toString(engine, call.arg(0))));
  if (!call.arg(1).isUndefined()) name = stringText(engine, TRY(toString(engine, call.arg(1))));
  return newDOMException(engine, message, name);
}

}  // namespace

Value newDOMException(Engine& engine, std::string_view message, std::string_view name) {
  Value error = engine.newError(ErrorType::Error, message);
  engine.heap().as<JSObject>(error).proto = engine.intrinsic(Intrinsic::DOMExceptionPrototype);
  // Own, not the prototype's getters as in Node: the same values show through.
  defineValue(engine, error.asCell(), "name", engine.newString(name));
  defineValue(engine, error.asCell(), "code", Value::number(legacyCode(name)));
  return error;
}

void installDOMException(Engine& engine) {
  defineConstructor(engine, "DOMException", domExceptionConstructor, 0,
                    engine.intrinsic(Intrinsic::DOMExceptionPrototype), false);
}

}  // namespace reachable
