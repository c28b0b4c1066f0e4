#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "Geometry.h"

namespace reachable::view {

// A reference as the placement sees it: from a row of a box (or from a root, whose
// height is fixed) to a box. Heights are measured from the source box's top.
struct PlacementEdge {
  static constexpr std::size_t kRoot = static_cast<std::size_t>(-1);
  std::size_t from = kRoot;  // a box, or kRoot
  float fromY = 0;           // a root: its height; a box: its row's centre below the box's top
  std::size_t to = 0;
  // From a root that holds objects only for a while (a call's variable, a queued job):
  // it places a box only when no lasting root (a module variable) reaches it.
  bool transient = false;
};

struct PlacementInput {
  std::vector<Vec2> sizes;  // of each box
  std::vector<float> entryY;  // where arrows meet each box, below its top (its title's middle)
  std::vector<PlacementEdge> edges;
  // For each box, the first and the last of a run's pictures it is in: boxes that are
  // never on screen together may share a place. Empty: every box is always there.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> alive;
  // For each box, its layer (its usual distance from the roots over the pictures), or
  // -1: a list that grows at its head then reads as the list it became, not as every
  // node once beside the variable. Empty: layers are measured over all the references
  // at once.
  std::vector<int> layers;
  float left = 0;  // the first column's left edge
  float columnGap = 0;
  float boxGap = 0;
  // A column taller than this wraps into another beside it, so that a Map of fifty
  // objects reads as a block rather than a tower the camera must shrink to fit.
  float maxColumnHeight = 0;  // 0: no limit
  // Columns that would reach further right than `right` start a new band under the
  // others at `wrapLeft`, as a line of text wraps, so that a deep heap still fits a
  // panel at a readable size. Bands clear the roots column, which ends at
  // `rootsRight` and is `rootsHeights[p]` tall in picture p (see `alive`).
  float right = 0;  // 0: one band
  float wrapLeft = 0;
  float rootsRight = 0;
  std::vector<float> rootsHeights;
};

// A layered drawing of a directed graph, left to right, as the tutorial draws the heap:
// a box's layer is its distance from the lasting roots (weak references count, so a
// WeakRef's target sits right of it), then from the transient ones; within a layer boxes are ordered by where the references
// into them start, and placed as near those heights as the boxes above allow (and a
// parent near the middle of its children), so that most arrows run straight across.
// Returns each box's top-left corner. Deterministic: the same input, the same places.
std::vector<Vec2> placeInLayers(const PlacementInput& input);

// The heights nearest `wanted` (in order, each the top of a box of `heights[i]`) that
// keep `gap` between neighbours and start at or below `top`: least squares under the
// order constraint, solved by pooling adjacent violators.
std::vector<float> packInOrder(const std::vector<float>& wanted, const std::vector<float>& heights, float gap,
                               float top);

}  // namespace reachable::view
