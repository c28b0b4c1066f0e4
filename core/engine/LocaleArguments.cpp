#include "engine/LocaleArguments.h"

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "text/LocaleTags.h"
#include "text/Utf16.h"

namespace reachable {
namespace {

std::optional<std::string> canonicalTagOf(Engine& engine, Value tag) {
  if (!tag.isString() && !tag.isObject()) {
    engine.throwError(ErrorType::TypeError, "Language ID should be string or object.");
    return std::nullopt;
  }
  Value text = toString(engine, tag);
  if (text.isException()) return std::nullopt;
  auto canonical = canonicalLocaleTag(toUtf8(engine.heap().text(text)));
  if (!canonical) engine.throwError(ErrorType::RangeError, "Incorrect locale information provided");
  return canonical;
}

// An option read as a string: nullopt when it threw, an empty string when absent.
std::optional<std::string> stringOption(Engine& engine, Value options, Value name) {
  Value value = ops::get(engine, options, PropertyKey::fromAtom(name));
  if (value.isException()) return std::nullopt;
  if (value.isUndefined()) return std::string();
  Value text = toString(engine, value);
  if (text.isException()) return std::nullopt;
  return toUtf8(engine.heap().text(text));
}

std::optional<bool> booleanOption(Engine& engine, Value options, Value name) {
  Value value = ops::get(engine, options, PropertyKey::fromAtom(name));
  if (value.isException()) return std::nullopt;
  return toBoolean(engine, value);
}

std::optional<CollationOptions::Sensitivity> sensitivityNamed(Engine& engine, const std::string& name,
                                                               std::string_view method) {
  using Sensitivity = CollationOptions::Sensitivity;
  if (name.empty() || name == "variant") return Sensitivity::Variant;
  if (name == "base") return Sensitivity::Base;
  if (name == "accent") return Sensitivity::Accent;
  if (name == "case") return Sensitivity::Case;
  engine.throwError(ErrorType::RangeError,
                    "Value " + name + " out of range for " + std::string(method) + " options property sensitivity");
  return std::nullopt;
}

}  // namespace

std::optional<std::string> requestedLocale(Engine& engine, Value locales) {
  if (locales.isUndefined()) return std::string();
  if (locales.isString()) return canonicalTagOf(engine, locales);
  Value list = toObject(engine, locales);
  if (list.isException()) return std::nullopt;
  auto length = lengthOfArrayLike(engine, list);
  if (!length) return std::nullopt;
  if (*length == 0) return std::string();
  Value first = ops::get(engine, list, PropertyKey::fromIndex(0));
  if (first.isException()) return std::nullopt;
  return canonicalTagOf(engine, first);
}

std::optional<CollationOptions> collationOptions(Engine& engine, Value locales, Value options,
                                                 std::string_view method) {
  CollationOptions collation;
  auto locale = requestedLocale(engine, locales);
  if (!locale) return std::nullopt;
  collation.localeTag = *locale;
  if (options.isUndefined()) return collation;
  Value object = toObject(engine, options);
  if (object.isException()) return std::nullopt;
  Interpreter::Pin pinObject(engine.interpreter(), object);
  // In ECMA-402's order of reading them, which getters can observe.
  auto numeric = booleanOption(engine, object, engine.intern("numeric"));
  if (!numeric) return std::nullopt;
  auto sensitivityName = stringOption(engine, object, engine.intern("sensitivity"));
  if (!sensitivityName) return std::nullopt;
  auto sensitivity = sensitivityNamed(engine, *sensitivityName, method);
  if (!sensitivity) return std::nullopt;
  auto ignorePunctuation = booleanOption(engine, object, engine.intern("ignorePunctuation"));
  if (!ignorePunctuation) return std::nullopt;
  collation.numeric = *numeric;
  collation.ignorePunctuation = *ignorePunctuation;
  collation.sensitivity = *sensitivity;
  return collation;
}

}  // namespace reachable
