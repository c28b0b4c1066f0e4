#include "scenario/KeySuggestion.h"

#include <gtest/gtest.h>

#include <array>

namespace reachable {
namespace {

constexpr std::array<std::string_view, 3> kKnown{"title", "summary", "program"};

TEST(KeySuggestion, SwappedLettersAreOneEdit) { EXPECT_EQ(suggestKey("titel", kKnown), "title"); }

TEST(KeySuggestion, TwoEditsStillSuggest) { EXPECT_EQ(suggestKey("progrm_", kKnown), "program"); }

TEST(KeySuggestion, ThreeEditsSuggestNothing) { EXPECT_EQ(suggestKey("colour", kKnown), std::nullopt); }

TEST(KeySuggestion, TheClosestWins) {
  constexpr std::array<std::string_view, 2> known{"line", "lines"};
  EXPECT_EQ(suggestKey("linesz", known), "lines");
}

}  // namespace
}  // namespace reachable
