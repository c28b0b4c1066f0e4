#include "HeapViewPainter.h"

#include "Fonts.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "CardText.h"
#include "LayoutMetrics.h"

namespace reachable {
namespace {

constexpr float kDetailZoom = 0.45f;  // below this, no text and no dashes
constexpr float kPadding = 10;
constexpr float kDotRadius = 3.5f;
const float kDotSpace = view::LayoutMetrics{}.dotSpace;  // where a reference leaves a row
constexpr float kFrameStripe = 4;  // the call stack colour on a frame's scope box
constexpr int kSamplesPerSegment = 16;
constexpr int kCoarseSamplesPerSegment = 4;  // zoomed out, where a curve is a few pixels across

bool overlaps(ImVec2 a, ImVec2 b, ImVec2 min, ImVec2 max) {
  return std::max(a.x, b.x) >= min.x && std::min(a.x, b.x) <= max.x && std::max(a.y, b.y) >= min.y &&
         std::min(a.y, b.y) <= max.y;
}

ImVec2 imVec(view::Vec2 v) { return {v.x, v.y}; }

// Cuts UTF-8 text at a character boundary.
std::string_view dropLastCharacter(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && (static_cast<unsigned char>(text[end - 1]) & 0xC0) == 0x80) --end;
  return text.substr(0, end > 0 ? end - 1 : 0);
}

}  // namespace

ImU32 withAlpha(ImU32 colour, float alpha) {
  const auto a =
      static_cast<unsigned>(static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) * std::clamp(alpha, 0.0f, 1.0f));
  return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
  const ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
  const auto blend = [t](float p, float q) { return p + (q - p) * std::clamp(t, 0.0f, 1.0f); };
  return ImGui::ColorConvertFloat4ToU32({blend(x.x, y.x), blend(x.y, y.y), blend(x.z, y.z), blend(x.w, y.w)});
}

HeapViewPainter::HeapViewPainter(ImDrawList* list, const HeapViewStyle& style, ImFont* text, ImFont* mono,
                                 const view::Camera& camera, ImVec2 canvas)
    : list_(list), style_(style), text_(text), mono_(mono), camera_(camera), canvas_(canvas) {}

bool HeapViewPainter::detailed() const { return camera_.zoom >= kDetailZoom; }

ImVec2 HeapViewPainter::screen(view::Vec2 world) const {
  return imVec(camera_.toScreen({canvas_.x, canvas_.y}, world));
}

bool HeapViewPainter::visible(const view::Rect& world, ImVec2 canvasMin, ImVec2 canvasMax) const {
  const ImVec2 min = screen(world.min), max = screen(world.max);
  return max.x >= canvasMin.x && min.x <= canvasMax.x && max.y >= canvasMin.y && min.y <= canvasMax.y;
}

float HeapViewPainter::textWidth(std::string_view text, bool mono) const {
  ImFont* font = mono ? mono_ : text_;
  return font->CalcTextSizeA(textPixels(*font) * camera_.zoom, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

// Text cut with "…" when wider than `maxWidth`, so that nothing spills out of a card.
void HeapViewPainter::text(ImVec2 at, std::string_view text, ImU32 colour, float maxWidth, bool mono) {
  if (!detailed() || text.empty() || maxWidth <= 0) return;
  ImFont* font = mono ? mono_ : text_;
  std::string shown(text);
  if (textWidth(text, mono) > maxWidth) {
    const float ellipsis = textWidth("…", mono);
    while (!text.empty() && textWidth(text, mono) + ellipsis > maxWidth) text = dropLastCharacter(text);
    shown = std::string(text) + "…";
  }
  list_->AddText(font, textPixels(*font) * camera_.zoom, at, colour, shown.c_str(), shown.c_str() + shown.size());
}

// Only the stretches that cross the clip rectangle are drawn: an arrow to a card far
// off screen is mostly outside it (the 10,000 arrows out of one array, fanning down).
void HeapViewPainter::polyline(const std::vector<ImVec2>& points, ImU32 colour, float width, bool dashed) {
  if (points.size() < 2) return;
  const float margin = width + 1;
  const ImVec2 clipMin{list_->GetClipRectMin().x - margin, list_->GetClipRectMin().y - margin};
  const ImVec2 clipMax{list_->GetClipRectMax().x + margin, list_->GetClipRectMax().y + margin};
  if (!dashed || !detailed()) {
    // A stretch keeps one segment beyond each visible one, so that every visible
    // joint is drawn as it would be in the whole line.
    const std::size_t segments = points.size() - 1;
    const auto seen = [&](std::size_t s) {
      return s < segments && overlaps(points[s], points[s + 1], clipMin, clipMax);
    };
    const auto kept = [&](std::size_t s) { return seen(s) || (s > 0 && seen(s - 1)) || seen(s + 1); };
    for (std::size_t first = 0; first < segments;) {
      if (!kept(first)) {
        ++first;
        continue;
      }
      std::size_t end = first;
      while (end < segments && kept(end)) ++end;
      list_->AddPolyline(&points[first], static_cast<int>(end - first + 1), colour, ImDrawFlags_None, width);
      first = end;
    }
    return;
  }
  // ImGui has no dashed path: walk the line, drawing every other stretch of dashLength.
  const float dash = style_.dashLength * camera_.zoom;
  float along = 0;
  bool on = true;
  for (std::size_t i = 1; i < points.size(); ++i) {
    ImVec2 a = points[i - 1];
    const ImVec2 b = points[i];
    float remaining = std::hypot(b.x - a.x, b.y - a.y);
    while (remaining > 0) {
      const float step = std::min(remaining, dash - along);
      const float t = step / remaining;
      const ImVec2 next{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
      if (on && overlaps(a, next, clipMin, clipMax)) list_->AddLine(a, next, colour, width);
      a = next;
      remaining -= step;
      along += step;
      if (along >= dash) along = 0, on = !on;
    }
  }
}

void HeapViewPainter::outline(ImVec2 min, ImVec2 max, ImU32 colour, float width, bool dashed) {
  if (!dashed || !detailed()) {
    list_->AddRect(min, max, colour, style_.rounding * camera_.zoom, ImDrawFlags_None, width);
    return;
  }
  polyline({min, {max.x, min.y}, max, {min.x, max.y}, min}, colour, width, true);
}

void HeapViewPainter::arrowHead(ImVec2 tip, view::Vec2 direction, ImU32 colour) {
  const float length = 9 * camera_.zoom, half = 4.5f * camera_.zoom;
  const ImVec2 back{tip.x - direction.x * length, tip.y - direction.y * length};
  const ImVec2 side{-direction.y * half, direction.x * half};
  list_->AddTriangleFilled(tip, {back.x + side.x, back.y + side.y}, {back.x - side.x, back.y - side.y}, colour);
}

void HeapViewPainter::checkMark(ImVec2 at, float size, ImU32 colour) {
  const float width = std::max(1.0f, 1.8f * camera_.zoom);
  list_->AddLine({at.x, at.y + size * 0.55f}, {at.x + size * 0.35f, at.y + size * 0.9f}, colour, width);
  list_->AddLine({at.x + size * 0.35f, at.y + size * 0.9f}, {at.x + size, at.y + size * 0.15f}, colour, width);
}

void HeapViewPainter::rootBox(const view::RootBox& box, const view::BoxGeometry& geometry,
                              std::optional<std::size_t> hoveredRow) {
  const float z = camera_.zoom, pad = kPadding * z, font = textPixels(*text_) * z;
  const ImVec2 min = screen(geometry.rect.min), max = screen(geometry.rect.max);
  list_->AddRectFilled(min, max, style_.rootFill, style_.rounding * z);
  list_->AddRect(min, max, style_.rootBorder, style_.rounding * z, ImDrawFlags_None, style_.borderWidth);
  if (box.frame >= 0 && !style_.frameColours.empty()) {
    const ImU32 colour = style_.frameColours[static_cast<std::size_t>(box.frame) % style_.frameColours.size()];
    list_->AddRectFilled(min, {min.x + kFrameStripe * z, max.y}, colour, style_.rounding * z,
                         ImDrawFlags_RoundCornersLeft);
  }
  const float titleY = min.y + (geometry.headerHeight * z - font) / 2;
  text({min.x + pad, titleY}, box.title, style_.mutedText, max.x - min.x - 2 * pad);
  for (std::size_t i = 0; i < box.variables.size(); ++i) {
    const view::RootVariable& variable = box.variables[i];
    const view::Rect row = geometry.row(i);
    const ImVec2 rowMin = screen(row.min), rowMax = screen(row.max);
    if (hoveredRow == i)
      list_->AddRectFilled({rowMin.x + 2, rowMin.y}, {rowMax.x - 2, rowMax.y}, withAlpha(style_.highlight, 0.12f));
    const float y = (rowMin.y + rowMax.y - font) / 2;
    const std::string value = view::variableValue(variable);
    // The value takes what the name leaves: names are short, values may be long.
    const float room = rowMax.x - rowMin.x - 3 * pad;
    const float valueWidth =
        value.empty() ? 0 : std::min(textWidth(value, true), std::max(room - textWidth(variable.name, false), room / 2));
    text({rowMin.x + pad, y}, variable.name, box.ended ? style_.mutedText : style_.text,
         rowMax.x - rowMin.x - 2 * pad - valueWidth - (value.empty() ? 14 * z : pad));
    if (!value.empty()) text({rowMax.x - pad - valueWidth, y}, value, style_.mutedText, valueWidth, true);
    if (variable.target != kNoObject || !variable.bridges.empty())
      list_->AddCircleFilled(screen(geometry.anchor(i, view::RowSlot::Value, false)), kDotRadius * z,
                             style_.strongArrow);
  }
}

void HeapViewPainter::card(const view::Card& card, const view::BoxGeometry& geometry, const view::CardLook& look,
                           Reach reach, bool highlighted, bool freed,
                           const std::function<bool(std::size_t row)>& namedBeside) {
  const float z = camera_.zoom, alpha = look.opacity, ghost = look.ghost;
  const view::ReachAppearance appearance = view::appearanceOf(reach);
  // A stack's pile takes the bottom-right corner of its box; the top card the rest.
  const float pileRoom = card.pile > 1 ? 2 * view::kPileStep * z : 0;
  const ImVec2 min = screen(geometry.rect.min), boxMax = screen(geometry.rect.max);
  const ImVec2 max{boxMax.x - pileRoom, boxMax.y - pileRoom};
  if (look.lit > 0) {
    const float glow = 5 * z;
    list_->AddRect({min.x - glow, min.y - glow}, {max.x + glow, max.y + glow},
                   withAlpha(style_.litGlow, look.lit * alpha), (style_.rounding + 5) * z, ImDrawFlags_None, 4 * z);
  }
  const float fill = alpha * (1 - ghost);
  if (card.pile > 1) stack(min, max, alpha, ghost);
  list_->AddRectFilled(min, max, withAlpha(style_.cardFill, fill), style_.rounding * z);
  const ImVec2 headerMax{max.x, min.y + geometry.headerHeight * z};
  list_->AddRectFilled(min, headerMax, withAlpha(mix(style_.cardHeaderFill, style_.markFill, look.mark), fill),
                       style_.rounding * z, ImDrawFlags_RoundCornersTop);
  ImU32 border = appearance.outline == view::Outline::Dashed ? style_.weakArrow : style_.cardBorder;
  border = mix(mix(border, style_.markBorder, look.mark), style_.ghost, ghost);
  if (highlighted) border = style_.highlight;
  const bool dashed = ghost > 0.5f || appearance.outline == view::Outline::Dashed;
  const float width = (highlighted ? 2.5f : 1.0f) * style_.borderWidth * std::max(z, 0.6f);
  outline(min, max, withAlpha(border, alpha), width, dashed);
  header(card, min, headerMax, look, reach, alpha, freed);
  // Zoomed out a card is a box: its rows would be text too small to read and dots.
  if (detailed()) rows(card, geometry, alpha * (1 - 0.45f * ghost), namedBeside);
}

// A stack looks like one: two more cards peep out behind it (faint outlines for a
// ghost stack).
void HeapViewPainter::stack(ImVec2 min, ImVec2 max, float alpha, float ghost) {
  const float step = view::kPileStep * camera_.zoom;
  const ImU32 edge = withAlpha(mix(style_.cardBorder, style_.ghost, ghost), alpha * 0.6f);
  for (int behind = 2; behind >= 1; --behind) {
    const float offset = step * static_cast<float>(behind);
    const ImVec2 from{min.x + offset, min.y + offset}, to{max.x + offset, max.y + offset};
    list_->AddRectFilled(from, to, withAlpha(style_.background, alpha), style_.rounding * camera_.zoom);
    // Solid and faint: dashes a few pixels apart would shimmer into a hatching.
    outline(from, to, edge, style_.borderWidth, false);
  }
  // A ghost has no fill of its own: the outlines behind must not show through it.
  list_->AddRectFilled(min, max, withAlpha(style_.background, alpha), style_.rounding * camera_.zoom);
}

void HeapViewPainter::header(const view::Card& card, ImVec2 min, ImVec2 max, const view::CardLook& look, Reach reach,
                             float alpha, bool freed) {
  const float z = camera_.zoom, pad = kPadding * z, font = textPixels(*text_) * z;
  const float y = (min.y + max.y - font) / 2;
  const ImU32 textColour = withAlpha(mix(style_.text, style_.ghost, look.ghost), alpha);
  float right = max.x - pad;
  if (look.markOrder > 0) {
    const std::string order = std::to_string(look.markOrder);
    const float orderWidth = textWidth(order, false);
    const ImU32 colour = withAlpha(style_.markBorder, alpha * look.mark);
    text({right - orderWidth, y}, order, colour, orderWidth + 1);
    right -= orderWidth + font * 0.9f;
    if (detailed()) checkMark({right, y + font * 0.1f}, font * 0.7f, colour);
    right -= pad / 2;
  } else if (const std::string_view badge = freed ? "freed" : view::appearanceOf(reach).badge; !badge.empty()) {
    badgeTab(badge, {max.x - pad, min.y}, reach, alpha);
  }
  const std::string title = view::cardTitle(card);
  const float titleRoom = right - min.x - pad;
  text({min.x + pad, y}, title, textColour, titleRoom);
  if (!card.label.empty()) {
    const float after = std::min(textWidth(title, false), titleRoom) + pad;
    text({min.x + pad + after, y}, card.label, withAlpha(style_.mutedText, alpha), titleRoom - after);
  }
}

// A tab astride the card's top edge at its right, so that the reachability a card's
// outline shows is also said in words without widening every card for it.
void HeapViewPainter::badgeTab(std::string_view badge, ImVec2 topRight, Reach reach, float alpha) {
  const float z = camera_.zoom, pad = kPadding * z * 0.6f, font = textPixels(*text_) * z;
  const float width = textWidth(badge, false) + 2 * pad, height = font * 1.15f;
  const ImVec2 min{topRight.x - width, topRight.y - height * 0.6f}, max{topRight.x, topRight.y + height * 0.4f};
  list_->AddRectFilled(min, max, withAlpha(style_.background, alpha), height / 2);
  const ImU32 edge = reach == Reach::WeakOnly ? style_.weakArrow : style_.ghost;
  list_->AddRect(min, max, withAlpha(edge, alpha), height / 2, ImDrawFlags_None, std::max(1.0f, z));
  text({min.x + pad, min.y + (height - font) / 2}, badge, withAlpha(style_.mutedText, alpha), width);
}

void HeapViewPainter::rows(const view::Card& card, const view::BoxGeometry& geometry, float alpha,
                           const std::function<bool(std::size_t row)>& namedBeside) {
  const float z = camera_.zoom, pad = kPadding * z, font = textPixels(*text_) * z;
  for (std::size_t i = 0; i < card.rows.size(); ++i) {
    const view::CardRow& row = card.rows[i];
    const ImVec2 rowMin = screen(geometry.row(i).min), rowMax = screen(geometry.row(i).max);
    const float y = (rowMin.y + rowMax.y - font) / 2, room = rowMax.x - rowMin.x - 2 * pad;
    const bool refers = row.keyTarget != kNoObject || row.refersByValue();
    const bool folding = row.collapsed || row.toggle != view::RowToggle::None;
    const std::string name = view::rowName(row), value = view::rowValue(row);
    const ImU32 nameColour = withAlpha(folding ? style_.mutedText : style_.text, alpha);
    if (style_.tutorialLook && !folding) {
      // The tutorial writes `name: "John"`; a property's name goes beside its arrow,
      // unless no place was free there, and an entry of a Map or Set, which has none,
      // says what it is in its row.
      if (!refers)
        text({rowMin.x + pad, y}, name + ": " + value, nameColour, room);
      else if (row.name.empty() || !namedBeside || !namedBeside(i))
        text({rowMin.x + pad, y}, name, nameColour, room - 14 * z);
    } else {
      // A value ends before the dot of a reference the row also holds (a Map entry's key).
      const float valueRight = rowMax.x - (refers ? kDotSpace * z : pad);
      // The value takes what the name leaves: names are short, values may be long.
      const float valueWidth =
          value.empty() ? 0 : std::min(textWidth(value, true), std::max(room - textWidth(name, false) - pad, room / 2));
      text({rowMin.x + pad, y}, name, nameColour, room - valueWidth - (refers ? 14 * z : pad));
      if (!value.empty())
        text({valueRight - valueWidth, y}, value, withAlpha(style_.mutedText, alpha), valueWidth, true);
    }
    const bool twoSlots = row.twoSlots();
    const auto dot = [&](view::RowSlot slot, Strength strength) {
      const ImU32 colour = strength == Strength::Strong ? style_.strongArrow : style_.weakArrow;
      list_->AddCircleFilled(screen(geometry.anchor(i, slot, twoSlots)), kDotRadius * z, withAlpha(colour, alpha));
    };
    if (row.keyTarget != kNoObject) dot(view::RowSlot::Key, row.keyStrength);
    if (row.refersByValue()) dot(view::RowSlot::Value, row.valueStrength);
  }
}

void HeapViewPainter::arrow(const view::Arrow& arrow, const view::ArrowLook& look, bool highlighted) {
  if (look.drawn <= 0 || look.opacity <= 0) return;
  const float z = camera_.zoom;
  const ImU32 colour = arrowColour(arrow.isWeak(), look, highlighted);
  const float width = style_.arrowWidth * std::max(z, 0.6f) * (highlighted || look.lit > 0.5f ? 1.6f : 1.0f);
  std::vector<ImVec2> line;
  for (view::Vec2 p : arrow.flattenUpTo(look.drawn, detailed() ? kSamplesPerSegment : kCoarseSamplesPerSegment))
    line.push_back(screen(p));
  if (look.breaking) {
    // A weak reference the collector clears: the line parts in the middle.
    const std::size_t gap = static_cast<std::size_t>((1 - look.opacity) * static_cast<float>(line.size()) / 2);
    const std::size_t middle = line.size() / 2;
    polyline({line.begin(), line.begin() + static_cast<std::ptrdiff_t>(middle - std::min(gap, middle))}, colour, width,
             true);
    polyline({line.begin() + static_cast<std::ptrdiff_t>(std::min(middle + gap, line.size())), line.end()}, colour,
             width, true);
  } else {
    polyline(line, colour, width, arrow.isWeak());
  }
  if (look.drawn >= 1) arrowHead(screen(arrow.tip()), arrow.tipDirection(), colour);
}

ImU32 HeapViewPainter::arrowColour(bool weak, const view::ArrowLook& look, bool highlighted) const {
  ImU32 colour = mix(weak ? style_.weakArrow : style_.strongArrow, style_.markBorder, look.lit);
  return withAlpha(highlighted ? style_.highlight : colour, look.opacity);
}

void HeapViewPainter::label(std::string_view words, const view::Rect& place, const view::ArrowLook& look, bool weak,
                            bool highlighted) {
  if (look.drawn < 1 || look.opacity <= 0) return;
  const ImVec2 min = screen(place.min), max = screen(place.max);
  text({min.x, min.y + (max.y - min.y - textPixels(*text_) * camera_.zoom) / 2}, words, arrowColour(weak, look, highlighted),
       max.x - min.x + 1);
}

void HeapViewPainter::minimap(const view::Minimap& map, const view::SceneGeometry& scene, const view::ReachMap& reach,
                              const view::Rect& shown) {
  constexpr float kSmallest = 2;  // a card never shrinks to nothing
  const auto block = [&](const view::Rect& world, ImU32 colour) {
    const view::Rect r = map.toScreen(world);
    list_->AddRectFilled({r.min.x, r.min.y}, {std::max(r.max.x, r.min.x + kSmallest), std::max(r.max.y, r.min.y + kSmallest)},
                         colour);
  };
  const view::Rect frame = map.screen.expanded(4);
  list_->AddRectFilled({frame.min.x, frame.min.y}, {frame.max.x, frame.max.y}, style_.legendFill, 4);
  list_->AddRect({frame.min.x, frame.min.y}, {frame.max.x, frame.max.y}, withAlpha(style_.mutedText, 0.6f), 4);
  for (const view::BoxGeometry& box : scene.roots) block(box.rect, withAlpha(style_.highlight, 0.45f));
  for (const auto& [id, box] : scene.cards) {
    const auto found = reach.find(id);
    const bool garbage = found != reach.end() && found->second == Reach::Unreachable;
    block(box.rect, garbage ? withAlpha(style_.mutedText, 0.3f) : withAlpha(style_.text, 0.6f));
  }
  // What the panel shows, clipped to the minimap.
  view::Rect seen = map.toScreen(shown);
  seen = {{std::max(seen.min.x, frame.min.x), std::max(seen.min.y, frame.min.y)},
          {std::min(seen.max.x, frame.max.x), std::min(seen.max.y, frame.max.y)}};
  list_->AddRect({seen.min.x, seen.min.y}, {seen.max.x, seen.max.y}, style_.highlight, 2, ImDrawFlags_None, 2);
}

void HeapViewPainter::offscreenMarker(const view::OffscreenMarker& marker) {
  const ImVec2 min{marker.rect.min.x, marker.rect.min.y}, max{marker.rect.max.x, marker.rect.max.y};
  list_->AddRectFilled(min, max, withAlpha(style_.highlight, 0.92f), (max.y - min.y) / 2);
  const float h = max.y - min.y, size = textPixels(*text_);
  const ImVec2 middle{(min.x + max.x) / 2, (min.y + max.y) / 2};
  // A triangle pointing past the edge, then the count.
  const float t = h * 0.22f;
  const ImVec2 tip = marker.side == "left" ? ImVec2{min.x + h * 0.3f, middle.y}
                     : marker.side == "right" ? ImVec2{max.x - h * 0.3f, middle.y}
                     : marker.side == "top" ? ImVec2{min.x + h * 0.55f, middle.y - t}
                                            : ImVec2{min.x + h * 0.55f, middle.y + t};
  const ImVec2 back = marker.side == "left" ? ImVec2{tip.x + 2 * t, tip.y}
                      : marker.side == "right" ? ImVec2{tip.x - 2 * t, tip.y}
                      : marker.side == "top" ? ImVec2{tip.x, tip.y + 2 * t}
                                             : ImVec2{tip.x, tip.y - 2 * t};
  const ImVec2 side{(back.y - tip.y) / 2 * 1.2f, (tip.x - back.x) / 2 * 1.2f};
  list_->AddTriangleFilled(tip, {back.x + side.x, back.y + side.y}, {back.x - side.x, back.y - side.y},
                           IM_COL32(255, 255, 255, 255));
  const std::string count = std::to_string(marker.count);
  const float width = text_->CalcTextSizeA(size, FLT_MAX, 0, count.c_str()).x;
  const float x = marker.side == "right" ? tip.x - 2 * t - h * 0.25f - width : min.x + h * 0.55f + 2 * t + h * 0.2f;
  list_->AddText(text_, size, {x, middle.y - size / 2}, IM_COL32(255, 255, 255, 255), count.c_str());
}

float HeapViewPainter::legendHeight(ImFont* font) { return textPixels(*font) * 1.9f; }

// One line under the graph, in the order a learner meets the signs, at the panel's
// type size whatever the graph's zoom.
void HeapViewPainter::legend(ImVec2 min, ImVec2 max) {
  ImFont* font = text_;
  const float size = textPixels(*font), pad = size * 0.6f, sample = size * 2;
  list_->AddRectFilled(min, max, style_.legendFill);
  list_->AddLine(min, {max.x, min.y}, style_.legendBorder);
  const char* entries[] = {"strong", "weak", "marked", "weakly held", "not reached"};
  const view::Camera unit;
  HeapViewPainter flat(list_, style_, text_, mono_, unit, canvas_);
  const float y = (min.y + max.y) / 2;
  float x = min.x + pad;
  list_->PushClipRect(min, max, true);
  for (int i = 0; i < 5; ++i) {
    const ImVec2 a{x, y}, b{x + sample, y};
    const ImVec2 boxMin{a.x + size * 0.3f, y - size * 0.45f}, boxMax{b.x - size * 0.3f, y + size * 0.45f};
    switch (i) {
      case 0: flat.polyline({a, b}, style_.strongArrow, style_.arrowWidth, false); break;
      case 1: flat.polyline({a, b}, style_.weakArrow, style_.arrowWidth, true); break;
      case 2:
        list_->AddRectFilled(boxMin, boxMax, style_.markFill, 3);
        list_->AddRect(boxMin, boxMax, style_.markBorder, 3, ImDrawFlags_None, style_.borderWidth);
        break;
      case 3: flat.outline(boxMin, boxMax, style_.weakArrow, style_.borderWidth, true); break;
      default: flat.outline(boxMin, boxMax, style_.ghost, style_.borderWidth, true); break;
    }
    x = b.x + pad * 0.6f;
    list_->AddText(font, size, {x, y - size / 2}, style_.text, entries[i]);
    x += font->CalcTextSizeA(size, FLT_MAX, 0, entries[i]).x + pad * 2;
  }
  list_->PopClipRect();
}

void HeapViewPainter::notice(std::string_view words, ImVec2 canvasMin, ImVec2 canvasMax) {
  const ImVec2 extent = text_->CalcTextSizeA(textPixels(*text_), FLT_MAX, 0, words.data(), words.data() + words.size());
  const ImVec2 at{(canvasMin.x + canvasMax.x - extent.x) / 2, (canvasMin.y + canvasMax.y - extent.y) / 2};
  list_->AddText(text_, textPixels(*text_), at, style_.mutedText, words.data(), words.data() + words.size());
}

void HeapViewPainter::explanation(std::string_view words, ImVec2 canvasMin, ImVec2 canvasMax) {
  if (words.empty()) return;
  const float size = textPixels(*text_), pad = 10;
  const float wrap = std::min(canvasMax.x - canvasMin.x - 4 * pad, 560.0f);
  const ImVec2 extent = text_->CalcTextSizeA(size, FLT_MAX, wrap, words.data(), words.data() + words.size());
  const ImVec2 max{canvasMax.x - pad, canvasMax.y - pad};
  const ImVec2 min{max.x - extent.x - 2 * pad, max.y - extent.y - 2 * pad};
  list_->AddRectFilled(min, max, style_.legendFill, 4);
  list_->AddRect(min, max, style_.highlight, 4, ImDrawFlags_None, 1.5f);
  list_->AddText(text_, size, {min.x + pad, min.y + pad}, style_.text, words.data(), words.data() + words.size(), wrap);
}

}  // namespace reachable
