#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "Arrow.h"
#include "SceneGeometry.h"
#include "ViewGraph.h"

namespace reachable::view {

// Runs every reference of a graph as an arrow through a scene: from the row's dot out
// to the right, into the left edge of a card further right (beside its title), or
// round into the right edge of a card in the same column or further left. An arrow
// that would cut through cards on its way passes above or below them instead.
class ArrowRouter {
 public:
  explicit ArrowRouter(float clearance = 10) : clearance_(clearance) {}

  // AroundCards finds ways round the cards (up to a few hundred arrows); Direct draws
  // the plain curves, cheap enough for every frame while cards move.
  enum class Detail : std::uint8_t { AroundCards, Direct };
  std::vector<Arrow> route(const ViewGraph& graph, const SceneGeometry& scene,
                           Detail detail = Detail::AroundCards) const;
  // One edge; nothing when either end is not in the scene.
  std::optional<Arrow> route(const ViewGraph& graph, const Edge& edge, const SceneGeometry& scene) const;

 private:
  float clearance_;
};

// Where an edge leaves: the dot of its root variable or row.
std::optional<Vec2> edgeStart(const ViewGraph& graph, const EdgeSource& from, const SceneGeometry& scene);

}  // namespace reachable::view
