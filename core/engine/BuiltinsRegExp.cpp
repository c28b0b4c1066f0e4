// RegExp (ECMA-262 §22.2): the constructor, exec and its result, the flag getters,
// and the Symbol.match/matchAll/replace/search/split methods the String methods call.
// Matching itself is PCRE2's, on a pattern translated to mean what JavaScript's means
// (engine/RegExpCompiler, parse/RegExpTranslator).
#include <algorithm>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "engine/RegExpCompiler.h"
#include "engine/StringSubstitution.h"
#include "engine/Try.h"
#include "format/Int32Conversion.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

using Text = std::u16string;

// PCRE2's backtracking steps for one match are bounded by what is left of the step
// budget, and by this, so that a runaway pattern stops in about a second.
constexpr std::uint64_t kMaxMatchSteps = 50'000'000;

PropertyKey key(Engine& engine, std::string_view name) { return PropertyKey::fromAtom(engine.intern(name)); }

RegExpObject* asRegExp(Engine& engine, Value v) {
  if (!v.isObject() || engine.heap().get(v.asCell()).kind != CellKind::RegExp) return nullptr;
  return &engine.heap().as<RegExpObject>(v);
}

const CompiledRegExp& codeOf(const RegExpObject& regexp) { return static_cast<const CompiledRegExp&>(*regexp.code); }

Value incompatible(Engine& engine, std::string_view method, Value receiver) {
  return engine.throwError(ErrorType::TypeError, "Method RegExp.prototype." + std::string(method) +
                                                     " called on incompatible receiver " +
                                                     engine.describeForMessage(receiver));
}

// ToLength.
std::optional<double> lengthOf(Engine& engine, Value v) {
  double d = toIntegerOrInfinity(engine, v);
  if (engine.hasPendingException()) return std::nullopt;
  return std::clamp(d, 0.0, 9007199254740991.0);
}

bool setLastIndex(Engine& engine, Value regexp, double index) {
  return ops::set(engine, regexp, key(engine, "lastIndex"), Value::number(index));
}

// AdvanceStringIndex: past a whole surrogate pair under the u flag.
double advanceIndex(const Text& s, double index, bool unicode) {
  if (!unicode || index + 1 >= static_cast<double>(s.size())) return index + 1;
  const auto i = static_cast<std::size_t>(index);
  return (isHighSurrogate(s[i]) && isLowSurrogate(s[i + 1])) ? index + 2 : index + 1;
}

// EscapeRegExpPattern: the source as a literal's body would spell it.
Text escapedSource(std::u16string_view source) {
  if (source.empty()) return u"(?:)";
  Text out;
  bool inClass = false;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char16_t c = source[i];
    if (c == u'\\' && i + 1 < source.size()) {
      out += c;
      out += source[++i];
      continue;
    }
    if (c == u'[') inClass = true;
    if (c == u']') inClass = false;
    if (c == u'/' && !inClass) {
      out += u"\\/";
    } else if (c == u'\n') {
      out += u"\\n";
    } else if (c == u'\r') {
      out += u"\\r";
    } else if (c == 0x2028) {
      out += u"\\u2028";
    } else if (c == 0x2029) {
      out += u"\\u2029";
    } else {
      out += c;
    }
  }
  return out;
}

// RegExpInitialize on a fresh object: compiled, with lastIndex 0. A pattern outside
// the subset ends the run by name rather than match differently from Node.
Value initialize(Engine& engine, CellId prototype, const Text& source, const Text& flagsText, bool fromConstructor) {
  auto flags = RegExpFlags::parse(flagsText);
  if (!flags) {
    if (!fromConstructor) return engine.throwError(ErrorType::SyntaxError, "Invalid regular expression flags");
    return engine.throwError(ErrorType::SyntaxError,
                             "Invalid flags supplied to RegExp constructor '" + toUtf8(flagsText) + "'");
  }
  auto compiled = CompiledRegExp::compile(source, *flags);
  if (auto* failure = std::get_if<CompiledRegExp::Failure>(&compiled)) {
    if (failure->refused) {
      engine.interpreter().terminate(failure->message + " (RegExp outside Reachable's subset)");
      return Value::exception();
    }
    return engine.throwError(ErrorType::SyntaxError, failure->message);
  }
  auto& regexp = engine.heap().make<RegExpObject>(prototype);
  regexp.source = escapedSource(source);
  regexp.flags = flags->text();
  regexp.code = std::get<std::shared_ptr<const CompiledRegExp>>(std::move(compiled));
  Value result = Value::object(regexp.id);
  ops::defineOwnProperty(engine, regexp.id, key(engine, "lastIndex"),
                         PropertyDescriptor::data(Value::number(0), kWritable), false);
  return result;
}

// --- The constructor ---

Value regExpConstructor(NativeCall& call) {
  Engine& engine = call.engine;
  Value pattern = call.arg(0), flags = call.arg(1);
  auto patternIsRegExp = isRegExp(engine, pattern);
  if (!patternIsRegExp) return Value::exception();
  Value newTarget = call.newTarget;
  if (!call.isConstruct()) {
    newTarget = call.callee;
    if (*patternIsRegExp && flags.isUndefined()) {
      Value constructor = TRY(ops::get(engine, pattern, key(engine, "constructor")));
      if (sameValue(engine, constructor, newTarget)) return pattern;
    }
  }
  Value source = pattern;
  if (RegExpObject* given = asRegExp(engine, pattern)) {
    source = engine.newString(given->source);
    if (flags.isUndefined()) flags = engine.newString(given->flags);
  } else if (*patternIsRegExp) {
    source = TRY(ops::get(engine, pattern, key(engine, "source")));
    if (flags.isUndefined()) flags = TRY(ops::get(engine, pattern, key(engine, "flags")));
  }
  Interpreter::Pin pinSource(engine.interpreter(), source);
  Interpreter::Pin pinFlags(engine.interpreter(), flags);
  Value prototypeValue = TRY(ops::get(engine, newTarget, PropertyKey::fromAtom(engine.atoms().prototype)));
  CellId prototype = prototypeValue.isObject() ? prototypeValue.asCell() : engine.intrinsic(Intrinsic::RegExpPrototype);
  Text sourceText, flagsText;
  if (!source.isUndefined()) {
    auto text = stringArgument(engine, source);
    if (!text) return Value::exception();
    sourceText = *text;
  }
  if (!flags.isUndefined()) {
    auto text = stringArgument(engine, flags);
    if (!text) return Value::exception();
    flagsText = *text;
  }
  return initialize(engine, prototype, sourceText, flagsText, true);
}

// --- exec ---

// The array exec returns: the match and its groups, index, input, groups, and
// with the d flag their indices.
Value matchResult(Engine& engine, const CompiledRegExp& code, Value input, const Text& subject,
                  const std::vector<std::int64_t>& captures) {
  std::vector<Value> elements;
  for (std::uint32_t g = 0; g <= code.captureCount(); ++g) {
    const std::int64_t start = captures[2 * g], end = captures[2 * g + 1];
    elements.push_back(start < 0 ? Value::undefined()
                                 : engine.newString(subject.substr(static_cast<std::size_t>(start),
                                                                   static_cast<std::size_t>(end - start))));
  }
  Value array = engine.newArray(elements);
  Interpreter::Pin pin(engine.interpreter(), array);
  ops::createDataProperty(engine, array.asCell(), key(engine, "index"),
                          Value::number(static_cast<double>(captures[0])));
  ops::createDataProperty(engine, array.asCell(), key(engine, "input"), input);
  Value groups = Value::undefined();
  if (code.hasNamedGroups()) {
    groups = engine.newObject(kNoCell);
    for (std::uint32_t g = 1; g <= code.captureCount(); ++g) {
      const Text& name = code.groupNames()[g - 1];
      if (name.empty()) continue;
      ops::createDataProperty(engine, groups.asCell(), *ops::toPropertyKey(engine, engine.newString(name)),
                              elements[g]);
    }
  }
  ops::createDataProperty(engine, array.asCell(), key(engine, "groups"), groups);
  if (code.flags().hasIndices) {
    std::vector<Value> pairs;
    for (std::uint32_t g = 0; g <= code.captureCount(); ++g) {
      if (captures[2 * g] < 0) {
        pairs.push_back(Value::undefined());
        continue;
      }
      pairs.push_back(engine.newArray({Value::number(static_cast<double>(captures[2 * g])),
                                       Value::number(static_cast<double>(captures[2 * g + 1]))}));
    }
    Value indices = engine.newArray(pairs);
    Value indexGroups = Value::undefined();
    if (code.hasNamedGroups()) {
      indexGroups = engine.newObject(kNoCell);
      for (std::uint32_t g = 1; g <= code.captureCount(); ++g) {
        const Text& name = code.groupNames()[g - 1];
        if (name.empty()) continue;
        ops::createDataProperty(engine, indexGroups.asCell(), *ops::toPropertyKey(engine, engine.newString(name)),
                                pairs[g]);
      }
    }
    ops::createDataProperty(engine, indices.asCell(), key(engine, "groups"), indexGroups);
    ops::createDataProperty(engine, array.asCell(), key(engine, "indices"), indices);
  }
  return array;
}

// Runs PCRE2 within what is left of the step budget; false with the run ended when a
// match backtracks past it.
bool runMatch(Engine& engine, const CompiledRegExp& code, const Text& subject, std::size_t start,
              std::vector<std::int64_t>& captures, bool& matched) {
  const std::uint64_t budget = engine.options().stepBudget, used = engine.interpreter().steps();
  const std::uint64_t limit = std::min(kMaxMatchSteps, budget > used ? budget - used : 1);
  const bool anchored = code.flags().sticky;
  switch (code.match(subject, start, anchored, limit, captures)) {
    case CompiledRegExp::Outcome::Matched: matched = true; return engine.interpreter().countIteration();
    case CompiledRegExp::Outcome::NoMatch: matched = false; return engine.interpreter().countIteration();
    case CompiledRegExp::Outcome::MatchLimit:
      if (!engine.interpreter().countIteration(limit)) return false;
      return engine.interpreter().terminate("a regular expression backtracked more than " + std::to_string(limit) +
                                            " steps in one match (catastrophic backtracking?)");
    case CompiledRegExp::Outcome::HeapLimit:
      return engine.interpreter().terminate("a regular expression needed more than 256 MiB to backtrack in one match");
  }
  return false;
}

// RegExpBuiltinExec.
Value builtinExec(Engine& engine, Value regexpValue, Value input) {
  const RegExpObject& regexp = *asRegExp(engine, regexpValue);
  std::shared_ptr<const RegExpCode> keep = regexp.code;
  const CompiledRegExp& code = static_cast<const CompiledRegExp&>(*keep);
  Value lastIndexValue = TRY(ops::get(engine, regexpValue, key(engine, "lastIndex")));
  auto lastIndex = lengthOf(engine, lastIndexValue);
  if (!lastIndex) return Value::exception();
  const bool global = code.flags().global, sticky = code.flags().sticky;
  if (!global && !sticky) *lastIndex = 0;
  const Text subject = engine.heap().text(input);
  if (*lastIndex > static_cast<double>(subject.size())) {
    if ((global || sticky) && !setLastIndex(engine, regexpValue, 0)) return Value::exception();
    return Value::null();
  }
  if (code.usesUnicodeProperties() && hasUnassignedCodePoint(subject)) {
    engine.interpreter().terminate(
        "matching \\p{…} against a character that Unicode 15.0 leaves unassigned is not supported (newer Node "
        "versions may have given it properties)");
    return Value::exception();
  }
  auto start = static_cast<std::size_t>(*lastIndex);
  // Under the u flag an index inside a surrogate pair stands for the whole pair, as
  // in V8 (which steps back to the pair's start).
  if (code.flags().unicodeMode() && start > 0 && start < subject.size() && isLowSurrogate(subject[start]) &&
      isHighSurrogate(subject[start - 1])) {
    --start;
  }
  std::vector<std::int64_t> captures;
  bool matched = false;
  if (!runMatch(engine, code, subject, start, captures, matched)) return Value::exception();
  if (!matched) {
    if ((global || sticky) && !setLastIndex(engine, regexpValue, 0)) return Value::exception();
    return Value::null();
  }
  if ((global || sticky) && !setLastIndex(engine, regexpValue, static_cast<double>(captures[1]))) {
    return Value::exception();
  }
  return matchResult(engine, code, input, subject, captures);
}

// RegExpExec: a user's own `exec` if it has one, else the built-in.
Value regExpExec(Engine& engine, Value regexp, Value input) {
  Value exec = TRY(ops::get(engine, regexp, key(engine, "exec")));
  if (engine.isCallable(exec)) {
    Value args[] = {input};
    Value result = TRY(engine.call(exec, regexp, args));
    if (!result.isObject() && !result.isNull()) {
      return engine.throwError(ErrorType::TypeError, "object null or function expected");
    }
    return result;
  }
  if (!asRegExp(engine, regexp)) return incompatible(engine, "exec", regexp);
  return builtinExec(engine, regexp, input);
}

Value regExpProtoExec(NativeCall& call) {
  if (!asRegExp(call.engine, call.thisValue)) return incompatible(call.engine, "exec", call.thisValue);
  Value input = TRY(toString(call.engine, call.arg(0)));
  Interpreter::Pin pin(call.engine.interpreter(), input);
  return builtinExec(call.engine, call.thisValue, input);
}

Value requireObjectReceiver(NativeCall& call, std::string_view method) {
  if (!call.thisValue.isObject()) return incompatible(call.engine, method, call.thisValue);
  return call.thisValue;
}

Value regExpProtoTest(NativeCall& call) {
  Value rx = TRY(requireObjectReceiver(call, "test"));
  Value input = TRY(toString(call.engine, call.arg(0)));
  Interpreter::Pin pin(call.engine.interpreter(), input);
  Value result = TRY(regExpExec(call.engine, rx, input));
  return Value::boolean(!result.isNull());
}

Value regExpProtoToString(NativeCall& call) {
  Engine& engine = call.engine;
  Value rx = TRY(requireObjectReceiver(call, "toString"));
  auto source = stringArgument(engine, TRY(ops::get(engine, rx, key(engine, "source"))));
  if (!source) return Value::exception();
  auto flags = stringArgument(engine, TRY(ops::get(engine, rx, key(engine, "flags"))));
  if (!flags) return Value::exception();
  return engine.newString(u"/" + *source + u"/" + *flags);
}

// --- Getters ---

// The flag getters: on RegExp.prototype itself undefined, as ECMA-262 says.
template <bool RegExpFlags::*kFlag>
Value flagGetter(NativeCall& call, std::string_view name) {
  if (RegExpObject* regexp = asRegExp(call.engine, call.thisValue)) {
    return Value::boolean(codeOf(*regexp).flags().*kFlag);
  }
  if (call.thisValue.isObject() && call.thisValue.asCell() == call.engine.intrinsic(Intrinsic::RegExpPrototype)) {
    return Value::undefined();
  }
  return call.engine.throwError(ErrorType::TypeError,
                                "RegExp.prototype." + std::string(name) + " getter called on non-RegExp object");
}

Value sourceGetter(NativeCall& call) {
  if (RegExpObject* regexp = asRegExp(call.engine, call.thisValue)) return call.engine.newString(regexp->source);
  if (call.thisValue.isObject() && call.thisValue.asCell() == call.engine.intrinsic(Intrinsic::RegExpPrototype)) {
    return call.engine.intern("(?:)");
  }
  return call.engine.throwError(ErrorType::TypeError, "RegExp.prototype.source getter called on non-RegExp object");
}

Value flagsGetter(NativeCall& call) {
  Engine& engine = call.engine;
  if (!call.thisValue.isObject()) {
    return engine.throwError(ErrorType::TypeError, "RegExp.prototype.flags getter called on non-object " +
                                                       engine.describeForMessage(call.thisValue));
  }
  static constexpr std::pair<std::string_view, char> kFlags[] = {
      {"hasIndices", 'd'}, {"global", 'g'},  {"ignoreCase", 'i'},  {"multiline", 'm'},
      {"dotAll", 's'},     {"unicode", 'u'}, {"unicodeSets", 'v'}, {"sticky", 'y'},
  };
  std::string flags;
  for (const auto& [name, letter] : kFlags) {
    Value on = TRY(ops::get(engine, call.thisValue, key(engine, name)));
    if (toBoolean(engine, on)) flags += letter;
  }
  return engine.newString(flags);
}

// --- The Symbol methods ---

std::optional<Text> flagsOf(Engine& engine, Value rx) {
  Value flags = ops::get(engine, rx, key(engine, "flags"));
  if (flags.isException()) return std::nullopt;
  return stringArgument(engine, flags);
}

bool has(const Text& flags, char16_t flag) { return flags.find(flag) != Text::npos; }

// After an empty match of a global or split loop: lastIndex moves on one character.
bool stepPastEmptyMatch(Engine& engine, Value rx, Value match, const Text& subject, bool unicode) {
  Value matched = ops::get(engine, match, PropertyKey::fromIndex(0));
  if (matched.isException()) return false;
  auto text = stringArgument(engine, matched);
  if (!text) return false;
  if (!text->empty()) return true;
  Value lastIndexValue = ops::get(engine, rx, key(engine, "lastIndex"));
  if (lastIndexValue.isException()) return false;
  auto lastIndex = lengthOf(engine, lastIndexValue);
  return lastIndex && setLastIndex(engine, rx, advanceIndex(subject, *lastIndex, unicode));
}

Value symbolMatch(NativeCall& call) {
  Engine& engine = call.engine;
  Value rx = TRY(requireObjectReceiver(call, "@@match"));
  Value input = TRY(toString(engine, call.arg(0)));
  Interpreter::Pin pinInput(engine.interpreter(), input);
  auto flags = flagsOf(engine, rx);
  if (!flags) return Value::exception();
  if (!has(*flags, 'g')) return regExpExec(engine, rx, input);
  const bool unicode = has(*flags, 'u') || has(*flags, 'v');
  if (!setLastIndex(engine, rx, 0)) return Value::exception();
  const Text subject = engine.heap().text(input);
  Value array = engine.newArray();
  Interpreter::Pin pinArray(engine.interpreter(), array);
  while (true) {
    Value match = TRY(regExpExec(engine, rx, input));
    if (match.isNull()) return engine.heap().as<JSObject>(array).elements.empty() ? Value::null() : array;
    Interpreter::Pin pinMatch(engine.interpreter(), match);
    Value matched = TRY(ops::get(engine, match, PropertyKey::fromIndex(0)));
    matched = TRY(toString(engine, matched));
    auto& elements = engine.heap().as<JSObject>(array);
    engine.heap().noteElementsFrom(elements, static_cast<std::uint32_t>(elements.elements.size()));
    elements.elements.push_back(matched);
    engine.heap().reaccount(elements);
    if (!stepPastEmptyMatch(engine, rx, match, subject, unicode)) return Value::exception();
    if (!engine.interpreter().countIteration()) return Value::exception();
  }
}

Value symbolSearch(NativeCall& call) {
  Engine& engine = call.engine;
  Value rx = TRY(requireObjectReceiver(call, "@@search"));
  Value input = TRY(toString(engine, call.arg(0)));
  Interpreter::Pin pinInput(engine.interpreter(), input);
  Value previous = TRY(ops::get(engine, rx, key(engine, "lastIndex")));
  if (!sameValue(engine, previous, Value::number(0)) && !setLastIndex(engine, rx, 0)) return Value::exception();
  Value match = TRY(regExpExec(engine, rx, input));
  Interpreter::Pin pinMatch(engine.interpreter(), match);
  Value current = TRY(ops::get(engine, rx, key(engine, "lastIndex")));
  if (!sameValue(engine, current, previous) && !ops::set(engine, rx, key(engine, "lastIndex"), previous)) {
    return Value::exception();
  }
  if (match.isNull()) return Value::number(-1);
  return ops::get(engine, match, key(engine, "index"));
}

// SpeciesConstructor(rx, %RegExp%).
Value regExpSpecies(Engine& engine, Value rx) {
  Value regExp = Value::object(engine.intrinsic(Intrinsic::RegExpConstructor));
  Value constructor = TRY(ops::get(engine, rx, key(engine, "constructor")));
  if (constructor.isUndefined()) return regExp;
  if (!constructor.isObject()) return engine.throwError(ErrorType::TypeError, "object.constructor is not an object");
  Value species = TRY(ops::get(engine, constructor, PropertyKey::fromAtom(engine.realm().symbols.species)));
  if (species.isNullish()) return regExp;
  if (engine.isConstructor(species)) return species;
  return engine.throwError(ErrorType::TypeError, "object.constructor[Symbol.species] is not a constructor");
}

// A new matcher as matchAll and split make one: new C(rx, flags).
Value speciesMatcher(Engine& engine, Value rx, const Text& flags) {
  Value constructor = TRY(regExpSpecies(engine, rx));
  Interpreter::Pin pin(engine.interpreter(), constructor);
  Value args[] = {rx, engine.newString(flags)};
  Interpreter::Pin pinFlags(engine.interpreter(), args[1]);
  return engine.construct(constructor, args, constructor);
}

Value symbolMatchAll(NativeCall& call) {
  Engine& engine = call.engine;
  Value rx = TRY(requireObjectReceiver(call, "@@matchAll"));
  Value input = TRY(toString(engine, call.arg(0)));
  Interpreter::Pin pinInput(engine.interpreter(), input);
  auto flags = flagsOf(engine, rx);
  if (!flags) return Value::exception();
  Value matcher = TRY(speciesMatcher(engine, rx, *flags));
  Interpreter::Pin pinMatcher(engine.interpreter(), matcher);
  auto lastIndex = lengthOf(engine, TRY(ops::get(engine, rx, key(engine, "lastIndex"))));
  if (!lastIndex || !setLastIndex(engine, matcher, *lastIndex)) return Value::exception();
  IteratorKind kind = IteratorKind::RegExpStringOnce;
  if (has(*flags, 'g'))
    kind = (has(*flags, 'u') || has(*flags, 'v')) ? IteratorKind::RegExpStringGlobalUnicode
                                                  : IteratorKind::RegExpStringGlobal;
  Value iterator = newBuiltinIterator(engine, Intrinsic::RegExpStringIteratorPrototype, matcher, kind);
  // The position slot holds the string matched.
  engine.heap().as<JSObject>(iterator).elements[kIteratorPosition] = input;
  return iterator;
}

Value regExpStringIteratorNext(NativeCall& call) {
  Engine& engine = call.engine;
  JSObject* state = builtinIteratorState(engine, call.thisValue, IteratorKind::RegExpStringOnce,
                                         IteratorKind::RegExpStringGlobalUnicode);
  if (!state) {
    return engine.throwError(ErrorType::TypeError,
                             "Method %RegExpStringIterator%.prototype.next called on incompatible receiver " +
                                 engine.describeForMessage(call.thisValue));
  }
  Value matcher = state->elements[kIteratorTarget], input = state->elements[kIteratorPosition];
  const auto kind = static_cast<IteratorKind>(state->elements[kIteratorKind].asNumber());
  if (matcher.isUndefined()) return iteratorResult(engine, Value::undefined(), true);
  auto finish = [&] {
    JSObject* done = builtinIteratorState(engine, call.thisValue, kind, kind);
    engine.heap().noteWrite(*done);
    done->elements[kIteratorTarget] = Value::undefined();
  };
  Value match = TRY(regExpExec(engine, matcher, input));
  if (match.isNull()) {
    finish();
    return iteratorResult(engine, Value::undefined(), true);
  }
  Interpreter::Pin pin(engine.interpreter(), match);
  if (kind == IteratorKind::RegExpStringOnce) {
    finish();
  } else if (!stepPastEmptyMatch(engine, matcher, match, engine.heap().text(input),
                                 kind == IteratorKind::RegExpStringGlobalUnicode)) {
    return Value::exception();
  }
  return iteratorResult(engine, match, false);
}

struct MatchRecord {
  Text matched;
  std::size_t position = 0;
  std::vector<std::optional<Text>> captures;
  Value groups;
};

// The parts of an exec result that replace reads, in the order it reads them.
std::optional<MatchRecord> readMatch(Engine& engine, Value match, std::size_t subjectLength) {
  MatchRecord record;
  auto length = lengthOfArrayLike(engine, match);
  if (!length) return std::nullopt;
  const double captureCount = std::max(*length - 1, 0.0);
  Value matched = ops::get(engine, match, PropertyKey::fromIndex(0));
  if (matched.isException()) return std::nullopt;
  auto matchedText = stringArgument(engine, matched);
  if (!matchedText) return std::nullopt;
  record.matched = *matchedText;
  Value index = ops::get(engine, match, key(engine, "index"));
  if (index.isException()) return std::nullopt;
  const double position = toIntegerOrInfinity(engine, index);
  if (engine.hasPendingException()) return std::nullopt;
  record.position = static_cast<std::size_t>(std::clamp(position, 0.0, static_cast<double>(subjectLength)));
  for (double n = 1; n <= captureCount; ++n) {
    Value capture = ops::get(engine, match, indexKey(engine, n));
    if (capture.isException()) return std::nullopt;
    if (capture.isUndefined()) {
      record.captures.emplace_back();
      continue;
    }
    auto text = stringArgument(engine, capture);
    if (!text) return std::nullopt;
    record.captures.emplace_back(std::move(*text));
  }
  record.groups = ops::get(engine, match, key(engine, "groups"));
  if (record.groups.isException()) return std::nullopt;
  return record;
}

// The replacement for one match: the replacer's result or the template filled in.
std::optional<Text> replacementFor(Engine& engine, MatchRecord& record, Value input, Value replaceValue,
                                   const Text& replaceTemplate) {
  const Text subject = engine.heap().text(input);
  if (engine.isCallable(replaceValue)) {
    std::vector<Value> args{engine.newString(record.matched)};
    for (const auto& capture : record.captures) {
      args.push_back(capture ? engine.newString(*capture) : Value::undefined());
    }
    args.push_back(Value::number(static_cast<double>(record.position)));
    args.push_back(input);
    if (!record.groups.isUndefined()) args.push_back(record.groups);
    Value array = engine.newArray(args);
    Interpreter::Pin pin(engine.interpreter(), array);
    Value result = engine.call(replaceValue, Value::undefined(), args);
    if (result.isException()) return std::nullopt;
    return stringArgument(engine, result);
  }
  Value groups = record.groups;
  if (!groups.isUndefined()) {
    groups = toObject(engine, groups);
    if (groups.isException()) return std::nullopt;
  }
  return getSubstitution(engine, record.matched, subject, record.position, record.captures, groups, replaceTemplate);
}

// Every match replace will replace: one, or with the g flag all of them.
std::optional<std::vector<Value>> collectMatches(Engine& engine, Value rx, Value input, const Text& flags) {
  std::vector<Value> results;
  const bool global = has(flags, 'g');
  if (global && !setLastIndex(engine, rx, 0)) return std::nullopt;
  const Text subject = engine.heap().text(input);
  Value holder = engine.newArray();
  Interpreter::Pin pin(engine.interpreter(), holder);
  while (true) {
    Value match = regExpExec(engine, rx, input);
    if (match.isException()) return std::nullopt;
    if (match.isNull()) break;
    results.push_back(match);
    engine.heap().as<JSObject>(holder).elements.push_back(match);
    if (!global) break;
    if (!stepPastEmptyMatch(engine, rx, match, subject, has(flags, 'u') || has(flags, 'v'))) return std::nullopt;
    if (!engine.interpreter().countIteration()) return std::nullopt;
  }
  return results;
}

Value symbolReplace(NativeCall& call) {
  Engine& engine = call.engine;
  Value rx = TRY(requireObjectReceiver(call, "@@replace"));
  Value input = TRY(toString(engine, call.arg(0)));
  Interpreter::Pin pinInput(engine.interpreter(), input);
  Value replaceValue = call.arg(1);
  Text replaceTemplate;
  if (!engine.isCallable(replaceValue)) {
    auto text = stringArgument(engine, replaceValue);
    if (!text) return Value::exception();
    replaceTemplate = *text;
  }
  auto flags = flagsOf(engine, rx);
  if (!flags) return Value::exception();
  auto matches = collectMatches(engine, rx, input, *flags);
  if (!matches) return Value::exception();
  Value holder = engine.newArray(*matches);
  Interpreter::Pin pinMatches(engine.interpreter(), holder);
  const Text subject = engine.heap().text(input);
  Text result;
  std::size_t next = 0;
  for (Value match : *matches) {
    auto record = readMatch(engine, match, subject.size());
    if (!record) return Value::exception();
    Interpreter::Pin pinGroups(engine.interpreter(), record->groups);
    auto replacement = replacementFor(engine, *record, input, replaceValue, replaceTemplate);
    if (!replacement) return Value::exception();
    if (record->position < next) continue;
    result += subject.substr(next, record->position - next);
    result += *replacement;
    next = record->position + record->matched.size();
    if (result.size() > engine.options().maxStringLength) {
      return engine.throwError(ErrorType::RangeError, "Invalid string length");
    }
  }
  if (next < subject.size()) result += subject.substr(next);
  return engine.newString(std::move(result));
}

bool pushTo(Engine& engine, Value array, Value v) {
  auto& object = engine.heap().as<JSObject>(array);
  engine.heap().noteElementsFrom(object, static_cast<std::uint32_t>(object.elements.size()));
  object.elements.push_back(v);
  engine.heap().reaccount(object);
  return engine.interpreter().countIteration();
}

Value symbolSplit(NativeCall& call) {
  Engine& engine = call.engine;
  Value rx = TRY(requireObjectReceiver(call, "@@split"));
  Value input = TRY(toString(engine, call.arg(0)));
  Interpreter::Pin pinInput(engine.interpreter(), input);
  auto flags = flagsOf(engine, rx);
  if (!flags) return Value::exception();
  const bool unicode = has(*flags, 'u') || has(*flags, 'v');
  Value splitter = TRY(speciesMatcher(engine, rx, has(*flags, 'y') ? *flags : *flags + u"y"));
  Interpreter::Pin pinSplitter(engine.interpreter(), splitter);
  Value array = engine.newArray();
  Interpreter::Pin pinArray(engine.interpreter(), array);
  double limit = 4294967295.0;
  if (!call.arg(1).isUndefined()) {
    const double given = toNumber(engine, call.arg(1));
    if (engine.hasPendingException()) return Value::exception();
    limit = toUint32(given);
  }
  if (limit == 0) return array;
  const Text subject = engine.heap().text(input);
  auto count = [&] { return static_cast<double>(engine.heap().as<JSObject>(array).elements.size()); };
  if (subject.empty()) {
    Value match = TRY(regExpExec(engine, splitter, input));
    if (match.isNull() && !pushTo(engine, array, input)) return Value::exception();
    return array;
  }
  double p = 0, q = 0;
  const auto size = static_cast<double>(subject.size());
  while (q < size) {
    if (!setLastIndex(engine, splitter, q)) return Value::exception();
    Value match = TRY(regExpExec(engine, splitter, input));
    if (match.isNull()) {
      q = advanceIndex(subject, q, unicode);
      continue;
    }
    Interpreter::Pin pinMatch(engine.interpreter(), match);
    auto end = lengthOf(engine, TRY(ops::get(engine, splitter, key(engine, "lastIndex"))));
    if (!end) return Value::exception();
    const double e = std::min(*end, size);
    if (e == p) {
      q = advanceIndex(subject, q, unicode);
      continue;
    }
    Value piece = engine.newString(subject.substr(static_cast<std::size_t>(p), static_cast<std::size_t>(q - p)));
    if (!pushTo(engine, array, piece)) return Value::exception();
    if (count() == limit) return array;
    p = e;
    auto length = lengthOfArrayLike(engine, match);
    if (!length) return Value::exception();
    for (double i = 1; i < *length; ++i) {
      Value capture = TRY(ops::get(engine, match, indexKey(engine, i)));
      if (!pushTo(engine, array, capture)) return Value::exception();
      if (count() == limit) return array;
    }
    q = p;
  }
  Value rest = engine.newString(subject.substr(static_cast<std::size_t>(p)));
  if (!pushTo(engine, array, rest)) return Value::exception();
  return array;
}

Value speciesGetter(NativeCall& call) { return call.thisValue; }

}  // namespace

std::optional<bool> isRegExp(Engine& engine, Value v) {
  if (!v.isObject()) return false;
  Value matcher = ops::get(engine, v, PropertyKey::fromAtom(engine.realm().symbols.match));
  if (matcher.isException()) return std::nullopt;
  if (!matcher.isUndefined()) return toBoolean(engine, matcher);
  return asRegExp(engine, v) != nullptr;
}

Value regExpCreate(Engine& engine, Value pattern, std::u16string_view flags) {
  Text source;
  if (!pattern.isUndefined()) {
    auto text = stringArgument(engine, pattern);
    if (!text) return Value::exception();
    source = *text;
  }
  return initialize(engine, engine.intrinsic(Intrinsic::RegExpPrototype), source, Text(flags), true);
}

Value newRegExpLiteral(Engine& engine, std::u16string_view source, std::u16string_view flags) {
  return initialize(engine, engine.intrinsic(Intrinsic::RegExpPrototype), Text(source), Text(flags), false);
}

std::u16string regExpDisplayText(const RegExpObject& regexp) {
  return u"/" + regexp.source + u"/" + Text(regexp.flags.begin(), regexp.flags.end());
}

void installRegExpBuiltins(Engine& engine) {
  CellId prototype = engine.intrinsic(Intrinsic::RegExpPrototype);
  Value constructor = defineConstructor(engine, "RegExp", regExpConstructor, 2, prototype);
  engine.realm()[Intrinsic::RegExpConstructor] = constructor.asCell();
  defineGetter(engine, constructor.asCell(), engine.realm().symbols.species, "[Symbol.species]", speciesGetter);
  defineMethod(engine, prototype, "exec", regExpProtoExec, 1);
  defineMethod(engine, prototype, "test", regExpProtoTest, 1);
  defineMethod(engine, prototype, "toString", regExpProtoToString, 0);
  defineGetter(engine, prototype, engine.intern("flags"), "flags", flagsGetter);
  defineGetter(engine, prototype, engine.intern("source"), "source", sourceGetter);
  defineGetter(engine, prototype, engine.intern("hasIndices"), "hasIndices",
               [](NativeCall& c) { return flagGetter<&RegExpFlags::hasIndices>(c, "hasIndices"); });
  defineGetter(engine, prototype, engine.intern("global"), "global",
               [](NativeCall& c) { return flagGetter<&RegExpFlags::global>(c, "global"); });
  defineGetter(engine, prototype, engine.intern("ignoreCase"), "ignoreCase",
               [](NativeCall& c) { return flagGetter<&RegExpFlags::ignoreCase>(c, "ignoreCase"); });
  defineGetter(engine, prototype, engine.intern("multiline"), "multiline",
               [](NativeCall& c) { return flagGetter<&RegExpFlags::multiline>(c, "multiline"); });
  defineGetter(engine, prototype, engine.intern("dotAll"), "dotAll",
               [](NativeCall& c) { return flagGetter<&RegExpFlags::dotAll>(c, "dotAll"); });
  defineGetter(engine, prototype, engine.intern("unicode"), "unicode",
               [](NativeCall& c) { return flagGetter<&RegExpFlags::unicode>(c, "unicode"); });
  defineGetter(engine, prototype, engine.intern("unicodeSets"), "unicodeSets",
               [](NativeCall& c) { return flagGetter<&RegExpFlags::unicodeSets>(c, "unicodeSets"); });
  defineGetter(engine, prototype, engine.intern("sticky"), "sticky",
               [](NativeCall& c) { return flagGetter<&RegExpFlags::sticky>(c, "sticky"); });
  const auto& symbols = engine.realm().symbols;
  defineMethod(engine, prototype, symbols.match, "[Symbol.match]", symbolMatch, 1);
  defineMethod(engine, prototype, symbols.matchAll, "[Symbol.matchAll]", symbolMatchAll, 1);
  defineMethod(engine, prototype, symbols.replace, "[Symbol.replace]", symbolReplace, 2);
  defineMethod(engine, prototype, symbols.search, "[Symbol.search]", symbolSearch, 1);
  defineMethod(engine, prototype, symbols.split, "[Symbol.split]", symbolSplit, 2);

  CellId iteratorPrototype = engine.intrinsic(Intrinsic::RegExpStringIteratorPrototype);
  defineMethod(engine, iteratorPrototype, "next", regExpStringIteratorNext, 0);
  ops::defineOwnProperty(engine, iteratorPrototype, PropertyKey::fromAtom(symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("RegExp String Iterator"), kConfigurable), false);
}

}  // namespace reachable
