// The translation of JavaScript patterns into PCRE2 patterns: what each construct
// becomes, V8's syntax errors, and the refusals of what PCRE2 would match otherwise.
#include <gtest/gtest.h>

#include "parse/RegExpTranslator.h"
#include "text/Utf16.h"

namespace reachable {
namespace {

RegExpFlags flagsOf(std::string_view text) { return *RegExpFlags::parse(fromUtf8(text)); }

RegExpTranslation translate(std::string_view pattern, std::string_view flags = "") {
  return translateRegExp(fromUtf8(pattern), flagsOf(flags));
}

std::string pcre(std::string_view pattern, std::string_view flags = "") {
  RegExpTranslation t = translate(pattern, flags);
  EXPECT_TRUE(t.ok()) << pattern << ": " << t.error;
  return toUtf8(t.pattern);
}

TEST(RegExpFlags, ParsesEachFlagOnceAndPrintsThemInTheGettersOrder) {
  auto flags = RegExpFlags::parse(u"yusmigd");
  ASSERT_TRUE(flags.has_value());
  EXPECT_EQ(flags->text(), "dgimsuy");
  EXPECT_FALSE(RegExpFlags::parse(u"gg").has_value());
  EXPECT_FALSE(RegExpFlags::parse(u"x").has_value());
  EXPECT_EQ(RegExpFlags::parse(u"")->text(), "");
}

TEST(RegExpTranslator, SpellsLettersAndDigitsAsThemselvesAndTheRestAsHex) {
  EXPECT_EQ(pcre("ab1"), "ab1");
  EXPECT_EQ(pcre("a.b"), "a[\\x{0}-\\x{9}\\x{b}-\\x{c}\\x{e}-\\x{2027}\\x{202a}-\\x{ffff}]b");
  EXPECT_EQ(pcre("-"), "\\x{2d}");
}

TEST(RegExpTranslator, DotAllAndTheUFlagWidenTheDot) {
  EXPECT_EQ(pcre(".", "s"), "[\\x{0}-\\x{ffff}]");
  // Under u, code points in UTF-16: a surrogate is a character where it is not half of
  // a pair, and a pair is one character.
  EXPECT_EQ(pcre(".", "su"),
            "(?:[\\x{0}-\\x{d7ff}\\x{e000}-\\x{ffff}]|[\\x{d800}-\\x{dbff}](?![\\x{dc00}-\\x{dfff}])|"
            "(?<![\\x{d800}-\\x{dbff}])[\\x{dc00}-\\x{dfff}]|[\\x{d800}-\\x{dbff}][\\x{dc00}-\\x{dfff}])");
}

TEST(RegExpTranslator, AstralCodePointsAreSurrogatePairsGroupedByHighSurrogate) {
  EXPECT_EQ(pcre("[\\u{1F600}-\\u{1F64F}]", "u"), "(?:\\x{d83d}[\\x{de00}-\\x{de4f}])");
  EXPECT_EQ(pcre("[\\u{10000}-\\u{10FFFF}]", "u"), "(?:[\\x{d800}-\\x{dbff}][\\x{dc00}-\\x{dfff}])");
  // A range across high surrogates: a partial first, full middles, a partial last.
  EXPECT_EQ(pcre("[\\u{103FF}-\\u{10800}]", "u"),
            "(?:\\x{d800}\\x{dfff}|\\x{d801}[\\x{dc00}-\\x{dfff}]|\\x{d802}\\x{dc00})");
  // High surrogates that go with the same low ones share an alternative.
  EXPECT_EQ(pcre("[\\u{10000}\\u{10400}a]", "u"), "(?:a|[\\x{d800}-\\x{d801}]\\x{dc00})");
  // A BMP-only set stays one class, so that a quantifier repeats a class.
  EXPECT_EQ(pcre("[a-z]+", "u"), "[\\x{61}-\\x{7a}]+");
}

TEST(RegExpTranslator, LoneSurrogatesMatchOnlyWhereNotHalfOfAPair) {
  EXPECT_EQ(pcre("\\ud800", "u"), "(?:\\x{d800}(?![\\x{dc00}-\\x{dfff}]))");
  EXPECT_EQ(pcre("\\udc00", "u"), "(?:(?<![\\x{d800}-\\x{dbff}])\\x{dc00})");
  // Without u a surrogate is a code unit like any other.
  EXPECT_EQ(pcre("\\ud800"), "\\x{d800}");
  // A quantifier repeats the whole astral character.
  EXPECT_EQ(pcre("\\u{1F600}{2}", "u"), "(?:\\x{d83d}\\x{de00}){2}");
}

TEST(RegExpTranslator, LookbehindOfACharacterUnderUTakesOneFormPerLength) {
  const std::string dot = pcre("(?<=.)x", "u");
  EXPECT_EQ(dot.rfind("(?<=(?:[\\x{0}-\\x{9}", 0), 0u) << dot;
  EXPECT_NE(dot.find("|[\\x{d800}-\\x{dbff}][\\x{dc00}-\\x{dfff}])x"), std::string::npos) << dot;
  // A group around it becomes a lookbehind per form in a branch-reset group.
  const std::string captured = pcre("(?<=(.))", "u");
  EXPECT_EQ(captured.rfind("(?:(?|(?<=(", 0), 0u) << captured;
  EXPECT_NE(captured.find(")|(?<=([\\x{d800}-\\x{dbff}][\\x{dc00}-\\x{dfff}])))"), std::string::npos) << captured;
  EXPECT_EQ(pcre("(?<!(.))", "u").rfind("(?!(?:(?|(?<=(", 0), 0u);
  // Lengths one alternative cannot spell are still refused.
  EXPECT_TRUE(translate("(?<=.+)", "u").refused);
  EXPECT_TRUE(translate("(?<=(?:(a)|(bc)).)", "u").refused);
  EXPECT_TRUE(translate("(?<=\\d.)", "u").ok());
}

TEST(RegExpTranslator, EmptyClassesMatchNothingOrAnything) {
  EXPECT_EQ(pcre("[]"), "(?!)");
  EXPECT_EQ(pcre("[^]"), "[\\x{0}-\\x{ffff}]");
}

TEST(RegExpTranslator, AnchorsMeanTheWholeInputUnlessMultiline) {
  EXPECT_EQ(pcre("^a$"), "\\Aa\\z");
  EXPECT_EQ(pcre("^", "m"), "(?<![\\x{0}-\\x{9}\\x{b}-\\x{c}\\x{e}-\\x{2027}\\x{202a}-\\x{ffff}])");
}

TEST(RegExpTranslator, WhiteSpaceIsEcmaScriptsIncludingTheByteOrderMark) {
  const std::string s = pcre("\\s");
  EXPECT_NE(s.find("\\x{feff}"), std::string::npos);
  EXPECT_NE(s.find("\\x{2028}-\\x{2029}"), std::string::npos);
  EXPECT_NE(s.find("\\x{a0}"), std::string::npos);
  EXPECT_EQ(pcre("\\d"), "[\\x{30}-\\x{39}]");
  EXPECT_EQ(pcre("\\w"), "[\\x{30}-\\x{39}\\x{41}-\\x{5a}\\x{5f}\\x{61}-\\x{7a}]");
}

TEST(RegExpTranslator, IgnoreCaseFollowsCanonicalizeOfEachMode) {
  // Without u: toUpperCase, never mapping non-ASCII onto ASCII (so no Kelvin sign).
  EXPECT_EQ(pcre("k", "i"), "[\\x{4b}\\x{6b}]");
  // With u: simple case folding, which puts the Kelvin sign with k.
  EXPECT_EQ(pcre("k", "iu"), "[\\x{4b}\\x{6b}\\x{212a}]");
  // Astral letters fold too (Deseret).
  EXPECT_EQ(pcre("\\u{10400}", "iu"), "(?:\\x{d801}[\\x{dc00}\\x{dc28}])");
  // ſ upper-cases to S, ASCII: not equivalent without u, folded to s with it.
  EXPECT_EQ(pcre("\\u017f", "i"), "\\x{17f}");
  EXPECT_EQ(pcre("\\u017f", "iu"), "[\\x{53}\\x{73}\\x{17f}]");
  // σ, ς and Σ share one upper case.
  EXPECT_EQ(pcre("\\u03c3", "i"), "[\\x{3a3}\\x{3c2}-\\x{3c3}]");
}

TEST(RegExpTranslator, UnicodeEscapesBecomeCodePoints) {
  EXPECT_EQ(pcre("\\u{1F600}", "u"), "(?:\\x{d83d}\\x{de00})");
  EXPECT_EQ(pcre("\\ud83d\\ude00", "u"), "(?:\\x{d83d}\\x{de00})");
  // Without u they are two code units, and \u{…} is a 'u' repeated.
  EXPECT_EQ(pcre("\\ud83d\\ude00"), "\\x{d83d}\\x{de00}");
  EXPECT_EQ(pcre("\\u{2}"), "u{2}");
}

TEST(RegExpTranslator, AnnexBEscapesWithoutTheUFlag) {
  EXPECT_EQ(pcre("\\1"), "\\x{1}");      // no group 1: an octal escape
  EXPECT_EQ(pcre("\\8"), "8");           // an identity escape
  EXPECT_EQ(pcre("\\c"), "\\x{5c}c");    // a backslash and a c
  EXPECT_EQ(pcre("[\\c1]"), "\\x{11}");  // in a class, \c takes digits
  EXPECT_EQ(pcre("a{,2}"), "a\\x{7b}\\x{2c}2\\x{7d}");
  EXPECT_EQ(pcre("\\k"), "k");
}

TEST(RegExpTranslator, GroupsAndBackReferences) {
  RegExpTranslation t = translate("(?<year>\\d{4})-(\\d\\d)\\k<year>\\2");
  ASSERT_TRUE(t.ok()) << t.error;
  EXPECT_EQ(t.captureCount, 2u);
  ASSERT_EQ(t.groupNames.size(), 2u);
  EXPECT_EQ(t.groupNames[0], u"year");
  EXPECT_EQ(t.groupNames[1], u"");
  EXPECT_NE(toUtf8(t.pattern).find("\\g{1}"), std::string::npos);
  EXPECT_NE(toUtf8(t.pattern).find("\\g{2}"), std::string::npos);
  // A group name joins an escaped surrogate pair into one code point, u flag or not.
  EXPECT_EQ(translate("(?<\\ud835\\udcd1>x)").groupNames[0], u"\U0001D4D1");
  // A back-reference before its group is a reference all the same.
  EXPECT_EQ(pcre("\\1(a)"), "\\g{1}(a)");
  EXPECT_TRUE(translate("(a)\\1", "i").caselessBackReferences);
  EXPECT_EQ(pcre("(a)\\1", "i"), "([\\x{41}\\x{61}])(?:(?i:\\g{1})(?C\"1\"))");
  // Under u, a reference must not end inside a surrogate pair; under iu, callouts
  // compare by simple case folding, which PCRE2 cannot do outside UTF mode.
  EXPECT_EQ(pcre("(a)\\1", "u"), "(a)(?:\\g{1}(?!(?<=[\\x{d800}-\\x{dbff}])[\\x{dc00}-\\x{dfff}]))");
  EXPECT_EQ(pcre("(a)\\1", "iu"), "([\\x{41}\\x{61}])(?:(?C\"u1\")(?>[\\x{0}-\\x{ffff}]*?(?C\"e\")))");
  EXPECT_FALSE(translate("(a)\\1", "iu").caselessBackReferences);
}

TEST(RegExpTranslator, LookbehindOfOneLengthPerAlternative) {
  EXPECT_EQ(pcre("(?<=\\$)\\d"), "(?<=\\x{24})[\\x{30}-\\x{39}]");
  EXPECT_TRUE(translate("(?<=ab|c)x").ok());
  EXPECT_TRUE(translate("(?<!\\d{3})x").ok());
}

struct ErrorCase {
  const char* pattern;
  const char* flags;
  const char* message;
};

class RegExpSyntaxErrors : public testing::TestWithParam<ErrorCase> {};

// V8's texts, as `new RegExp(pattern, flags)` throws them in Node 20.
TEST_P(RegExpSyntaxErrors, AreV8s) {
  RegExpTranslation t = translate(GetParam().pattern, GetParam().flags);
  EXPECT_FALSE(t.refused);
  EXPECT_EQ(t.error, GetParam().message) << GetParam().pattern;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RegExpSyntaxErrors,
    testing::Values(ErrorCase{"(", "", "Unterminated group"}, ErrorCase{"a)", "", "Unmatched ')'"},
                    ErrorCase{"a**", "", "Nothing to repeat"}, ErrorCase{"{1}", "", "Nothing to repeat"},
                    ErrorCase{"a{1}{2}", "", "Nothing to repeat"}, ErrorCase{"\\b*", "", "Nothing to repeat"},
                    ErrorCase{"[b-a]", "", "Range out of order in character class"},
                    ErrorCase{"x{2,1}", "", "numbers out of order in {} quantifier"},
                    ErrorCase{"[a", "", "Unterminated character class"}, ErrorCase{"\\", "", "\\ at end of pattern"},
                    ErrorCase{"(?<a>)(?<a>)", "", "Duplicate capture group name"},
                    ErrorCase{"(?<1a>)", "", "Invalid capture group name"},
                    ErrorCase{"(?<a>)\\k<b>", "", "Invalid named capture referenced"},
                    ErrorCase{"(?<a>)\\k", "", "Invalid named reference"},
                    ErrorCase{"(?<a>)[\\k]", "", "Invalid escape"}, ErrorCase{"(?a)", "", "Invalid group"},
                    ErrorCase{"(?<=a)*", "", "Invalid quantifier"}, ErrorCase{"(?=a)*", "u", "Invalid quantifier"},
                    ErrorCase{"\\1", "u", "Invalid escape"}, ErrorCase{"\\01", "u", "Invalid decimal escape"},
                    ErrorCase{"\\z", "u", "Invalid escape"}, ErrorCase{"[\\z]", "u", "Invalid escape"},
                    ErrorCase{"\\c", "u", "Invalid Unicode escape"}, ErrorCase{"[\\1]", "u", "Invalid class escape"},
                    ErrorCase{"[\\d-a]", "u", "Invalid character class"},
                    ErrorCase{"\\u{110000}", "u", "Invalid Unicode escape"}, ErrorCase{"\\x1", "u", "Invalid escape"},
                    ErrorCase{"]", "u", "Lone quantifier brackets"}, ErrorCase{"{", "u", "Lone quantifier brackets"},
                    ErrorCase{"a{", "u", "Incomplete quantifier"}, ErrorCase{"\\k", "u", "Invalid named reference"}));

class RegExpRefusals : public testing::TestWithParam<ErrorCase> {};

TEST_P(RegExpRefusals, NameWhatIsNotSupported) {
  RegExpTranslation t = translate(GetParam().pattern, GetParam().flags);
  EXPECT_TRUE(t.refused) << GetParam().pattern << ": " << t.error;
  EXPECT_EQ(t.error, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RegExpRefusals,
    testing::Values(ErrorCase{"(?<=a+)b", "", "lookbehind of variable length is not supported"},
                    ErrorCase{"(?<=(a)\\1)b", "", "a back-reference inside a lookbehind is not supported"},
                    ErrorCase{"(?:(a)|b)+", "",
                              "a repeated group whose captures an iteration may leave unset or empty is not supported"},
                    ErrorCase{"(a*)*", "",
                              "a repeated group whose captures an iteration may leave unset or empty is not supported"},
                    ErrorCase{"a{70000}", "", "a quantifier bound above 65535 is not supported"}));

TEST(RegExpTranslator, RepeatedGroupsThatAlwaysCaptureAreFine) {
  EXPECT_TRUE(translate("(\\d+,)*").ok());
  EXPECT_TRUE(translate("(?:(a)b)+").ok());
  EXPECT_TRUE(translate("(a|b)+").ok());
}

TEST(RegExpTranslator, PropertyEscapesTakeExactNamesOnly) {
  EXPECT_EQ(pcre("\\p{ASCII_Hex_Digit}", "u"), "[\\x{30}-\\x{39}\\x{41}-\\x{46}\\x{61}-\\x{66}]");
  EXPECT_EQ(pcre("\\p{AHex}", "u"), pcre("\\p{ASCII_Hex_Digit}", "u"));
  EXPECT_EQ(pcre("\\p{gc=Nd}", "u"), pcre("\\p{Decimal_Number}", "u"));
  EXPECT_EQ(pcre("\\p{sc=Grek}", "u"), pcre("\\p{Script=Greek}", "u"));
  EXPECT_TRUE(translate("\\p{L}", "u").usesUnicodeProperties);
  for (const char* loose : {"\\p{letter}", "\\p{ascii}", "\\p{Script=greek}", "\\p{Hyphen}", "\\p{sc}", "\\p{L"}) {
    EXPECT_EQ(translate(loose, "u").error, "Invalid property name") << loose;
  }
  EXPECT_EQ(translate("[\\p{Foo}]", "u").error, "Invalid property name in character class");
  EXPECT_EQ(pcre("\\p{L}"), "p\\x{7b}L\\x{7d}");  // without u, a p and braces
}

TEST(RegExpTranslator, TheVFlagsSetOperationsAreComputedAsSets) {
  EXPECT_EQ(pcre("[\\w--\\d]", "v"), "[\\x{41}-\\x{5a}\\x{5f}\\x{61}-\\x{7a}]");
  EXPECT_EQ(pcre("[[a-z]&&[aeiou]&&[a-f]]", "v"), "[\\x{61}\\x{65}]");
  // Strings first, longest first, then the characters, then the empty string.
  EXPECT_EQ(pcre("[\\q{abc|d|}x]", "v"), "(?:abc|[\\x{64}\\x{78}]|)");
  EXPECT_EQ(translate("[^\\q{ab}]", "v").error, "Negated character class may contain strings");
  EXPECT_EQ(translate("[a&&&b]", "v").error, "Invalid character in character class");
  EXPECT_EQ(translate("[a&&b--c]", "v").error, "Invalid set operation in character class");
  EXPECT_EQ(translate("[(]", "v").error, "Invalid character in character class");
  EXPECT_FALSE(RegExpFlags::parse(u"uv").has_value());
}

TEST(RegExpTranslator, PropertiesOfStringsAreTheirStringsLongestFirstUnderV) {
  // The keycaps: 12 strings of three code points, "#\ufe0f\u20e3" and the like.
  const std::string keycaps = pcre("\\p{Emoji_Keycap_Sequence}", "v");
  EXPECT_EQ(keycaps.rfind("(?:\\x{23}\\x{fe0f}\\x{20e3}|", 0), 0u) << keycaps;
  EXPECT_TRUE(translate("\\p{Emoji_Keycap_Sequence}", "v").usesUnicodeProperties);
  // RGI_Emoji holds characters as well as sequences: both are there.
  const std::string emoji = pcre("[\\p{RGI_Emoji}--\\q{\\u{1F600}}]", "v");
  EXPECT_NE(emoji.find("\\x{d83c}\\x{ddfa}"), std::string::npos);  // U+1F1FA, in the flags
  EXPECT_EQ(translate("\\P{RGI_Emoji}", "v").error, "Invalid property name");
  EXPECT_EQ(translate("[^\\p{RGI_Emoji}]", "v").error, "Negated character class may contain strings");
  EXPECT_EQ(translate("\\p{RGI_Emoji}", "u").error, "Invalid property name");
  EXPECT_EQ(translate("[\\p{RGI_Emoji}]", "u").error, "Invalid property name in character class");
}

TEST(RegExpTranslator, DeepNestingIsRefusedNotOverflowed) {
  const std::string deep = std::string(100000, '(') + std::string(100000, ')');
  RegExpTranslation t = translate(deep);
  EXPECT_TRUE(t.refused);
}

TEST(RegExpTranslator, Messages) {
  EXPECT_EQ(regExpSyntaxMessage(u"(", flagsOf("gu"), "Unterminated group"),
            "Invalid regular expression: /(/gu: Unterminated group");
  EXPECT_EQ(regExpRefusalMessage(u"(?<=a+)", flagsOf("g"), "lookbehind of variable length is not supported"),
            "regular expression /(?<=a+)/g: lookbehind of variable length is not supported");
}

}  // namespace
}  // namespace reachable
