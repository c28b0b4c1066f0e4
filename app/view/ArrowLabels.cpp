#include "ArrowLabels.h"

#include "RectGrid.h"

namespace reachable::view {
namespace {

constexpr float kAlong[] = {0.2f, 0.32f, 0.44f, 0.56f, 0.68f, 0.8f, 0.1f, 0.9f};
constexpr float kOffset = 3;  // between the line and its words

// A weak arrow always says so, in words as well as in its dashes and colour.
std::string labelOf(const Arrow& arrow, bool propertyNames) {
  const std::string name = propertyNames && !arrow.from.fromRoot ? arrow.name : std::string();
  if (!arrow.isWeak() || name.find("weak") != std::string::npos) return name;
  return name.empty() ? "weak" : name + " (weak)";
}

}  // namespace

std::vector<ArrowLabel> placeArrowLabels(const std::vector<Arrow>& arrows, const SceneGeometry& scene,
                                         const TextMeasure& measure, bool propertyNames) {
  RectGrid taken;
  for (const BoxGeometry& root : scene.roots) taken.add(root.rect);
  for (const auto& [id, box] : scene.cards) taken.add(box.rect);
  std::vector<ArrowLabel> labels;
  const float height = measure.lineHeight();
  for (std::size_t i = 0; i < arrows.size(); ++i) {
    std::string text = labelOf(arrows[i], propertyNames);
    if (text.empty() || arrows[i].points.empty()) continue;
    const Vec2 size{measure.width(text, false), height};
    for (float t : kAlong) {
      const Vec2 at = arrows[i].at(t);
      const Rect above = rectAt({at.x + kOffset, at.y - kOffset - size.y}, size);
      const Rect below = rectAt({at.x + kOffset, at.y + kOffset}, size);
      const Rect* free = taken.overlapping(above).empty() ? &above : taken.overlapping(below).empty() ? &below : nullptr;
      if (!free) continue;
      taken.add(*free);
      labels.push_back({i, std::move(text), *free});
      break;
    }
  }
  return labels;
}

}  // namespace reachable::view
