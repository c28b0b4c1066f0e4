// JavaScript regular expressions to PCRE2 patterns: a recursive-descent reader of
// ECMA-262's pattern grammar (§22.2.1, with Annex B's extensions when the u flag is
// absent) that writes each construct as PCRE2 spelling of its JavaScript meaning.
#include "parse/RegExpTranslator.h"

#include <algorithm>
#include <climits>
#include <set>

#include "parse/RegExpCharSet.h"
#include "parse/RegExpFixedLengths.h"
#include "parse/RegExpSetSpelling.h"
#include "parse/RegExpUnicodeProperty.h"
#include "parse/UnicodeProperties.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

constexpr std::uint32_t kInfinite = UINT32_MAX;
// PCRE2's largest quantifier bound.
constexpr std::uint32_t kMaxQuantifierBound = 65535;
constexpr std::uint32_t kMaxNesting = 250;

// Why translation stopped: a syntax error (V8's text) or a refusal.
struct RegExpFailure {
  std::string message;
  bool refused;
};

// What a piece of pattern translates to, with what the checks of repetition and
// lookbehind need to know about it. Lengths are in code units, as PCRE2 counts them.
struct Piece {
  std::u16string out;
  std::uint32_t minLength = 0;
  std::uint32_t maxLength = 0;  // kInfinite when unbounded
  // Inside a lookbehind: the piece as alternatives of one length each.
  RegExpFixedLengths forms;
  bool hasCapture = false;
  // Some capture group inside may be left unset by a successful match of the piece.
  bool optionalCapture = false;
  std::vector<std::uint32_t> backReferences;
  std::uint32_t firstGroup = 0;  // the capture groups opened inside are [firstGroup, endGroup)
  std::uint32_t endGroup = 0;
};

std::uint32_t addLengths(std::uint32_t a, std::uint32_t b) {
  return (a == kInfinite || b == kInfinite || a > kInfinite - b) ? kInfinite : a + b;
}

std::uint32_t multiplyLength(std::uint32_t length, std::uint32_t times) {
  if (length == 0 || times == 0) return 0;
  if (length == kInfinite || times == kInfinite || length > kInfinite / times) return kInfinite;
  return length * times;
}

bool isSyntaxCharacter(char32_t c) {
  return c < 0x80 &&
         std::u16string_view(u"^$\\.*+?()[]{}|/").find(static_cast<char16_t>(c)) != std::u16string_view::npos;
}

bool isDecimalDigit(char32_t c) { return c >= '0' && c <= '9'; }

int hexValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

bool isAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// ECMA-262's line terminators, which '.' and the m flag's anchors know.
RegExpCharSet lineTerminators() {
  RegExpCharSet set;
  set.add('\n');
  set.add('\r');
  set.add(0x2028, 0x2029);
  return set;
}

// Any code unit but a line terminator, what the m flag's anchors look at on either
// side: one code unit is enough even under u, since a line terminator is never half of
// a surrogate pair (nor is a word character, which \b looks at).
const std::u16string& notLineTerminator() {
  static const std::u16string text = codeUnitSetText(lineTerminators().complement(0xFFFF));
  return text;
}

// WhiteSpace and LineTerminator of ECMA-262 §12.2–12.3: \s.
RegExpCharSet whiteSpace() {
  RegExpCharSet set = lineTerminators();
  set.add('\t');
  set.add(0x0B, 0x0C);
  set.add(' ');
  set.add(0xA0);
  set.add(0x1680);
  set.add(0x2000, 0x200A);
  set.add(0x202F);
  set.add(0x205F);
  set.add(0x3000);
  set.add(0xFEFF);
  return set;
}

class Translator {
 public:
  Translator(std::u16string_view source, const RegExpFlags& flags)
      : source_(source), flags_(flags), unicode_(flags.unicodeMode()) {}

  RegExpTranslation run() {
    RegExpTranslation result;
    try {
      scanGroupNames();
      Piece piece = disjunction();
      if (pos_ < source_.size()) fail("Unmatched ')'");
      result.pattern = std::move(piece.out);
      result.captureCount = static_cast<std::uint32_t>(names_.size());
      result.groupNames = names_;
      result.caselessBackReferences = caselessBackReferences_;
      result.usesUnicodeProperties = usesUnicodeProperties_;
    } catch (const RegExpFailure& failure) {
      result.error = failure.message;
      result.refused = failure.refused;
    }
    return result;
  }

 private:
  std::u16string_view source_;
  RegExpFlags flags_;
  bool unicode_;
  std::size_t pos_ = 0;
  std::vector<std::u16string> names_;  // one per capture group, from the first scan
  std::uint32_t groupsOpened_ = 0;
  bool hasNamedGroups_ = false;
  bool caselessBackReferences_ = false;
  std::uint32_t depth_ = 0;
  std::uint32_t lookbehinds_ = 0;  // how many lookbehinds the reader is inside
  bool usesUnicodeProperties_ = false;

  [[noreturn]] static void fail(std::string message) { throw RegExpFailure{std::move(message), false}; }
  [[noreturn]] static void refuse(std::string message) { throw RegExpFailure{std::move(message), true}; }

  bool atEnd() const { return pos_ >= source_.size(); }
  char32_t peek(std::size_t ahead = 0) const {
    return pos_ + ahead < source_.size() ? source_[pos_ + ahead] : static_cast<char32_t>(-1);
  }
  bool eat(char32_t c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  char32_t maxChar() const { return unicode_ ? 0x10FFFF : 0xFFFF; }

  // One source character: with the u flag a surrogate pair is one code point.
  char32_t nextChar() {
    char32_t c = source_[pos_++];
    if (unicode_ && c >= 0xD800 && c <= 0xDBFF && pos_ < source_.size() && source_[pos_] >= 0xDC00 &&
        source_[pos_] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (source_[pos_++] - 0xDC00);
    }
    return c;
  }

  // --- The first scan: how many capture groups, and their names ---

  void scanGroupNames() {
    bool inClass = false;
    for (std::size_t i = 0; i < source_.size(); ++i) {
      const char16_t c = source_[i];
      if (c == '\\') {
        ++i;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '(' && !inClass) {
        scanGroupAt(i);
      }
    }
  }

  void scanGroupAt(std::size_t open) {
    if (open + 1 >= source_.size() || source_[open + 1] != '?') {
      names_.emplace_back();
      return;
    }
    if (open + 2 >= source_.size() || source_[open + 2] != '<') return;
    if (open + 3 < source_.size() && (source_[open + 3] == '=' || source_[open + 3] == '!')) return;
    const std::size_t saved = pos_;
    pos_ = open + 3;
    std::u16string name = groupName();
    pos_ = saved;
    if (std::find(names_.begin(), names_.end(), name) != names_.end()) fail("Duplicate capture group name");
    names_.push_back(std::move(name));
    hasNamedGroups_ = true;
  }

  // GroupName after '<': an IdentifierName (escapes allowed) and '>'.
  std::u16string groupName() {
    std::u16string name;
    bool first = true;
    while (true) {
      if (atEnd()) fail("Invalid capture group name");
      char32_t c = nextNameChar();
      if (c == '>' && !first) break;
      const bool valid = first ? (unicode::isIdStart(c) || c == '$' || c == '_')
                               : (unicode::isIdContinue(c) || c == '$' || c == 0x200C || c == 0x200D);
      if (!valid) fail("Invalid capture group name");
      appendUtf16(name, c);
      first = false;
    }
    return name;
  }

  // A character of a group name: surrogate pairs and \u escapes are whole code points
  // with or without the u flag.
  char32_t nextNameChar() {
    char32_t c = source_[pos_++];
    if (c == '\\') {
      if (!eat('u')) fail("Invalid capture group name");
      auto escaped = unicodeEscapeBody(true);
      if (!escaped) fail("Invalid capture group name");
      return *escaped;
    }
    if (c >= 0xD800 && c <= 0xDBFF && !atEnd() && peek() >= 0xDC00 && peek() <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (source_[pos_++] - 0xDC00);
    }
    return c;
  }

  static void appendUtf16(std::u16string& out, char32_t c) {
    if (c < 0x10000) {
      out += static_cast<char16_t>(c);
    } else {
      out += static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF));
    }
  }

  // --- Disjunctions, alternatives, terms ---

  Piece disjunction() { return joined(alternatives()); }

  std::vector<Piece> alternatives() {
    std::vector<Piece> list{alternative()};
    while (eat('|')) list.push_back(alternative());
    return list;
  }

  // Alternatives as one piece, "a|b".
  Piece joined(std::vector<Piece> alternatives) {
    Piece result = std::move(alternatives[0]);
    for (std::size_t i = 1; i < alternatives.size(); ++i) {
      const Piece& next = alternatives[i];
      result.out += u'|';
      result.out += next.out;
      result.minLength = std::min(result.minLength, next.minLength);
      result.maxLength = std::max(result.maxLength, next.maxLength);
      result.forms = result.forms.orElse(next.forms);
      mergeFacts(result, next);
    }
    if (alternatives.size() > 1 && result.hasCapture) result.optionalCapture = true;
    return settled(std::move(result));
  }

  // A piece of one length is its own single form, spelled as it is; the others'
  // forms are only worth working out inside a lookbehind.
  Piece settled(Piece piece) const {
    if (lookbehinds_ > 0 && piece.minLength == piece.maxLength && piece.maxLength != kInfinite) {
      piece.forms = RegExpFixedLengths::single(piece.minLength, piece.out, piece.hasCapture);
    }
    return piece;
  }

  static void mergeFacts(Piece& into, const Piece& from) {
    into.hasCapture |= from.hasCapture;
    into.optionalCapture |= from.optionalCapture;
    into.backReferences.insert(into.backReferences.end(), from.backReferences.begin(), from.backReferences.end());
    into.endGroup = from.endGroup;
  }

  Piece alternative() {
    Piece result;
    result.firstGroup = result.endGroup = groupsOpened_;
    result.forms = RegExpFixedLengths::single(0, u"", false);
    while (!atEnd() && peek() != '|' && peek() != ')') {
      Piece term = this->term();
      result.out += term.out;
      result.minLength = addLengths(result.minLength, term.minLength);
      result.maxLength = addLengths(result.maxLength, term.maxLength);
      result.forms = result.forms.then(term.forms);
      mergeFacts(result, term);
    }
    return settled(std::move(result));
  }

  Piece term() {
    const std::size_t start = pos_;
    if (auto assertion = this->assertion()) {
      if (isQuantifierStart()) fail("Nothing to repeat");
      return *assertion;
    }
    pos_ = start;
    bool quantifiable = true;
    Piece atom = this->atom(quantifiable);
    if (!isQuantifierStart()) {
      if (unicode_ && peek() == '{') fail("Incomplete quantifier");
      return atom;
    }
    if (!quantifiable) fail("Invalid quantifier");
    return quantified(std::move(atom));
  }

  // ^ $ \b \B: never quantified.
  std::optional<Piece> assertion() {
    Piece piece;
    piece.firstGroup = piece.endGroup = groupsOpened_;
    if (eat('^')) {
      piece.out = flags_.multiline ? u"(?<!" + notLineTerminator() + u")" : u"\\A";
    } else if (eat('$')) {
      piece.out = flags_.multiline ? u"(?!" + notLineTerminator() + u")" : u"\\z";
    } else if (peek() == '\\' && (peek(1) == 'b' || peek(1) == 'B')) {
      pos_ += 2;
      piece.out = wordBoundary(source_[pos_ - 1] == 'b');
    } else {
      return std::nullopt;
    }
    return settled(std::move(piece));
  }

  std::u16string wordBoundary(bool boundary) {
    const std::u16string w = codeUnitSetText(wordCharacters());
    const std::u16string before = u"(?<=" + w + u")", notBefore = u"(?<!" + w + u")";
    const std::u16string after = u"(?=" + w + u")", notAfter = u"(?!" + w + u")";
    if (boundary) return u"(?:" + before + notAfter + u"|" + notBefore + after + u")";
    return u"(?:" + before + after + u"|" + notBefore + notAfter + u")";
  }

  // --- Quantifiers ---

  bool isQuantifierStart() {
    const char32_t c = peek();
    if (c == '*' || c == '+' || c == '?') return true;
    if (c != '{') return false;
    const std::size_t saved = pos_;
    const bool braced = bracedQuantifier().has_value();
    pos_ = saved;
    return braced;
  }

  // {n}, {n,}, {n,m} at pos_; nullopt (pos_ anywhere) when the text is not one.
  std::optional<std::pair<std::uint32_t, std::uint32_t>> bracedQuantifier() {
    if (!eat('{') || !isDecimalDigit(peek())) return std::nullopt;
    const std::uint32_t min = decimal();
    std::uint32_t max = min;
    if (eat(',')) max = isDecimalDigit(peek()) ? decimal() : kInfinite;
    if (!eat('}')) return std::nullopt;
    return std::make_pair(min, max);
  }

  // Digits, saturating as V8 does at INT_MAX.
  std::uint32_t decimal() {
    std::uint64_t value = 0;
    while (isDecimalDigit(peek())) {
      value = std::min<std::uint64_t>(value * 10 + (source_[pos_++] - '0'), INT_MAX);
    }
    return static_cast<std::uint32_t>(value);
  }

  Piece quantified(Piece atom) {
    std::uint32_t min = 0, max = kInfinite;
    std::u16string spelled;
    if (eat('*')) {
      spelled = u"*";
    } else if (eat('+')) {
      min = 1, spelled = u"+";
    } else if (eat('?')) {
      max = 1, spelled = u"?";
    } else {
      auto bounds = bracedQuantifier();
      min = bounds->first, max = bounds->second;
      if (min > max) fail("numbers out of order in {} quantifier");
      if (min > kMaxQuantifierBound || (max != kInfinite && max > kMaxQuantifierBound)) {
        refuse("a quantifier bound above 65535 is not supported");
      }
      spelled =
          u"{" + decimalText(min) + (max == min ? u"" : u"," + (max == kInfinite ? u"" : decimalText(max))) + u"}";
    }
    if (eat('?')) spelled += u'?';
    if (max > 1) checkRepeatable(atom);
    Piece result = std::move(atom);
    // Every atom is written as one PCRE2 atom (a character, a class, a group), so the
    // quantifier follows it directly: a repeated class then backtracks without a
    // frame per character.
    result.out += spelled;
    result.minLength = multiplyLength(result.minLength, min);
    result.maxLength = multiplyLength(result.maxLength, max);
    if (min == 0 && result.hasCapture) result.optionalCapture = true;
    result.forms = result.forms.repeated(min, max);
    return settled(std::move(result));
  }

  static std::u16string decimalText(std::uint32_t n) {
    const std::string digits = std::to_string(n);
    return std::u16string(digits.begin(), digits.end());
  }

  // ECMAScript resets a repeated group's captures at each iteration and refuses an
  // iteration that matches nothing; PCRE2 keeps the previous iteration's captures and
  // accepts one empty iteration. The results differ only when an iteration can leave
  // a capture unset, match empty, or read its own group: those are refused.
  static void checkRepeatable(const Piece& atom) {
    if (!atom.hasCapture) return;
    const bool readsOwnGroup = std::any_of(atom.backReferences.begin(), atom.backReferences.end(),
                                           [&](std::uint32_t g) { return g > atom.firstGroup && g <= atom.endGroup; });
    if (atom.optionalCapture || atom.minLength == 0 || readsOwnGroup) {
      refuse("a repeated group whose captures an iteration may leave unset or empty is not supported");
    }
  }

  // --- Atoms ---

  Piece atom(bool& quantifiable) {
    const char32_t c = peek();
    switch (c) {
      case '.':
        ++pos_;
        return setPiece(flags_.dotAll ? RegExpCharSet().complement(maxChar()) : lineTerminators().complement(maxChar()));
      case '(': return group(quantifiable);
      case '[':
        if (flags_.unicodeSets) return classSetPiece();
        return setPiece(characterClass());
      case '\\': return atomEscape();
      case '*':
      case '+':
      case '?': fail("Nothing to repeat");
      case '{':
        if (unicode_) fail(isQuantifierStart() ? "Nothing to repeat" : "Lone quantifier brackets");
        if (isQuantifierStart()) fail("Nothing to repeat");
        break;
      case ']':
      case '}':
        if (unicode_) fail("Lone quantifier brackets");
        break;
      default: break;
    }
    return charPiece(nextChar());
  }

  Piece group(bool& quantifiable) {
    // Bounds the translator's recursion, and PCRE2's own limit is 250.
    if (++depth_ > kMaxNesting) refuse("groups nested deeper than 250 are not supported");
    Piece piece = groupAfterParen(quantifiable);
    --depth_;
    return piece;
  }

  Piece groupAfterParen(bool& quantifiable) {
    ++pos_;
    if (!eat('?')) return capture();
    if (eat(':')) return groupBody(u"(?:");
    if (eat('=')) return lookaround(u"(?=", false, quantifiable);
    if (eat('!')) return lookaround(u"(?!", false, quantifiable);
    if (peek() == '<' && (peek(1) == '=' || peek(1) == '!')) {
      const bool positive = peek(1) == '=';
      pos_ += 2;
      return lookaround(positive ? u"(?<=" : u"(?<!", true, quantifiable);
    }
    if (eat('<')) {
      groupName();  // read (and checked) by the first scan
      return capture();
    }
    fail("Invalid group");
  }

  Piece capture() {
    const std::uint32_t group = ++groupsOpened_;
    Piece piece = groupBody(u"(");
    piece.firstGroup = group - 1;
    piece.hasCapture = true;
    return piece;
  }

  Piece groupBody(std::u16string_view open) {
    Piece body = disjunction();
    if (!eat(')')) fail("Unterminated group");
    body.out = std::u16string(open) + body.out + u")";
    body.forms = body.forms.grouped(open, open == u"(");
    return settled(std::move(body));
  }

  Piece lookaround(std::u16string_view open, bool behind, bool& quantifiable) {
    const bool negative = open.back() == '!';
    Piece body = behind ? lookbehind(negative) : groupBody(open);
    // Annex B lets a lookahead (not a lookbehind) be quantified without the u flag.
    quantifiable = !behind && !unicode_;
    if (negative && body.hasCapture) body.optionalCapture = true;
    body.minLength = body.maxLength = 0;
    return settled(std::move(body));
  }

  // ECMAScript matches a lookbehind backwards, so any length works and a
  // back-reference inside may name a group to its right; PCRE2 10.42 needs each
  // alternative of a lookbehind to have one length, and matches it forwards. An
  // alternative of a few lengths (a character under u is one or two code units) is
  // written as several (RegExpFixedLengths). pos_ after "(?<=" or "(?<!".
  Piece lookbehind(bool negative) {
    ++lookbehinds_;
    std::vector<Piece> alternatives = this->alternatives();
    --lookbehinds_;
    if (!eat(')')) fail("Unterminated group");
    for (const Piece& alternative : alternatives) {
      if (!alternative.backReferences.empty()) refuse("a back-reference inside a lookbehind is not supported");
      if (!alternative.forms.known()) refuse("lookbehind of variable length is not supported");
    }
    std::u16string out = lookbehindText(alternatives, negative);
    Piece body = joined(std::move(alternatives));
    body.out = std::move(out);
    return body;
  }

  // "(?<=f1|f2|…)" with every alternative's forms at the top level; but where the
  // forms of one alternative hold capture groups, each form is a lookbehind of its
  // own in a branch-reset group, so that the copies of a group share its number:
  // "(?:(?|(?<=f1)|(?<=f2))|…)" (or inside "(?!…)" when negative).
  static std::u16string lookbehindText(const std::vector<Piece>& alternatives, bool negative) {
    const auto needsBranchReset = [](const Piece& a) { return a.forms.hasCapture() && a.forms.forms().size() > 1; };
    const auto formsText = [](const Piece& a, const std::u16string& open, const std::u16string& close) {
      std::u16string text;
      for (const auto& form : a.forms.forms()) text += (text.empty() ? u"" : u"|") + open + form.text + close;
      return text;
    };
    if (std::none_of(alternatives.begin(), alternatives.end(), needsBranchReset)) {
      std::u16string text = negative ? u"(?<!" : u"(?<=";
      for (std::size_t i = 0; i < alternatives.size(); ++i) {
        text += (i ? u"|" : u"") + formsText(alternatives[i], u"", u"");
      }
      return text + u")";
    }
    std::u16string text = u"(?:";
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
      const Piece& a = alternatives[i];
      text += i ? u"|" : u"";
      text += needsBranchReset(a) ? u"(?|" + formsText(a, u"(?<=", u")") + u")" : u"(?<=" + formsText(a, u"", u"") + u")";
    }
    text += u")";
    return negative ? u"(?!" + text + u")" : text;
  }

  // --- Escapes outside a class ---

  Piece atomEscape() {
    ++pos_;
    if (atEnd()) fail("\\ at end of pattern");
    const char32_t c = peek();
    if (auto strings = stringPropertyEscape()) return classSetPieceOf(std::move(*strings));
    if (auto set = classEscape(false)) return setPiece(flags_.ignoreCase ? set->caseClosure(unicode_) : *set);
    if (c >= '1' && c <= '9') {
      const std::size_t start = pos_;
      const std::uint32_t group = decimal();
      if (group <= names_.size()) return backReference(group);
      if (unicode_) fail("Invalid escape");
      pos_ = start;
    }
    if (c == 'k' && (unicode_ || hasNamedGroups_)) return namedBackReference();
    return charPiece(characterEscape(false));
  }

  // One atom, as a quantifier after it must repeat the whole reference.
  Piece backReference(std::uint32_t group) {
    Piece piece;
    piece.firstGroup = piece.endGroup = groupsOpened_;
    piece.minLength = 0;
    piece.maxLength = kInfinite;
    piece.backReferences.push_back(group);
    const std::u16string number = decimalText(group);
    if (unicode_ && flags_.ignoreCase) {
      // PCRE2 outside UTF mode compares code units, so it cannot fold an astral
      // letter (U+10400 and U+10428 differ in their low surrogates). A callout
      // compares the text ahead with the group's by simple case folding and notes
      // where it ends (the two are as long: folding keeps a code point's plane);
      // the lazy run of code units then stops there, at a second callout.
      piece.out = u"(?:(?C\"u" + number + u"\")(?>[\\x{0}-\\x{ffff}]*?(?C\"e\")))";
    } else if (flags_.ignoreCase) {
      // PCRE2's caseless matching (Unicode's case sets, PCRE2_UCP) joins what
      // Canonicalize keeps apart without u (ß and ẞ, ſ and s, K and the Kelvin sign):
      // a callout after the reference, its string the group, compares the two texts
      // as Canonicalize does.
      caselessBackReferences_ = true;
      piece.out = u"(?:(?i:\\g{" + number + u"})(?C\"" + number + u"\"))";
    } else {
      // Under u, a group's text may end in a lone high surrogate, which must not
      // match the first half of a pair.
      piece.out = u"\\g{" + number + u"}";
      if (unicode_) piece.out = u"(?:" + piece.out + notInsidePair() + u")";
    }
    return piece;
  }

  static std::u16string notInsidePair() { return u"(?!(?<=[\\x{d800}-\\x{dbff}])[\\x{dc00}-\\x{dfff}])"; }

  Piece namedBackReference() {
    ++pos_;
    if (!eat('<')) fail("Invalid named reference");
    const std::size_t start = pos_;
    while (!atEnd() && peek() != '>') ++pos_;
    if (atEnd()) fail("Invalid named reference");
    pos_ = start;
    std::u16string name = groupName();
    auto it = std::find(names_.begin(), names_.end(), name);
    if (it == names_.end()) fail("Invalid named capture referenced");
    return backReference(static_cast<std::uint32_t>(it - names_.begin()) + 1);
  }

  // \d \D \w \W \s \S, and \p{…} \P{…} with the u flag; pos_ after the backslash.
  std::optional<RegExpCharSet> classEscape(bool inClass) {
    const char32_t c = peek();
    RegExpCharSet set;
    switch (c) {
      case 'd':
      case 'D': set.add('0', '9'); break;
      case 'w':
      case 'W': set = wordCharacters(); break;
      case 's':
      case 'S': set = whiteSpace(); break;
      case 'p':
      case 'P':
        if (!unicode_) return std::nullopt;
        ++pos_;
        set = propertyEscape(inClass);
        return c == 'p' ? set : set.complement(maxChar());
      default: return std::nullopt;
    }
    ++pos_;
    return (c >= 'a') ? set : set.complement(maxChar());
  }

  // {name} or {name=value} after \p or \P.
  RegExpCharSet propertyEscape(bool inClass) {
    const char* invalid = inClass ? "Invalid property name in character class" : "Invalid property name";
    if (!eat('{')) fail(invalid);
    const std::size_t close = source_.find(u'}', pos_);
    if (close == std::u16string_view::npos) fail(invalid);
    auto set = unicodePropertySet(source_.substr(pos_, close - pos_));
    pos_ = close + 1;
    if (!set) fail(invalid);
    usesUnicodeProperties_ = true;
    return std::move(*set);
  }

  // \w; with the u and i flags, also the characters that fold into it (ſ, K).
  RegExpCharSet wordCharacters() const {
    RegExpCharSet set;
    set.add('a', 'z');
    set.add('A', 'Z');
    set.add('0', '9');
    set.add('_');
    if (unicode_ && flags_.ignoreCase) set = set.caseClosure(true);
    return set;
  }

  // CharacterEscape (and Annex B's legacy octal and identity escapes); pos_ after the
  // backslash. `inClass`: \c takes digits and _ too, and \- is an escape.
  char32_t characterEscape(bool inClass) {
    const char32_t c = nextChar();
    switch (c) {
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'v': return '\v';
      case 'c': return controlEscape(inClass);
      case 'x': return hexEscape();
      case 'u': return unicodeEscape();
      case '0':
        if (!isDecimalDigit(peek())) return 0;
        if (unicode_) fail(inClass ? "Invalid class escape" : "Invalid decimal escape");
        --pos_;
        return legacyOctal();
      default: break;
    }
    if (unicode_) {
      if (isSyntaxCharacter(c) || (inClass && c == '-')) return c;
      fail(inClass && isDecimalDigit(c) ? "Invalid class escape" : "Invalid escape");
    }
    if (c >= '1' && c <= '7') {
      --pos_;
      return legacyOctal();
    }
    if (c == 'k' && hasNamedGroups_) fail("Invalid escape");
    return c;
  }

  // Up to three octal digits worth at most 0377 (Annex B's LegacyOctalEscapeSequence).
  char32_t legacyOctal() {
    char32_t value = source_[pos_++] - '0';
    if (peek() >= '0' && peek() <= '7') {
      value = value * 8 + (source_[pos_++] - '0');
      if (value < 040 && peek() >= '0' && peek() <= '7') value = value * 8 + (source_[pos_++] - '0');
    }
    return value;
  }

  char32_t controlEscape(bool inClass) {
    const char32_t letter = peek();
    if (isAsciiLetter(letter) || (inClass && !unicode_ && (isDecimalDigit(letter) || letter == '_'))) {
      ++pos_;
      return letter % 32;
    }
    if (unicode_) fail("Invalid Unicode escape");
    // Annex B: a backslash that stands for itself; the 'c' is read next.
    --pos_;
    return '\\';
  }

  char32_t hexEscape() {
    const int high = hexValue(peek()), low = hexValue(peek(1));
    if (high < 0 || low < 0) {
      if (unicode_) fail("Invalid escape");
      return 'x';
    }
    pos_ += 2;
    return static_cast<char32_t>(high * 16 + low);
  }

  char32_t unicodeEscape() {
    if (auto c = unicodeEscapeBody(unicode_)) return *c;
    if (unicode_) fail("Invalid Unicode escape");
    return 'u';
  }

  // XXXX or {X…} after "\u", as the u flag and group names (with or without it) read
  // them (`codePoints`): with braces, and an escaped surrogate pair joined into one
  // code point; else XXXX alone. nullopt (pos_ unchanged) when malformed.
  std::optional<char32_t> unicodeEscapeBody(bool codePoints) {
    const std::size_t start = pos_;
    if (codePoints && eat('{')) {
      std::uint32_t value = 0;
      bool any = false;
      while (hexValue(peek()) >= 0) {
        value = std::min<std::uint32_t>(value * 16 + static_cast<std::uint32_t>(hexValue(source_[pos_++])), 0x110000);
        any = true;
      }
      if (any && value <= 0x10FFFF && eat('}')) return value;
      pos_ = start;
      return std::nullopt;
    }
    auto unit = fourHex();
    if (!unit) return std::nullopt;
    if (codePoints && *unit >= 0xD800 && *unit <= 0xDBFF && peek() == '\\' && peek(1) == 'u') {
      const std::size_t beforeLow = pos_;
      pos_ += 2;
      auto low = fourHex();
      if (low && *low >= 0xDC00 && *low <= 0xDFFF) return 0x10000 + ((*unit - 0xD800) << 10) + (*low - 0xDC00);
      pos_ = beforeLow;
    }
    return unit;
  }

  std::optional<char32_t> fourHex() {
    char32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      const int digit = hexValue(peek(i));
      if (digit < 0) return std::nullopt;
      value = value * 16 + static_cast<char32_t>(digit);
    }
    pos_ += 4;
    return value;
  }

  // --- Character classes ---

  RegExpCharSet characterClass() {
    ++pos_;
    const bool negated = eat('^');
    RegExpCharSet set;
    while (true) {
      if (atEnd()) fail("Unterminated character class");
      if (eat(']')) break;
      classRange(set);
    }
    if (flags_.ignoreCase) set = set.caseClosure(unicode_);
    return negated ? set.complement(maxChar()) : set;
  }

  void classRange(RegExpCharSet& set) {
    ClassAtom first = classAtom();
    if (peek() != '-' || peek(1) == ']' || pos_ + 1 >= source_.size()) {
      add(set, first);
      return;
    }
    ++pos_;
    ClassAtom last = classAtom();
    if (first.set || last.set) {
      if (unicode_) fail("Invalid character class");
      add(set, first);
      set.add('-');
      add(set, last);
      return;
    }
    if (first.c > last.c) fail("Range out of order in character class");
    set.add(first.c, last.c);
  }

  struct ClassAtom {
    char32_t c = 0;
    std::optional<RegExpCharSet> set;
  };

  static void add(RegExpCharSet& set, const ClassAtom& atom) {
    if (atom.set) {
      set.add(*atom.set);
    } else {
      set.add(atom.c);
    }
  }

  ClassAtom classAtom() {
    if (atEnd()) fail("Unterminated character class");
    if (!eat('\\')) return ClassAtom{nextChar(), std::nullopt};
    if (atEnd()) fail("\\ at end of pattern");
    if (auto set = classEscape(true)) return ClassAtom{0, set};
    if (eat('b')) return ClassAtom{'\b', std::nullopt};
    if (unicode_ && eat('-')) return ClassAtom{'-', std::nullopt};
    if (!unicode_ && (peek() == '8' || peek() == '9')) return ClassAtom{nextChar(), std::nullopt};
    if (unicode_ && isDecimalDigit(peek()) && peek() != '0') fail("Invalid class escape");
    if (!unicode_ && peek() == 'k' && !hasNamedGroups_) return ClassAtom{nextChar(), std::nullopt};
    return ClassAtom{characterEscape(true), std::nullopt};
  }

  // --- Classes under the v flag: nested classes, && and --, \q{strings} ---

  // What a v-flag class stands for: characters, and strings of other lengths. Under
  // the i flag both hold simple case foldings, as ECMAScript's CharSets then do.
  struct ClassSet {
    RegExpCharSet chars;
    std::set<std::u16string> strings;
  };

  Piece classSetPiece() {
    ++pos_;
    const bool negated = eat('^');
    ClassSet set = classSetExpression();
    return classSetPieceOf(negated ? complementOf(std::move(set)) : std::move(set));
  }

  Piece classSetPieceOf(ClassSet set) {
    if (flags_.ignoreCase) set.chars = set.chars.caseClosure(true);
    return classSetAtom(set);
  }

  // \p{RGI_Emoji} and the other properties of strings, v flag only; pos_ after the
  // backslash, and nullopt (pos_ unchanged) for anything else.
  std::optional<ClassSet> stringPropertyEscape() {
    if (!flags_.unicodeSets || peek() != 'p' || peek(1) != '{') return std::nullopt;
    const std::size_t close = source_.find(u'}', pos_);
    if (close == std::u16string_view::npos) return std::nullopt;
    auto property = unicodeStringProperty(source_.substr(pos_ + 2, close - pos_ - 2));
    if (!property) return std::nullopt;
    pos_ = close + 1;
    usesUnicodeProperties_ = true;
    ClassSet set{std::move(property->chars), {}};
    for (const auto& s : property->strings) addString(set, s);
    return folded(std::move(set));
  }

  ClassSet complementOf(ClassSet set) {
    if (!set.strings.empty()) fail("Negated character class may contain strings");
    const RegExpCharSet all =
        flags_.ignoreCase ? RegExpCharSet::foldedCharacters() : RegExpCharSet().complement(maxChar());
    set.chars = all.difference(set.chars);
    return set;
  }

  // After '[' (and '^'), through the closing ']'.
  ClassSet classSetExpression() {
    if (eat(']')) return {};
    ClassSet result = classSetOperand(true);
    if (atOperator(u"&&") || atOperator(u"--")) return classSetOperation(std::move(result), source_.substr(pos_, 2));
    while (!eat(']')) {
      if (atEnd()) fail("Unterminated character class");
      if (atOperator(u"&&") || atOperator(u"--")) fail("Invalid set operation in character class");
      ClassSet next = classSetOperand(true);
      result.chars.add(next.chars);
      result.strings.insert(next.strings.begin(), next.strings.end());
    }
    return result;
  }

  ClassSet classSetOperation(ClassSet left, std::u16string_view op) {
    const bool intersect = op == u"&&";
    while (!eat(']')) {
      if (atEnd()) fail("Unterminated character class");
      if (!atOperator(op)) fail("Invalid set operation in character class");
      pos_ += 2;
      if (intersect && peek() == '&') fail("Invalid character in character class");
      ClassSet right = classSetOperand(false);
      std::set<std::u16string> strings;
      for (const auto& s : left.strings) {
        if ((right.strings.count(s) != 0) == intersect) strings.insert(s);
      }
      left.strings = std::move(strings);
      left.chars = intersect ? left.chars.intersection(right.chars) : left.chars.difference(right.chars);
    }
    return left;
  }

  bool atOperator(std::u16string_view op) const { return source_.substr(pos_, 2) == op; }

  ClassSet classSetOperand(bool allowRange) {
    if (atEnd()) fail("Unterminated character class");
    if (eat('[')) {
      const bool negated = eat('^');
      ClassSet inner = classSetExpression();
      return negated ? complementOf(std::move(inner)) : inner;
    }
    if (!eat('\\')) return classSetCharacters(classSetCharacter(), allowRange);
    if (atEnd()) fail("\\ at end of pattern");
    if (eat('q')) {
      if (!eat('{')) fail("Invalid escape");
      return classStrings();
    }
    if (auto strings = stringPropertyEscape()) return *strings;
    if (auto set = classEscape(true)) return folded(ClassSet{*set, {}});
    return classSetCharacters(classSetEscape(), allowRange);
  }

  ClassSet classSetCharacters(char32_t first, bool allowRange) {
    RegExpCharSet chars;
    if (allowRange && peek() == '-' && peek(1) != '-') {
      ++pos_;
      if (atEnd()) fail("Unterminated character class");
      const char32_t last = eat('\\') ? classSetEscape() : classSetCharacter();
      if (first > last) fail("Range out of order in character class");
      chars.add(first, last);
    } else {
      chars.add(first);
    }
    return folded(ClassSet{chars, {}});
  }

  // A ClassSetCharacter: neither syntax nor a doubled punctuator.
  char32_t classSetCharacter() {
    const char32_t c = peek();
    if (c < 0x80 && std::u16string_view(u"()[]{}/-|").find(static_cast<char16_t>(c)) != std::u16string_view::npos) {
      fail("Invalid character in character class");
    }
    if (c < 0x80 && peek(1) == c &&
        std::u16string_view(u"&!#$%*+,.:;<=>?@^`~").find(static_cast<char16_t>(c)) != std::u16string_view::npos) {
      fail("Invalid character in character class");
    }
    return nextChar();
  }

  // After a backslash in a v-flag class: \b, a reserved punctuator, or a character escape.
  char32_t classSetEscape() {
    if (atEnd()) fail("\\ at end of pattern");
    const char32_t c = peek();
    if (c == 'b') {
      ++pos_;
      return '\b';
    }
    if (c < 0x80 &&
        std::u16string_view(u"&-!#%,:;<=>@`~").find(static_cast<char16_t>(c)) != std::u16string_view::npos) {
      ++pos_;
      return c;
    }
    return characterEscape(true);
  }

  // \q{abc|d|}: after the brace, through the closing one.
  ClassSet classStrings() {
    ClassSet set;
    std::u16string current;
    while (true) {
      if (atEnd()) fail("Unterminated character class");
      const bool end = eat('}');
      if (end || eat('|')) {
        addString(set, current);
        current.clear();
        if (end) break;
        continue;
      }
      appendUtf16(current, eat('\\') ? classSetEscape() : classSetCharacter());
    }
    return folded(std::move(set));
  }

  static void addString(ClassSet& set, const std::u16string& s) {
    const auto points = codePoints(s);
    if (points.size() == 1) {
      set.chars.add(points[0]);
    } else {
      set.strings.insert(s);
    }
  }

  static std::vector<char32_t> codePoints(std::u16string_view s) {
    std::vector<char32_t> points;
    for (std::size_t i = 0; i < s.size(); ++i) {
      char32_t c = s[i];
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
      }
      points.push_back(c);
    }
    return points;
  }

  ClassSet folded(ClassSet set) const {
    if (!flags_.ignoreCase) return set;
    set.chars = set.chars.simpleCaseFolded();
    std::set<std::u16string> strings;
    for (const auto& s : set.strings) {
      std::u16string foldedString;
      for (char32_t c : codePoints(s)) {
        RegExpCharSet one;
        one.add(c);
        appendUtf16(foldedString, one.simpleCaseFolded().ranges()[0].first);
      }
      strings.insert(std::move(foldedString));
    }
    set.strings = std::move(strings);
    return set;
  }

  // Longest strings first, then the characters, then the empty string, as a class
  // with strings matches.
  Piece classSetAtom(const ClassSet& set) {
    if (set.strings.empty()) return setPiece(set.chars);
    std::vector<std::vector<char32_t>> strings;
    for (const auto& s : set.strings) strings.push_back(codePoints(s));
    std::stable_sort(strings.begin(), strings.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    std::vector<Piece> alternatives;
    for (const auto& s : strings) {
      if (s.empty() && !set.chars.empty()) alternatives.push_back(setPiece(set.chars));
      alternatives.push_back(stringPiece(s));
    }
    if (!strings.back().empty() && !set.chars.empty()) alternatives.push_back(setPiece(set.chars));
    Piece piece = joined(std::move(alternatives));
    piece.out = u"(?:" + piece.out + u")";
    piece.forms = piece.forms.grouped(u"(?:", false);
    return piece;
  }

  Piece stringPiece(const std::vector<char32_t>& s) {
    Piece piece;
    piece.firstGroup = piece.endGroup = groupsOpened_;
    piece.forms = RegExpFixedLengths::single(0, u"", false);
    for (char32_t c : s) {
      Piece one = charPiece(c);
      piece.out += one.out;
      piece.minLength += one.minLength;
      piece.maxLength += one.maxLength;
      piece.forms = piece.forms.then(one.forms);
    }
    return settled(std::move(piece));
  }

  // --- Writing PCRE2's pattern ---

  // One character, as a case-insensitive class under the i flag.
  Piece charPiece(char32_t c) {
    RegExpCharSet set;
    set.add(c);
    return setPiece(flags_.ignoreCase ? set.caseClosure(unicode_) : set);
  }

  // A set as one atom: of code units, or under u of code points written in UTF-16
  // (RegExpSetSpelling), one or two code units long.
  Piece setPiece(const RegExpCharSet& set) const {
    Piece piece;
    piece.firstGroup = piece.endGroup = groupsOpened_;
    piece.minLength = piece.maxLength = 1;
    if (!unicode_) {
      piece.out = codeUnitSetText(set);
      return settled(std::move(piece));
    }
    CodePointSetSpelling spelling = codePointSetSpelling(set);
    piece.out = std::move(spelling.text);
    if (spelling.oneUnit.empty() && spelling.twoUnits.empty()) return settled(std::move(piece));
    std::vector<RegExpFixedLengths::Form> forms;
    if (!spelling.oneUnit.empty()) forms.push_back({1, std::move(spelling.oneUnit)});
    if (!spelling.twoUnits.empty()) forms.push_back({2, std::move(spelling.twoUnits)});
    piece.minLength = forms.front().length;
    piece.maxLength = forms.back().length;
    piece.forms = RegExpFixedLengths::exclusive(std::move(forms));
    return settled(std::move(piece));
  }
};

std::string flagsAndSource(std::u16string_view source, const RegExpFlags& flags) {
  std::string text = "/";
  text += toUtf8(source);
  text += "/";
  return text + flags.text();
}

}  // namespace

std::optional<RegExpFlags> RegExpFlags::parse(std::u16string_view text) {
  RegExpFlags flags;
  for (char16_t c : text) {
    bool* flag = nullptr;
    switch (c) {
      case 'd': flag = &flags.hasIndices; break;
      case 'g': flag = &flags.global; break;
      case 'i': flag = &flags.ignoreCase; break;
      case 'm': flag = &flags.multiline; break;
      case 's': flag = &flags.dotAll; break;
      case 'u': flag = &flags.unicode; break;
      case 'v': flag = &flags.unicodeSets; break;
      case 'y': flag = &flags.sticky; break;
      default: return std::nullopt;
    }
    if (*flag) return std::nullopt;
    *flag = true;
  }
  if (flags.unicode && flags.unicodeSets) return std::nullopt;
  return flags;
}

std::string RegExpFlags::text() const {
  std::string text;
  if (hasIndices) text += 'd';
  if (global) text += 'g';
  if (ignoreCase) text += 'i';
  if (multiline) text += 'm';
  if (dotAll) text += 's';
  if (unicode) text += 'u';
  if (unicodeSets) text += 'v';
  if (sticky) text += 'y';
  return text;
}

RegExpTranslation translateRegExp(std::u16string_view source, const RegExpFlags& flags) {
  return Translator(source, flags).run();
}

std::string regExpSyntaxMessage(std::u16string_view source, const RegExpFlags& flags, const std::string& error) {
  return "Invalid regular expression: " + flagsAndSource(source, flags) + ": " + error;
}

std::string regExpRefusalMessage(std::u16string_view source, const RegExpFlags& flags, const std::string& error) {
  return "regular expression " + flagsAndSource(source, flags) + ": " + error;
}

}  // namespace reachable
