// String's statics, String.prototype and the String Iterator (ECMA-262 §22.1).
// Strings are UTF-16 code units; positions and lengths count code units.
#include <algorithm>
#include <cmath>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/IteratorTurn.h"
#include "engine/LocaleArguments.h"
#include "engine/ObjectOps.h"
#include "engine/StringSubstitution.h"
#include "engine/Try.h"
#include "format/Int32Conversion.h"
#include "format/JsWhitespace.h"
#include "format/NumberToString.h"
#include "text/CaseMapping.h"
#include "text/Collation.h"
#include "text/LocaleTags.h"
#include "text/Normalization.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

using Text = std::u16string;

// The receiver as a string: ToString(RequireObjectCoercible(this)).
Value thisString(NativeCall& call, std::string_view method) {
  if (call.thisValue.isNullish()) {
    return call.engine.throwError(ErrorType::TypeError,
                                  "String.prototype." + std::string(method) + " called on null or undefined");
  }
  return toString(call.engine, call.thisValue);
}

std::optional<double> integerArg(Engine& engine, Value v) {
  double d = toIntegerOrInfinity(engine, v);
  if (engine.hasPendingException()) return std::nullopt;
  return d;
}

Value makeString(Engine& engine, Text text) {
  if (text.size() > engine.options().maxStringLength) {
    return engine.throwError(ErrorType::RangeError, "Invalid string length");
  }
  return engine.newString(std::move(text));
}

// The code point at `i` and how many code units it takes.
std::pair<char32_t, std::size_t> codePointAt(const Text& text, std::size_t i) {
  char16_t c = text[i];
  if (isHighSurrogate(c) && i + 1 < text.size() && isLowSurrogate(text[i + 1])) {
    return {combineSurrogates(c, text[i + 1]), 2};
  }
  return {c, 1};
}

#define REACHABLE_THIS_STRING(name)    \
  Value self = thisString(call, name); \
  if (self.isException()) return self; \
  Interpreter::Pin pinSelf(engine.interpreter(), self);

// --- The methods that take a regex ---

// Their first steps (ECMA-262 §22.1.3): an argument that is neither null nor
// undefined and has a method under `symbol` (a RegExp's Symbol.replace, or any
// object's) does the work, called with `args`.
std::optional<Value> delegateToSymbol(NativeCall& call, std::string_view method, Value symbol,
                                      std::span<const Value> args) {
  Engine& engine = call.engine;
  if (call.thisValue.isNullish()) {
    return engine.throwError(ErrorType::TypeError,
                             "String.prototype." + std::string(method) + " called on null or undefined");
  }
  Value argument = call.arg(0);
  if (argument.isNullish()) return std::nullopt;
  Value fn = ops::get(engine, argument, PropertyKey::fromAtom(symbol));
  if (fn.isException()) return fn;
  if (fn.isNullish()) return std::nullopt;
  if (!engine.isCallable(fn)) return throwNotAFunction(engine, fn);
  return engine.call(fn, argument, args);
}

// `this` as a string matched by a regex made of the argument: match, matchAll, search
// without a regex argument.
Value invokeOnNewRegExp(NativeCall& call, std::string_view method, Value symbol, std::u16string_view flags) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING(method)
  Value rx = TRY(regExpCreate(engine, call.arg(0), flags));
  Interpreter::Pin pinRx(engine.interpreter(), rx);
  Value fn = TRY(ops::get(engine, rx, PropertyKey::fromAtom(symbol)));
  if (!engine.isCallable(fn)) return throwNotAFunction(engine, fn);
  Value args[] = {self};
  return engine.call(fn, rx, args);
}

// --- Characters ---

Value stringCharAt(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("charAt")
  auto pos = integerArg(engine, call.arg(0));
  if (!pos) return Value::exception();
  const Text& text = engine.heap().text(self);
  if (*pos < 0 || *pos >= static_cast<double>(text.size())) return engine.atoms().empty;
  return engine.newString(Text(1, text[static_cast<std::size_t>(*pos)]));
}

Value stringCharCodeAt(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("charCodeAt")
  auto pos = integerArg(engine, call.arg(0));
  if (!pos) return Value::exception();
  const Text& text = engine.heap().text(self);
  if (*pos < 0 || *pos >= static_cast<double>(text.size())) return Value::number(std::nan(""));
  return Value::number(text[static_cast<std::size_t>(*pos)]);
}

Value stringCodePointAt(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("codePointAt")
  auto pos = integerArg(engine, call.arg(0));
  if (!pos) return Value::exception();
  const Text& text = engine.heap().text(self);
  if (*pos < 0 || *pos >= static_cast<double>(text.size())) return Value::undefined();
  return Value::number(codePointAt(text, static_cast<std::size_t>(*pos)).first);
}

Value stringAt(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("at")
  auto pos = integerArg(engine, call.arg(0));
  if (!pos) return Value::exception();
  const Text& text = engine.heap().text(self);
  double k = *pos >= 0 ? *pos : static_cast<double>(text.size()) + *pos;
  if (k < 0 || k >= static_cast<double>(text.size())) return Value::undefined();
  return engine.newString(Text(1, text[static_cast<std::size_t>(k)]));
}

// --- Searching ---

Value stringIndexOf(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("indexOf")
  auto search = stringArgument(engine, call.arg(0));
  if (!search) return Value::exception();
  auto pos = integerArg(engine, call.arg(1));
  if (!pos) return Value::exception();
  const Text& text = engine.heap().text(self);
  auto start = static_cast<std::size_t>(std::clamp(*pos, 0.0, static_cast<double>(text.size())));
  auto found = text.find(*search, start);
  return Value::number(found == Text::npos ? -1 : static_cast<double>(found));
}

Value stringLastIndexOf(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("lastIndexOf")
  auto search = stringArgument(engine, call.arg(0));
  if (!search) return Value::exception();
  double numPos = toNumber(engine, call.arg(1));
  if (engine.hasPendingException()) return Value::exception();
  const Text& text = engine.heap().text(self);
  double pos = std::isnan(numPos) ? INFINITY : std::trunc(numPos);
  auto start = static_cast<std::size_t>(std::clamp(pos, 0.0, static_cast<double>(text.size())));
  auto found = text.rfind(*search, start);
  return Value::number(found == Text::npos ? -1 : static_cast<double>(found));
}

// includes (0), startsWith (1), endsWith (2).
template <int kKind>
Value stringContains(NativeCall& call) {
  Engine& engine = call.engine;
  static constexpr std::string_view kNames[] = {"includes", "startsWith", "endsWith"};
  REACHABLE_THIS_STRING(kNames[kKind])
  auto search = stringArgument(engine, call.arg(0));
  if (!search) return Value::exception();
  const Text& text = engine.heap().text(self);
  auto size = static_cast<double>(text.size());
  double pos = kKind == 2 ? size : 0;
  if (!call.arg(1).isUndefined()) {
    auto given = integerArg(engine, call.arg(1));
    if (!given) return Value::exception();
    pos = *given;
  }
  auto at = static_cast<std::size_t>(std::clamp(pos, 0.0, size));
  if (kKind == 0) return Value::boolean(text.find(*search, at) != Text::npos);
  if (kKind == 1)
    return Value::boolean(text.compare(at, search->size(), *search) == 0 && at + search->size() <= text.size());
  if (search->size() > at) return Value::boolean(false);
  return Value::boolean(text.compare(at - search->size(), search->size(), *search) == 0);
}

// --- Substrings ---

Value stringSlice(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("slice")
  auto size = static_cast<double>(engine.heap().text(self).size());
  auto start = relativeIndex(engine, call.arg(0), size, 0);
  if (!start) return Value::exception();
  auto end = relativeIndex(engine, call.arg(1), size, size);
  if (!end) return Value::exception();
  if (*start >= *end) return engine.atoms().empty;
  return engine.newString(
      engine.heap().text(self).substr(static_cast<std::size_t>(*start), static_cast<std::size_t>(*end - *start)));
}

Value stringSubstring(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("substring")
  auto size = static_cast<double>(engine.heap().text(self).size());
  auto start = integerArg(engine, call.arg(0));
  if (!start) return Value::exception();
  double end = size;
  if (!call.arg(1).isUndefined()) {
    auto given = integerArg(engine, call.arg(1));
    if (!given) return Value::exception();
    end = *given;
  }
  double a = std::clamp(*start, 0.0, size), b = std::clamp(end, 0.0, size);
  if (a > b) std::swap(a, b);
  return engine.newString(
      engine.heap().text(self).substr(static_cast<std::size_t>(a), static_cast<std::size_t>(b - a)));
}

Value stringSubstr(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("substr")
  auto size = static_cast<double>(engine.heap().text(self).size());
  auto start = relativeIndex(engine, call.arg(0), size, 0);
  if (!start) return Value::exception();
  double length = size - *start;
  if (!call.arg(1).isUndefined()) {
    auto given = integerArg(engine, call.arg(1));
    if (!given) return Value::exception();
    length = std::clamp(*given, 0.0, size - *start);
  }
  if (length <= 0) return engine.atoms().empty;
  return engine.newString(
      engine.heap().text(self).substr(static_cast<std::size_t>(*start), static_cast<std::size_t>(length)));
}

// --- Case ---

template <bool kUpper>
Value stringChangeCase(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING(kUpper ? "toUpperCase" : "toLowerCase")
  const Text& text = engine.heap().text(self);
  return makeString(engine, kUpper ? toUpperCase(text) : toLowerCase(text));
}

// V8 tailors the mapping only for the languages whose rules differ from the root's
// (Intl::StringLocaleConvertCase).
std::string caseMappingLanguage(const std::string& requestedTag) {
  const std::string language = languageOf(requestedTag.empty() ? defaultLocaleTag() : requestedTag);
  return language == "tr" || language == "az" || language == "lt" || language == "el" ? language : std::string();
}

template <bool kUpper>
Value stringChangeLocaleCase(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING(kUpper ? "toLocaleUpperCase" : "toLocaleLowerCase")
  auto locale = requestedLocale(engine, call.arg(0));
  if (!locale) return Value::exception();
  const std::string language = caseMappingLanguage(*locale);
  const Text& text = engine.heap().text(self);
  return makeString(engine, kUpper ? toUpperCase(text, language) : toLowerCase(text, language));
}

// --- Well-formed UTF-16 (ES2024) ---

// Where the text has a surrogate without its partner, from `from` on, or npos.
std::size_t loneSurrogate(const Text& text, std::size_t from = 0) {
  for (std::size_t i = from; i < text.size(); ++i) {
    const char16_t c = text[i];
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
      ++i;
      continue;
    }
    return i;
  }
  return Text::npos;
}

Value stringIsWellFormed(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("isWellFormed")
  return Value::boolean(loneSurrogate(engine.heap().text(self)) == Text::npos);
}

// Each lone surrogate becomes U+FFFD, the replacement character.
Value stringToWellFormed(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("toWellFormed")
  Text text = engine.heap().text(self);
  std::size_t at = loneSurrogate(text);
  if (at == Text::npos) return self;
  for (; at != Text::npos; at = loneSurrogate(text, at + 1)) text[at] = u'\uFFFD';
  return engine.newString(std::move(text));
}

// --- Whitespace and padding ---

template <bool kStart, bool kEnd>
Value stringTrim(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING(kStart && kEnd ? "trim" : kStart ? "trimStart" : "trimEnd")
  const Text& text = engine.heap().text(self);
  std::size_t first = 0, last = text.size();
  if (kStart) first = skipJsWhitespace(text);
  if (kEnd) {
    while (last > first && isJsWhitespace(text[last - 1])) --last;
  }
  if (first == 0 && last == text.size()) return self;
  return engine.newString(text.substr(first, last - first));
}

template <bool kStart>
Value stringPad(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING(kStart ? "padStart" : "padEnd")
  double maxLength = std::clamp(toIntegerOrInfinity(engine, call.arg(0)), 0.0, 9007199254740991.0);
  if (engine.hasPendingException()) return Value::exception();
  Text filler = u" ";
  if (!call.arg(1).isUndefined()) {
    auto given = stringArgument(engine, call.arg(1));
    if (!given) return Value::exception();
    filler = *given;
  }
  const Text& text = engine.heap().text(self);
  if (maxLength <= static_cast<double>(text.size()) || filler.empty()) return self;
  if (maxLength > engine.options().maxStringLength) {
    return engine.throwError(ErrorType::RangeError, "Invalid string length");
  }
  std::size_t fillLength = static_cast<std::size_t>(maxLength) - text.size();
  Text padding;
  padding.reserve(fillLength);
  while (padding.size() < fillLength) padding += filler;
  padding.resize(fillLength);
  return engine.newString(kStart ? padding + text : text + padding);
}

Value stringRepeat(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("repeat")
  auto count = integerArg(engine, call.arg(0));
  if (!count) return Value::exception();
  if (*count < 0 || std::isinf(*count)) {
    return engine.throwError(ErrorType::RangeError, "Invalid count value: " + numberToString(*count));
  }
  const Text& text = engine.heap().text(self);
  if (*count == 0 || text.empty()) return engine.atoms().empty;
  if (*count * static_cast<double>(text.size()) > engine.options().maxStringLength) {
    return engine.throwError(ErrorType::RangeError, "Invalid string length");
  }
  Text result;
  result.reserve(text.size() * static_cast<std::size_t>(*count));
  for (double i = 0; i < *count; ++i) result += text;
  return engine.newString(std::move(result));
}

// --- Splitting and joining ---

Value stringSplit(NativeCall& call) {
  Engine& engine = call.engine;
  Value delegated[] = {call.thisValue, call.arg(1)};
  if (auto done = delegateToSymbol(call, "split", engine.realm().symbols.split, delegated)) return *done;
  REACHABLE_THIS_STRING("split")
  std::uint32_t limit = 0xFFFFFFFF;
  if (!call.arg(1).isUndefined()) {
    double d = toNumber(engine, call.arg(1));
    if (engine.hasPendingException()) return Value::exception();
    limit = toUint32(d);
  }
  std::optional<Text> separator;
  if (!call.arg(0).isUndefined()) {
    separator = stringArgument(engine, call.arg(0));
    if (!separator) return Value::exception();
  }
  Value result = engine.newArray();
  Interpreter::Pin pinResult(engine.interpreter(), result);
  // Each piece is a turn of the loop, counted: `'x'.repeat(1e8).split('')` meets the
  // budgets rather than exhaust memory.
  auto pushValue = [&](Value s) {
    if (!engine.interpreter().countIteration()) return false;
    auto& array = engine.heap().as<JSObject>(result);
    engine.heap().noteElementsFrom(array, static_cast<std::uint32_t>(array.elements.size()));
    array.elements.push_back(s);
    if ((array.elements.size() & 1023) == 0) engine.heap().reaccount(array);
    return true;
  };
  auto push = [&](Text piece) { return pushValue(engine.newString(std::move(piece))); };
  // One string per character code, as V8's single character string table keeps.
  auto pushCharacter = [&](char16_t c) { return pushValue(engine.heap().intern(std::u16string_view(&c, 1))); };
  const Text text = engine.heap().text(self);
  if (limit == 0) return result;
  if (!separator) {
    if (!push(text)) return Value::exception();
  } else if (separator->empty()) {
    for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
      if (!pushCharacter(text[i])) return Value::exception();
    }
  } else if (text.empty()) {
    if (!push(text)) return Value::exception();
  } else {
    std::size_t start = 0;
    for (std::size_t found; (found = text.find(*separator, start)) != Text::npos;) {
      if (!push(text.substr(start, found - start))) return Value::exception();
      if (engine.heap().as<JSObject>(result).elements.size() >= limit) break;
      start = found + separator->size();
    }
    if (engine.heap().as<JSObject>(result).elements.size() < limit && !push(text.substr(start))) {
      return Value::exception();
    }
  }
  engine.heap().reaccount(engine.heap().as<JSObject>(result));
  return result;
}

Value stringConcat(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("concat")
  Text result = engine.heap().text(self);
  for (Value v : call.args) {
    auto piece = stringArgument(engine, v);
    if (!piece) return Value::exception();
    result += *piece;
    if (result.size() > engine.options().maxStringLength) break;
  }
  return makeString(engine, std::move(result));
}

Value stringMatch(NativeCall& call) {
  Value args[] = {call.thisValue};
  if (auto done = delegateToSymbol(call, "match", call.engine.realm().symbols.match, args)) return *done;
  return invokeOnNewRegExp(call, "match", call.engine.realm().symbols.match, u"");
}

Value stringSearch(NativeCall& call) {
  Value args[] = {call.thisValue};
  if (auto done = delegateToSymbol(call, "search", call.engine.realm().symbols.search, args)) return *done;
  return invokeOnNewRegExp(call, "search", call.engine.realm().symbols.search, u"");
}

// matchAll and replaceAll refuse a regex without the g flag.
Value requireGlobalRegExp(NativeCall& call, std::string_view method) {
  Engine& engine = call.engine;
  if (call.thisValue.isNullish() || call.arg(0).isNullish()) return Value::undefined();
  auto regexp = isRegExp(engine, call.arg(0));
  if (!regexp) return Value::exception();
  if (!*regexp) return Value::undefined();
  Value flags = TRY(ops::get(engine, call.arg(0), PropertyKey::fromAtom(engine.intern("flags"))));
  if (flags.isNullish()) {
    return engine.throwError(ErrorType::TypeError,
                             "String.prototype." + std::string(method) + " called on null or undefined");
  }
  auto text = stringArgument(engine, flags);
  if (!text) return Value::exception();
  if (text->find(u'g') == Text::npos) {
    return engine.throwError(ErrorType::TypeError,
                             "String.prototype." + std::string(method) + " called with a non-global RegExp argument");
  }
  return Value::undefined();
}

Value stringMatchAll(NativeCall& call) {
  TRY(requireGlobalRegExp(call, "matchAll"));
  Value args[] = {call.thisValue};
  if (auto done = delegateToSymbol(call, "matchAll", call.engine.realm().symbols.matchAll, args)) return *done;
  return invokeOnNewRegExp(call, "matchAll", call.engine.realm().symbols.matchAll, u"g");
}

template <bool kAll>
Value stringReplace(NativeCall& call) {
  Engine& engine = call.engine;
  if (kAll) TRY(requireGlobalRegExp(call, "replaceAll"));
  Value delegated[] = {call.thisValue, call.arg(1)};
  if (auto done = delegateToSymbol(call, kAll ? "replaceAll" : "replace", engine.realm().symbols.replace, delegated)) {
    return *done;
  }
  REACHABLE_THIS_STRING(kAll ? "replaceAll" : "replace")
  auto search = stringArgument(engine, call.arg(0));
  if (!search) return Value::exception();
  Value replaceValue = call.arg(1);
  bool functional = engine.isCallable(replaceValue);
  Text replacement;
  if (!functional) {
    auto given = stringArgument(engine, replaceValue);
    if (!given) return Value::exception();
    replacement = *given;
  }
  const Text text = engine.heap().text(self);
  std::vector<std::size_t> positions;
  std::size_t advance = std::max<std::size_t>(search->size(), 1);
  for (std::size_t p = text.find(*search); p != Text::npos;
       p = p + advance > text.size() ? Text::npos : text.find(*search, p + advance)) {
    positions.push_back(p);
    if (!kAll) break;
  }
  Text result;
  std::size_t end = 0;
  for (std::size_t p : positions) {
    result += text.substr(end, p - end);
    if (functional) {
      Value matched = engine.newString(*search);
      Interpreter::Pin pinMatched(engine.interpreter(), matched);
      Value args[] = {matched, Value::number(static_cast<double>(p)), self};
      Value r = TRY(engine.call(replaceValue, Value::undefined(), args));
      auto piece = stringArgument(engine, r);
      if (!piece) return Value::exception();
      result += *piece;
    } else {
      auto substituted = getSubstitution(engine, *search, text, p, {}, Value::undefined(), replacement);
      if (!substituted) return Value::exception();
      result += *substituted;
    }
    end = p + search->size();
  }
  if (positions.empty()) return self;
  result += text.substr(end);
  return makeString(engine, std::move(result));
}

// --- Comparing and converting ---

// By ICU's collator for the requested locale, as V8 compares (Intl::CompareStrings).
Value stringLocaleCompare(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("localeCompare")
  auto that = stringArgument(engine, call.arg(0));
  if (!that) return Value::exception();
  auto options = collationOptions(engine, call.arg(1), call.arg(2), "String.prototype.localeCompare");
  if (!options) return Value::exception();
  auto order = collate(engine.heap().text(self), *that, *options);
  if (!order) return engine.throwError(ErrorType::RangeError, "Incorrect locale information provided");
  return Value::number(*order);
}

Value stringNormalize(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("normalize")
  NormalizationForm form = NormalizationForm::NFC;
  if (!call.arg(0).isUndefined()) {
    auto name = stringArgument(engine, call.arg(0));
    if (!name) return Value::exception();
    auto named = normalizationFormNamed(*name);
    if (!named) {
      return engine.throwError(ErrorType::RangeError, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
    }
    form = *named;
  }
  return makeString(engine, normalize(engine.heap().text(self), form));
}

template <bool kToString>
Value stringValueOf(NativeCall& call) {
  auto value = primitiveValue(call.engine, call.thisValue);
  if (value && value->isString()) return *value;
  return call.engine.throwError(
      ErrorType::TypeError,
      std::string("String.prototype.") + (kToString ? "toString" : "valueOf") + " requires that 'this' be a String");
}

// --- Iteration ---

Value stringIterator(NativeCall& call) {
  Engine& engine = call.engine;
  REACHABLE_THIS_STRING("[Symbol.iterator]")
  return newBuiltinIterator(engine, Intrinsic::StringIteratorPrototype, self, IteratorKind::String);
}

}  // namespace

IteratorTurn stringIteratorTurn(Engine& engine, Value iterator) {
  JSObject* state = builtinIteratorState(engine, iterator, IteratorKind::String, IteratorKind::String);
  if (!state) {
    return {engine.throwError(ErrorType::TypeError, "Method String Iterator.prototype.next called on incompatible receiver " +
                                                        engine.describeForMessage(iterator))};
  }
  Value target = state->elements[kIteratorTarget];
  if (target.isUndefined()) return {Value::undefined(), true};
  const Text& text = engine.heap().text(target);
  auto position = static_cast<std::size_t>(state->elements[kIteratorPosition].asNumber());
  engine.heap().noteWrite(*state);
  if (position >= text.size()) {
    state->elements[kIteratorTarget] = Value::undefined();
    return {Value::undefined(), true};
  }
  std::size_t units = codePointAt(text, position).second;
  state->elements[kIteratorPosition] = Value::number(static_cast<double>(position + units));
  return {engine.newString(text.substr(position, units))};
}

namespace {

// --- Statics ---

Value stringFromCharCode(NativeCall& call) {
  Engine& engine = call.engine;
  Text result;
  for (Value v : call.args) {
    double d = toNumber(engine, v);
    if (engine.hasPendingException()) return Value::exception();
    result += static_cast<char16_t>(toUint32(d) & 0xFFFF);
  }
  return engine.newString(std::move(result));
}

Value stringFromCodePoint(NativeCall& call) {
  Engine& engine = call.engine;
  Text result;
  for (Value v : call.args) {
    double d = toNumber(engine, v);
    if (engine.hasPendingException()) return Value::exception();
    if (d != std::trunc(d) || d < 0 || d > 0x10FFFF) {
      return engine.throwError(ErrorType::RangeError, "Invalid code point " + toDisplayString(engine, v));
    }
    appendUtf16(result, static_cast<char32_t>(d));
  }
  return makeString(engine, std::move(result));
}

Value stringRaw(NativeCall& call) {
  Engine& engine = call.engine;
  Value cooked = TRY(toObject(engine, call.arg(0)));
  Interpreter::Pin pinCooked(engine.interpreter(), cooked);
  Value raw = TRY(ops::get(engine, cooked, PropertyKey::fromAtom(engine.atoms().raw)));
  raw = TRY(toObject(engine, raw));
  Interpreter::Pin pinRaw(engine.interpreter(), raw);
  auto length = lengthOfArrayLike(engine, raw);
  if (!length) return Value::exception();
  Text result;
  for (double i = 0; i < *length; ++i) {
    Value segment = TRY(ops::get(engine, raw, indexKey(engine, i)));
    auto text = stringArgument(engine, segment);
    if (!text) return Value::exception();
    result += *text;
    if (i + 1 < *length && i + 1 < static_cast<double>(call.args.size())) {
      auto sub = stringArgument(engine, call.args[static_cast<std::size_t>(i) + 1]);
      if (!sub) return Value::exception();
      result += *sub;
    }
  }
  return makeString(engine, std::move(result));
}

#undef REACHABLE_THIS_STRING

}  // namespace

void installStringBuiltins(Engine& engine) {
  CellId prototype = engine.intrinsic(Intrinsic::StringPrototype);
  Value constructor = ops::get(engine, Value::object(prototype), PropertyKey::fromAtom(engine.atoms().constructor));
  CellId s = constructor.asCell();
  defineMethod(engine, s, "fromCharCode", stringFromCharCode, 1);
  defineMethod(engine, s, "fromCodePoint", stringFromCodePoint, 1);
  defineMethod(engine, s, "raw", stringRaw, 1);

  defineMethod(engine, prototype, "at", stringAt, 1);
  defineMethod(engine, prototype, "charAt", stringCharAt, 1);
  defineMethod(engine, prototype, "charCodeAt", stringCharCodeAt, 1);
  defineMethod(engine, prototype, "codePointAt", stringCodePointAt, 1);
  defineMethod(engine, prototype, "concat", stringConcat, 1);
  defineMethod(engine, prototype, "endsWith", stringContains<2>, 1);
  defineMethod(engine, prototype, "includes", stringContains<0>, 1);
  defineMethod(engine, prototype, "indexOf", stringIndexOf, 1);
  defineMethod(engine, prototype, "lastIndexOf", stringLastIndexOf, 1);
  defineMethod(engine, prototype, "localeCompare", stringLocaleCompare, 1);
  defineMethod(engine, prototype, "normalize", stringNormalize, 0);
  defineMethod(engine, prototype, "padEnd", stringPad<false>, 1);
  defineMethod(engine, prototype, "padStart", stringPad<true>, 1);
  defineMethod(engine, prototype, "repeat", stringRepeat, 1);
  defineMethod(engine, prototype, "match", stringMatch, 1);
  defineMethod(engine, prototype, "matchAll", stringMatchAll, 1);
  defineMethod(engine, prototype, "search", stringSearch, 1);
  defineMethod(engine, prototype, "replace", stringReplace<false>, 2);
  defineMethod(engine, prototype, "replaceAll", stringReplace<true>, 2);
  defineMethod(engine, prototype, "slice", stringSlice, 2);
  defineMethod(engine, prototype, "split", stringSplit, 2);
  defineMethod(engine, prototype, "substr", stringSubstr, 2);
  defineMethod(engine, prototype, "substring", stringSubstring, 2);
  defineMethod(engine, prototype, "startsWith", stringContains<1>, 1);
  defineMethod(engine, prototype, "toString", stringValueOf<true>, 0);
  defineMethod(engine, prototype, "toLowerCase", stringChangeCase<false>, 0);
  defineMethod(engine, prototype, "toLocaleLowerCase", stringChangeLocaleCase<false>, 0);
  defineMethod(engine, prototype, "toUpperCase", stringChangeCase<true>, 0);
  defineMethod(engine, prototype, "toLocaleUpperCase", stringChangeLocaleCase<true>, 0);
  defineMethod(engine, prototype, "trim", stringTrim<true, true>, 0);
  // trimLeft and trimRight are the same functions under their old names (Annex B).
  defineValue(engine, prototype, "trimLeft", defineMethod(engine, prototype, "trimStart", stringTrim<true, false>, 0));
  defineValue(engine, prototype, "trimRight", defineMethod(engine, prototype, "trimEnd", stringTrim<false, true>, 0));
  defineMethod(engine, prototype, "isWellFormed", stringIsWellFormed, 0);
  defineMethod(engine, prototype, "toWellFormed", stringToWellFormed, 0);
  defineMethod(engine, prototype, "valueOf", stringValueOf<false>, 0);
  defineMethod(engine, prototype, engine.realm().symbols.iterator, "[Symbol.iterator]", stringIterator, 0);

  CellId iteratorPrototype = engine.intrinsic(Intrinsic::StringIteratorPrototype);
  defineMethod(engine, iteratorPrototype, "next", iteratorNext<stringIteratorTurn>, 0);
  ops::defineOwnProperty(engine, iteratorPrototype, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("String Iterator"), kConfigurable), false);
}

}  // namespace reachable
