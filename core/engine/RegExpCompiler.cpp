#define PCRE2_CODE_UNIT_WIDTH 16
#include "engine/RegExpCompiler.h"

#include <pcre2.h>

#include <algorithm>
#include <unordered_map>

#include "parse/RegExpCharSet.h"
#include "parse/RegExpUnicodeProperty.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

// PCRE2's heap for backtracking, in KiB: beyond this a match ends as a limit.
constexpr std::uint32_t kHeapLimitKiB = 256 * 1024;

std::uint32_t compileOptions(const RegExpTranslation& translation) {
  // An unset group's back-reference matches the empty string, as ECMAScript's does.
  // No PCRE2_UTF, even for the u flag: a subject may hold lone surrogates, which UTF
  // mode cannot read; the translation writes code points out as UTF-16 instead.
  std::uint32_t options = PCRE2_MATCH_UNSET_BACKREF;
  if (translation.caselessBackReferences) options |= PCRE2_UCP;
  return options;
}

std::string pcre2Message(int error) {
  PCRE2_UCHAR16 buffer[256];
  const int length = pcre2_get_error_message(error, buffer, 256);
  std::string message;
  for (int i = 0; i < length; ++i) message += buffer[i] < 0x80 ? static_cast<char>(buffer[i]) : '?';
  return message;
}

std::uint32_t calloutGroup(const pcre2_callout_block* block, PCRE2_SIZE from) {
  std::uint32_t group = 0;
  for (PCRE2_SIZE i = from; i < block->callout_string_length; ++i) group = group * 10 + (block->callout_string[i] - u'0');
  return group;
}

// Where group `group` matched; false when it is unset (a reference to it matches empty).
bool groupSpan(const pcre2_callout_block* block, std::uint32_t group, PCRE2_SIZE& start, PCRE2_SIZE& length) {
  if (group >= block->capture_top || block->offset_vector[2 * group] == PCRE2_UNSET) return false;
  start = block->offset_vector[2 * group];
  length = block->offset_vector[2 * group + 1] - start;
  return true;
}

// The callout after a case-insensitive back-reference without the u flag (the
// translator's "(?C"N")", N the group): PCRE2 matched the group's text under Unicode's
// case sets; the match goes on only if each code unit also has the same Canonicalize,
// and otherwise backtracks (a callout's positive answer).
int checkCanonicalReference(const pcre2_callout_block* block) {
  PCRE2_SIZE start = 0, length = 0;
  if (!groupSpan(block, calloutGroup(block, 0), start, length)) return 0;
  if (block->current_position < length) return 1;
  const PCRE2_SIZE matched = block->current_position - length;
  for (PCRE2_SIZE i = 0; i < length; ++i) {
    if (regExpCanonicalize(block->subject[start + i], false) != regExpCanonicalize(block->subject[matched + i], false))
      return 1;
  }
  return 0;
}

// The code point at `i` of a text ending at `end`, and its length in code units.
char32_t codePointAt(PCRE2_SPTR text, PCRE2_SIZE i, PCRE2_SIZE end, PCRE2_SIZE& units) {
  units = (isHighSurrogate(text[i]) && i + 1 < end && isLowSurrogate(text[i + 1])) ? 2 : 1;
  return units == 2 ? combineSurrogates(text[i], text[i + 1]) : text[i];
}

// Whether subject[a, a + length) and subject[b, b + length) are the same code points
// by simple case folding (Canonicalize under u).
bool sameFolded(PCRE2_SPTR subject, PCRE2_SIZE a, PCRE2_SIZE b, PCRE2_SIZE length) {
  for (PCRE2_SIZE i = 0; i < length;) {
    PCRE2_SIZE unitsA = 0, unitsB = 0;
    const char32_t ca = codePointAt(subject, a + i, a + length, unitsA);
    const char32_t cb = codePointAt(subject, b + i, b + length, unitsB);
    if (unitsA != unitsB || regExpCanonicalize(ca, true) != regExpCanonicalize(cb, true)) return false;
    i += unitsA;
  }
  return true;
}

// The callout that begins a case-insensitive back-reference under u ("(?C"uN")"):
// whether the text ahead is group N's by simple case folding, not ending inside a
// surrogate pair; if so it notes where the reference ends, for the callout that ends it.
int startFoldedReference(const pcre2_callout_block* block, PCRE2_SIZE& referenceEnd) {
  const PCRE2_SIZE here = block->current_position;
  PCRE2_SIZE start = 0, length = 0;
  if (!groupSpan(block, calloutGroup(block, 1), start, length)) length = 0;
  const PCRE2_SIZE end = here + length;
  if (end > block->subject_length || !sameFolded(block->subject, start, here, length)) return 1;
  if (end > here && end < block->subject_length && isHighSurrogate(block->subject[end - 1]) &&
      isLowSurrogate(block->subject[end]))
    return 1;
  referenceEnd = end;
  return 0;
}

// PCRE2 runs the callouts of a match in order, and between the one that begins a
// case-insensitive back-reference under u and the one that ends it ("(?C"e")") only
// the lazy run of code units the reference takes: so one noted end is enough.
int dispatchCallout(pcre2_callout_block* block, void* data) {
  auto& referenceEnd = *static_cast<PCRE2_SIZE*>(data);
  switch (block->callout_string[0]) {
    case u'u': return startFoldedReference(block, referenceEnd);
    case u'e': return block->current_position == referenceEnd ? 0 : 1;
    default: return checkCanonicalReference(block);
  }
}

using CompiledCache = std::unordered_map<std::u16string, std::weak_ptr<const CompiledRegExp>>;

CompiledCache& compiledCache() {
  thread_local CompiledCache cache;
  return cache;
}

// Code already compiled, by flags and source: a literal in a loop makes a new object
// each turn, and its pattern needs translating and compiling only once. The cache
// holds the code weakly (cells own it) and is per thread, like the engines using it.
std::shared_ptr<const CompiledRegExp> cachedCode(const std::u16string& key) {
  auto& cache = compiledCache();
  auto it = cache.find(key);
  return it == cache.end() ? nullptr : it->second.lock();
}

void rememberCode(const std::u16string& key, const std::shared_ptr<const CompiledRegExp>& code) {
  constexpr std::size_t kMaxCached = 256;
  auto& cache = compiledCache();
  if (cache.size() >= kMaxCached) cache.clear();
  cache[key] = code;
}

}  // namespace

std::variant<std::shared_ptr<const CompiledRegExp>, CompiledRegExp::Failure> CompiledRegExp::compile(
    std::u16string_view source, const RegExpFlags& flags) {
  const std::string flagsText = flags.text();
  const std::u16string key = std::u16string(flagsText.begin(), flagsText.end()) + u"/" + std::u16string(source);
  if (auto cached = cachedCode(key)) return cached;
  auto compiled = compileAfresh(source, flags);
  if (auto* code = std::get_if<std::shared_ptr<const CompiledRegExp>>(&compiled)) rememberCode(key, *code);
  return compiled;
}

std::variant<std::shared_ptr<const CompiledRegExp>, CompiledRegExp::Failure> CompiledRegExp::compileAfresh(
    std::u16string_view source, const RegExpFlags& flags) {
  RegExpTranslation translation = translateRegExp(source, flags);
  if (translation.refused) return Failure{regExpRefusalMessage(source, flags, translation.error), true};
  if (!translation.ok()) return Failure{regExpSyntaxMessage(source, flags, translation.error), false};
  int error = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translation.pattern.data()), translation.pattern.size(),
                                   compileOptions(translation), &error, &offset, nullptr);
  if (!code) {
    // The translation is meant to be something PCRE2 compiles; what it still refuses
    // (a pattern too large for it) is outside the subset.
    return Failure{regExpRefusalMessage(source, flags, "PCRE2 cannot compile it (" + pcre2Message(error) + ")"), true};
  }
  std::shared_ptr<CompiledRegExp> compiled(new CompiledRegExp());
  compiled->code_ = code;
  compiled->flags_ = flags;
  compiled->captureCount_ = translation.captureCount;
  compiled->groupNames_ = std::move(translation.groupNames);
  compiled->usesUnicodeProperties_ = translation.usesUnicodeProperties;
  return std::shared_ptr<const CompiledRegExp>(std::move(compiled));
}

CompiledRegExp::~CompiledRegExp() { pcre2_code_free(static_cast<pcre2_code*>(code_)); }

bool CompiledRegExp::hasNamedGroups() const {
  return std::any_of(groupNames_.begin(), groupNames_.end(), [](const std::u16string& n) { return !n.empty(); });
}

CompiledRegExp::Outcome CompiledRegExp::match(std::u16string_view subject, std::size_t start, bool anchored,
                                              std::uint64_t matchLimit, std::vector<std::int64_t>& captures) const {
  auto* code = static_cast<pcre2_code*>(code_);
  std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
      pcre2_match_data_create_from_pattern(code, nullptr), &pcre2_match_data_free);
  std::unique_ptr<pcre2_match_context, decltype(&pcre2_match_context_free)> context(pcre2_match_context_create(nullptr),
                                                                                    &pcre2_match_context_free);
  if (!data || !context) return Outcome::HeapLimit;
  pcre2_set_match_limit(context.get(), static_cast<std::uint32_t>(std::min<std::uint64_t>(matchLimit, UINT32_MAX)));
  pcre2_set_heap_limit(context.get(), kHeapLimitKiB);
  PCRE2_SIZE referenceEnd = 0;
  pcre2_set_callout(context.get(), dispatchCallout, &referenceEnd);
  const int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), start,
                             anchored ? PCRE2_ANCHORED : 0, data.get(), context.get());
  if (rc == PCRE2_ERROR_NOMATCH) return Outcome::NoMatch;
  if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT) return Outcome::MatchLimit;
  if (rc < 0) return Outcome::HeapLimit;
  const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data.get());
  captures.assign(2 * (captureCount_ + 1), -1);
  for (std::uint32_t i = 0; i < captureCount_ + 1 && i < static_cast<std::uint32_t>(rc); ++i) {
    if (ovector[2 * i] == PCRE2_UNSET) continue;
    captures[2 * i] = static_cast<std::int64_t>(ovector[2 * i]);
    captures[2 * i + 1] = static_cast<std::int64_t>(ovector[2 * i + 1]);
  }
  return Outcome::Matched;
}

bool hasUnassignedCodePoint(std::u16string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (isHighSurrogate(text[i]) && i + 1 < text.size() && isLowSurrogate(text[i + 1])) {
      c = combineSurrogates(text[i], text[i + 1]);
      ++i;
    }
    if (isUnassignedCodePoint(c)) return true;
  }
  return false;
}

}  // namespace reachable
