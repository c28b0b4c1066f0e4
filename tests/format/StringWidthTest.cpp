// Widths as Node 20's getStringWidth gives them (checked with
// require('internal/util/inspect').getStringWidth under node --expose-internals).
#include <gtest/gtest.h>

#include "format/StringWidth.h"

namespace reachable {
namespace {

TEST(StringWidth, AsciiCountsOneAndControlsZero) {
  EXPECT_EQ(stringWidth("abc"), 3);
  EXPECT_EQ(stringWidth(""), 0);
  EXPECT_EQ(stringWidth("\x1b"), 0);
  EXPECT_EQ(stringWidth("\x7f"), 0);
}

TEST(StringWidth, EastAsianWideCountsTwo) {
  EXPECT_EQ(stringWidth("日本"), 4);
  EXPECT_EQ(stringWidth("한"), 2);
  EXPECT_EQ(stringWidth("Ａ"), 2);  // U+FF21 FULLWIDTH LATIN CAPITAL LETTER A
  EXPECT_EQ(stringWidth("ｱ"), 1);   // U+FF71 HALFWIDTH KATAKANA LETTER A
  EXPECT_EQ(stringWidth("😀"), 2);   // U+1F600, astral
}

TEST(StringWidth, EmojiPresentationCountsTwo) {
  EXPECT_EQ(stringWidth("🥝🚀🧠"), 6);  // beyond the ranges a hand-made table knew
  EXPECT_EQ(stringWidth("⌚⭐✅☕"), 8);  // East Asian Wide in the BMP
  EXPECT_EQ(stringWidth("☺"), 1);       // text presentation by default
  EXPECT_EQ(stringWidth("👍🏽"), 4);     // no grapheme clusters: the skin tone is wide too
}

TEST(StringWidth, MeasuresComposedText) {
  EXPECT_EQ(stringWidth("\u1100\u1161"), 2);  // Hangul jamo compose to one wide syllable
}

TEST(StringWidth, CombiningAndInvisibleCountZero) {
  EXPECT_EQ(stringWidth("e\u0301"), 1);
  EXPECT_EQ(stringWidth("\u200b"), 0);
  EXPECT_EQ(stringWidth("\ufe0f"), 0);
  EXPECT_EQ(stringWidth("\u00ad"), 1);  // SOFT HYPHEN
}

TEST(StringWidth, Utf16LengthCountsSurrogatePairsTwice) {
  EXPECT_EQ(utf16Length("abc"), 3);
  EXPECT_EQ(utf16Length("ü日"), 2);
  EXPECT_EQ(utf16Length("😀"), 2);
}

}  // namespace
}  // namespace reachable
