#include "WindowedPlan.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace reachable::view {
namespace {

using Overflow = std::function<float(std::size_t, std::size_t)>;

using Bounds = std::vector<std::pair<std::size_t, std::size_t>>;

Bounds bounds(const std::vector<PlanWindow>& windows) {
  Bounds pairs;
  for (const PlanWindow& window : windows) pairs.emplace_back(window.first, window.last);
  return pairs;
}

const auto kSameCards = [](std::size_t) { return std::size_t{10}; };

TEST(SplitIntoWindows, ARunThatFitsIsOneWindow) {
  int tries = 0;
  const Overflow overflow = [&](std::size_t, std::size_t) {
    ++tries;
    return 0.9f;
  };
  EXPECT_EQ(bounds(splitIntoWindows(50, overflow, kSameCards)), (Bounds{{0, 49}}));
  EXPECT_EQ(tries, 1);  // the common case costs one plan
}

TEST(SplitIntoWindows, WindowsAreAsLongAsFits) {
  // Each picture needs a quarter of the panel; a window of n pictures needs n quarters.
  const Overflow overflow = [](std::size_t first, std::size_t last) {
    return static_cast<float>(last - first + 1) / 4;
  };
  EXPECT_EQ(bounds(splitIntoWindows(10, overflow, kSameCards)),
            (Bounds{{0, 3}, {4, 7}, {8, 9}}));
}

TEST(SplitIntoWindows, AWindowEndsWhereFewCardsWouldMove) {
  const Overflow overflow = [](std::size_t first, std::size_t last) {
    return static_cast<float>(last - first + 1) / 4;
  };
  // Picture 3 is nearly empty: the next window begins there, not at picture 4.
  const auto cardsAt = [](std::size_t at) { return at == 3 ? std::size_t{1} : std::size_t{10}; };
  const auto windows = splitIntoWindows(8, overflow, cardsAt);
  ASSERT_GE(windows.size(), 2u);
  EXPECT_EQ(windows[0].last, 2u);
  EXPECT_EQ(windows[1].first, 3u);
}

TEST(SplitIntoWindows, ARunTooRichForThePanelIsNotCutIntoSlivers) {
  // Every picture alone needs twice the panel, and each more picture a little more:
  // windows grow to 30% past what one picture needs.
  const Overflow overflow = [](std::size_t first, std::size_t last) {
    return 2.0f + 0.09f * static_cast<float>(last - first);
  };
  const auto windows = splitIntoWindows(21, overflow, kSameCards);
  EXPECT_EQ(bounds(windows), (Bounds{{0, 6}, {7, 13}, {14, 20}}));
}

TEST(SplitIntoWindows, WindowsCoverEveryPictureOnceInOrder) {
  const Overflow overflow = [](std::size_t first, std::size_t last) {
    return static_cast<float>((last - first + 1) * (first % 3 + 1)) / 5;
  };
  const auto cardsAt = [](std::size_t at) { return (at * 7) % 5; };
  const auto windows = splitIntoWindows(40, overflow, cardsAt);
  std::size_t next = 0;
  for (const PlanWindow& window : windows) {
    EXPECT_EQ(window.first, next);
    EXPECT_GE(window.last, window.first);
    next = window.last + 1;
  }
  EXPECT_EQ(next, 40u);
}

}  // namespace
}  // namespace reachable::view
