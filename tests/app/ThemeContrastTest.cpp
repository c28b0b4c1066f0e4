#include "Style.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace reachable {
namespace {

// WCAG 2's relative luminance and contrast ratio: 4.5:1 is what body text needs to
// be read, and a class reads the screen from far away.
double luminance(ImU32 colour) {
  const auto channel = [](unsigned value) {
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(colour >> IM_COL32_R_SHIFT & 0xFF) + 0.7152 * channel(colour >> IM_COL32_G_SHIFT & 0xFF) +
         0.0722 * channel(colour >> IM_COL32_B_SHIFT & 0xFF);
}

double contrast(ImU32 a, ImU32 b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class ThemeContrastTest : public ::testing::TestWithParam<Theme> {};

TEST_P(ThemeContrastTest, TextReadsFromTheBackOfTheRoom) {
  const Style style = Style::forTheme(GetParam(), 1);
  constexpr double kBodyText = 4.5;
  EXPECT_GE(contrast(style.text, style.panel), kBodyText);
  EXPECT_GE(contrast(style.mutedText, style.panel), kBodyText) << "hints and lines already run";
  EXPECT_GE(contrast(style.heading, style.panel), kBodyText);
  EXPECT_GE(contrast(style.heap.text, style.heap.cardFill), kBodyText) << "a card's rows";
  EXPECT_GE(contrast(style.heap.text, style.heap.background), kBodyText) << "arrow labels";
  EXPECT_GE(contrast(style.heap.text, style.heap.rootFill), kBodyText) << "the roots' variables";
}

INSTANTIATE_TEST_SUITE_P(Themes, ThemeContrastTest, ::testing::Values(Theme::Light, Theme::Dark, Theme::Tutorial));

}  // namespace
}  // namespace reachable
