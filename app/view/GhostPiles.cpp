#include "GhostPiles.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace reachable::view {
namespace {

// Objects made at one place and called alike: an array's or a Map's title without its
// size, so that arrays of a loop pile together whatever their lengths.
using SiteKey = std::tuple<std::uint32_t, std::uint32_t, std::string>;  // line, column, title

std::string titleWithoutSize(const std::string& title) {
  const std::size_t open = title.rfind('(');
  if (open == std::string::npos || title.back() != ')') return title;
  const bool count = std::all_of(title.begin() + static_cast<std::ptrdiff_t>(open) + 1, title.end() - 1,
                                 [](char c) { return c >= '0' && c <= '9'; });
  return count ? title.substr(0, open) : title;
}

bool isGarbage(const std::unordered_map<ObjectId, Reach>& reach, ObjectId id) {
  const auto found = reach.find(id);
  return found != reach.end() && found->second == Reach::Unreachable;
}

// Each garbage card in a pile, by the card that stands for the pile (its lowest id,
// which stays the same while the pile grows).
std::unordered_map<ObjectId, ObjectId> pileMembers(const ViewGraph& graph,
                                                   const std::unordered_map<ObjectId, Reach>& reach) {
  std::map<SiteKey, std::vector<ObjectId>> bySite;
  for (const Card& card : graph.cards)
    if (card.site && isGarbage(reach, card.id))
      bySite[{card.site->line, card.site->column, titleWithoutSize(card.title)}].push_back(card.id);
  std::unordered_map<ObjectId, ObjectId> pileOf;
  for (const auto& [site, ids] : bySite) {
    if (ids.size() < kMinGhostPile) continue;
    for (ObjectId id : ids) pileOf.emplace(id, ids.front());
  }
  return pileOf;
}

// Edges from and to piled cards go from and to their pile: from the row of the same
// place, or the pile's last when it has fewer rows; each once.
void redirectEdges(ViewGraph& graph, const std::unordered_map<ObjectId, ObjectId>& pileOf) {
  const auto pile = [&](ObjectId id) {
    const auto found = pileOf.find(id);
    return found == pileOf.end() ? id : found->second;
  };
  std::set<std::tuple<ObjectId, std::size_t, ObjectId>> seen;
  std::vector<Edge> edges;
  for (Edge edge : graph.edges) {
    const bool fromPile = !edge.from.fromRoot && pileOf.contains(edge.from.object);
    const bool toPile = pileOf.contains(edge.to);
    if (fromPile) {
      edge.from.object = pile(edge.from.object);
      const std::size_t rows = graph.find(edge.from.object)->rows.size();
      if (rows == 0) continue;
      edge.from.row = std::min(edge.from.row, rows - 1);
    }
    edge.to = pile(edge.to);
    if (fromPile && edge.from.object == edge.to) continue;  // the pile's objects among themselves
    if ((fromPile || toPile) &&
        !seen.insert({edge.from.fromRoot ? kNoObject : edge.from.object, edge.from.row, edge.to}).second)
      continue;
    edges.push_back(std::move(edge));
  }
  graph.edges = std::move(edges);
}

// A pile's rows are its first object's; a value the others do not share reads "…",
// so that the stack does not pass one object's numbers off as all of theirs.
void blurValues(ViewGraph& graph, const std::unordered_map<ObjectId, ObjectId>& pileOf) {
  for (const auto& [member, pile] : pileOf) {
    if (member == pile) continue;
    Card& shown = graph.cards[graph.indexOf(pile)];
    const Card& other = graph.cards[graph.indexOf(member)];
    for (std::size_t i = 0; i < shown.rows.size(); ++i) {
      CardRow& row = shown.rows[i];
      if (row.valueText.empty() || (i < other.rows.size() && other.rows[i].valueText == row.valueText)) continue;
      row.valueText = "…";
    }
  }
}

}  // namespace

void pileGhosts(ViewGraph& graph, const std::unordered_map<ObjectId, Reach>& reach) {
  const auto pileOf = pileMembers(graph, reach);
  if (pileOf.empty()) return;
  std::unordered_map<ObjectId, std::size_t> counts;
  for (const auto& [member, pile] : pileOf) ++counts[pile];
  for (Card& card : graph.cards)
    if (const auto count = counts.find(card.id); count != counts.end()) card.pile = count->second;
  blurValues(graph, pileOf);
  redirectEdges(graph, pileOf);
  std::erase_if(graph.cards, [&](const Card& card) { return pileOf.contains(card.id) && card.pile == 0; });
  graph.reindex();
}

}  // namespace reachable::view
