#pragma once

#include <imgui.h>

#include <functional>
#include <string_view>
#include <vector>

#include "AnimationSchedule.h"
#include "Camera.h"
#include "DrawnView.h"
#include "HeapViewStyle.h"
#include "Minimap.h"
#include "ReachAppearance.h"

namespace reachable {

struct HeapViewFonts;

// Draws the heap view's pieces into an ImGui draw list through the camera: boxes,
// cards, arrows (dashed for weak ones), the legend. Below a zoom level it leaves out
// text and dashes, which would be too small to read and too many to draw.
class HeapViewPainter {
 public:
  HeapViewPainter(ImDrawList* list, const HeapViewStyle& style, ImFont* text, ImFont* mono, const view::Camera& camera,
                  ImVec2 canvas);

  void rootBox(const view::RootBox& box, const view::BoxGeometry& geometry, std::optional<std::size_t> hoveredRow);
  // `namedBeside`: in the tutorial look, whether a row's name found its place beside
  // its arrow (else the row says it).
  void card(const view::Card& card, const view::BoxGeometry& geometry, const view::CardLook& look, Reach reach,
            bool highlighted, bool freed = false, const std::function<bool(std::size_t row)>& namedBeside = {});
  void arrow(const view::Arrow& arrow, const view::ArrowLook& look, bool highlighted);
  void label(std::string_view words, const view::Rect& place, const view::ArrowLook& look, bool weak, bool highlighted);
  void offscreenMarker(const view::OffscreenMarker& marker);
  // The whole step in small, with a frame round `shown` (what the panel shows).
  void minimap(const view::Minimap& map, const view::SceneGeometry& scene, const view::ReachMap& reach,
               const view::Rect& shown);
  // The legend as a strip of one line filling min to max.
  void legend(ImVec2 min, ImVec2 max);
  static float legendHeight(ImFont* font);
  // A line in the middle of the panel, where the graph will be.
  void notice(std::string_view words, ImVec2 canvasMin, ImVec2 canvasMax);
  void explanation(std::string_view text, ImVec2 canvasMin, ImVec2 canvasMax);
  bool visible(const view::Rect& world, ImVec2 canvasMin, ImVec2 canvasMax) const;

 private:
  bool detailed() const;
  ImVec2 screen(view::Vec2 world) const;
  void text(ImVec2 at, std::string_view text, ImU32 colour, float maxWidth, bool mono = false);
  float textWidth(std::string_view text, bool mono) const;
  void outline(ImVec2 min, ImVec2 max, ImU32 colour, float width, bool dashed);
  void polyline(const std::vector<ImVec2>& points, ImU32 colour, float width, bool dashed);
  void arrowHead(ImVec2 tip, view::Vec2 direction, ImU32 colour);
  void header(const view::Card& card, ImVec2 min, ImVec2 max, const view::CardLook& look, Reach reach, float alpha,
              bool freed);
  void badgeTab(std::string_view badge, ImVec2 topRight, Reach reach, float alpha);
  void rows(const view::Card& card, const view::BoxGeometry& geometry, float alpha,
            const std::function<bool(std::size_t row)>& namedBeside);
  void stack(ImVec2 min, ImVec2 max, float alpha, float ghost);
  void checkMark(ImVec2 at, float size, ImU32 colour);
  ImU32 arrowColour(bool weak, const view::ArrowLook& look, bool highlighted) const;

  ImDrawList* list_;
  const HeapViewStyle& style_;
  ImFont* text_;
  ImFont* mono_;
  const view::Camera& camera_;
  ImVec2 canvas_;
};

ImU32 withAlpha(ImU32 colour, float alpha);
ImU32 mix(ImU32 a, ImU32 b, float t);

}  // namespace reachable
