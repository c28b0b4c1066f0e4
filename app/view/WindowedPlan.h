#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "HeapLayout.h"

namespace reachable::view {

// Consecutive pictures [first, last] laid out together.
struct PlanWindow {
  std::size_t first = 0;
  std::size_t last = 0;
};

// Splits pictures 0..count-1 into as few windows as possible, each laid out together
// at a legible size: a window grows while `overflow(first, last)` (how much its plan
// must shrink to fit) stays at 1, or, where some picture alone is already too much for
// the panel, within a margin of what that picture needs. A window ends where fewest
// cards are on screen (`cardsAt`), late in it, since those are the cards that move
// when the next window's plan takes over.
std::vector<PlanWindow> splitIntoWindows(std::size_t count,
                                         const std::function<float(std::size_t, std::size_t)>& overflow,
                                         const std::function<std::size_t(std::size_t)>& cardsAt);

// A run's layout: one plan for the whole run where it fits the panel at a legible
// size; otherwise one for each window of consecutive steps that does, so that a lesson
// richer than the panel still shows every live card of each step. A card keeps its
// place within a window and moves, once, where the next begins.
class WindowedPlan {
 public:
  struct Window {
    std::uint64_t firstStep = 0;  // the window holds its steps up to the next window's first
    LayoutPlan plan;
  };

  // `pictures` are of `steps` (ascending); `room` as for HeapLayout::sketch. Runs of
  // more than kMostWindowedCards cards are one window: no window of theirs would fit.
  void make(const HeapLayout& layout, std::span<const ViewGraph> pictures, std::span<const std::uint64_t> steps,
            const TextMeasure& measure, Vec2 room);
  void clear() { windows_.clear(); }
  bool empty() const { return windows_.empty(); }

  // The window that holds a step: the last that begins at or before it.
  std::size_t windowOf(std::uint64_t step) const;
  const std::vector<Window>& windows() const { return windows_; }

  static constexpr std::size_t kMostWindowedCards = 4000;

 private:
  std::vector<Window> windows_;
};

}  // namespace reachable::view
