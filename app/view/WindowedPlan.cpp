#include "WindowedPlan.h"

#include <algorithm>
#include <unordered_set>

namespace reachable::view {
namespace {

// When even a picture alone is too much for the panel, the camera follows each step's
// objects anyway and stillness is worth more: a window may then need this much more
// shrinking than its most crowded picture.
constexpr float kCrowdedTolerance = 1.3f;

// The last picture from `first` on that a window can reach: while the window's plan
// fits, or needs little more shrinking than its most crowded picture alone (which no
// window can help), so that a lesson too rich for the panel is not cut into slivers.
std::size_t reach(std::size_t first, std::size_t count, const std::function<float(std::size_t, std::size_t)>& overflow,
                  const std::vector<float>& alone) {
  std::vector<float> most(count, 1.0f);  // the most crowded picture from `first` to each
  for (std::size_t i = first; i < count; ++i) most[i] = std::max(i > first ? most[i - 1] : 1.0f, alone[i]);
  const auto fits = [&](std::size_t last) {
    return overflow(first, last) <= (most[last] <= 1 ? 1.0f : most[last] * kCrowdedTolerance);
  };
  if (fits(count - 1)) return count - 1;
  // Gallop, then halve: windows are short or long, and each try lays out a window.
  std::size_t good = first, bad = count - 1;
  for (std::size_t length = 2; first + length - 1 < bad; length *= 2) {
    if (!fits(first + length - 1)) {
      bad = first + length - 1;
      break;
    }
    good = first + length - 1;
  }
  while (bad - good > 1) {
    const std::size_t middle = good + (bad - good) / 2;
    (fits(middle) ? good : bad) = middle;
  }
  return good;
}

std::size_t cardCount(std::span<const ViewGraph> pictures, std::size_t first, std::size_t last) {
  std::unordered_set<ObjectId> ids;
  for (std::size_t i = first; i <= last; ++i)
    for (const Card& card : pictures[i].cards) ids.insert(card.id);
  return ids.size();
}

}  // namespace

std::vector<PlanWindow> splitIntoWindows(std::size_t count,
                                         const std::function<float(std::size_t, std::size_t)>& overflow,
                                         const std::function<std::size_t(std::size_t)>& cardsAt) {
  std::vector<PlanWindow> windows;
  if (count == 0) return windows;
  // The whole run at once is the common case: a lesson that fits.
  if (overflow(0, count - 1) <= 1) return {{0, count - 1}};
  std::vector<float> alone(count);
  for (std::size_t i = 0; i < count; ++i) alone[i] = overflow(i, i);
  for (std::size_t first = 0; first < count;) {
    const std::size_t last = reach(first, count, overflow, alone);
    std::size_t next = last + 1;
    // Not before the window's second half: a quiet moment, not a short window.
    if (next < count)
      for (std::size_t candidate = last; candidate > first + (last - first) / 2; --candidate)
        if (cardsAt(candidate) < cardsAt(next)) next = candidate;
    windows.push_back({first, next - 1});
    first = next;
  }
  return windows;
}

void WindowedPlan::make(const HeapLayout& layout, std::span<const ViewGraph> pictures,
                        std::span<const std::uint64_t> steps, const TextMeasure& measure, Vec2 room) {
  windows_.clear();
  if (pictures.empty()) return;
  const auto sketch = [&](std::size_t first, std::size_t last) {
    return layout.sketch(pictures.subspan(first, last - first + 1), measure, room);
  };
  std::vector<PlanWindow> split{{0, pictures.size() - 1}};
  if (cardCount(pictures, 0, pictures.size() - 1) <= kMostWindowedCards)
    split = splitIntoWindows(
        pictures.size(), [&](std::size_t first, std::size_t last) { return sketch(first, last).overflow; },
        [&](std::size_t at) { return pictures[at].cards.size(); });
  for (const PlanWindow& window : split) windows_.push_back({steps[window.first], sketch(window.first, window.last)});
}

std::size_t WindowedPlan::windowOf(std::uint64_t step) const {
  const auto after = std::upper_bound(windows_.begin(), windows_.end(), step,
                                      [](std::uint64_t s, const Window& w) { return s < w.firstStep; });
  return after == windows_.begin() ? 0 : static_cast<std::size_t>(after - windows_.begin() - 1);
}

}  // namespace reachable::view
