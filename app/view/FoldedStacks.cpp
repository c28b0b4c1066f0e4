#include "FoldedStacks.h"

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace reachable::view {
namespace {

bool fromFoldedRow(const Edge& edge, const std::unordered_map<ObjectId, const Card*>& byId) {
  if (edge.from.fromRoot) return false;
  const auto owner = byId.find(edge.from.object);
  return owner != byId.end() && edge.from.row < owner->second->rows.size() &&
         owner->second->rows[edge.from.row].collapsed;
}

ObjectId stackId(ObjectId owner, const std::string& title) {
  return kStackBit | static_cast<ObjectId>(std::hash<std::string>{}(std::to_string(owner) + '\x1f' + title) & ~kStackBit);
}

}  // namespace

void stackFoldedTargets(std::vector<Card>& cards, std::vector<Edge>& edges, std::size_t& absorbed) {
  std::unordered_map<ObjectId, const Card*> byId;
  for (const Card& card : cards) byId.emplace(card.id, &card);
  // Which folded row holds each object, when nothing else refers to it.
  std::unordered_map<ObjectId, const Edge*> foldedOnly;
  std::unordered_set<ObjectId> elsewhere;
  for (const Edge& edge : edges) {
    if (fromFoldedRow(edge, byId) && edge.from.object != edge.to) foldedOnly.emplace(edge.to, &edge);
    else elsewhere.insert(edge.to);
  }
  std::map<std::pair<ObjectId, std::string>, std::vector<ObjectId>> groups;  // by holder and title
  for (const auto& [id, edge] : foldedOnly)
    if (!elsewhere.contains(id) && byId.contains(id)) groups[{edge->from.object, byId.at(id)->title}].push_back(id);
  std::unordered_map<ObjectId, ObjectId> stackOf;  // member -> stack
  std::vector<Card> stacks;
  for (auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    std::sort(members.begin(), members.end());
    const Card& first = *byId.at(members.front());
    Card stack{.id = stackId(key.first, key.second),
               .kind = first.kind,
               .title = key.second,
               .label = first.label,
               .site = first.site,
               .madeByEngine = first.madeByEngine,
               .pile = members.size(),
               .rows = {},
               .stacked = members};
    for (ObjectId member : members) stackOf.emplace(member, stack.id);
    stacks.push_back(std::move(stack));
  }
  if (stacks.empty()) return;
  // What only stacked objects refer to goes with them, and what only that refers to.
  std::unordered_map<ObjectId, int> holders;
  for (const Edge& edge : edges) ++holders[edge.to];
  std::unordered_set<ObjectId> gone;
  for (const auto& [member, stack] : stackOf) gone.insert(member);
  for (bool more = true; more;) {
    more = false;
    for (const Edge& edge : edges)
      if (!edge.from.fromRoot && gone.contains(edge.from.object) && !gone.contains(edge.to) &&
          !stackOf.contains(edge.to) && --holders[edge.to] == 0) {
        gone.insert(edge.to);
        ++absorbed;
        more = true;
      }
  }
  std::vector<Edge> kept;
  std::unordered_set<std::uint64_t> joined;  // (row, stack) pairs already drawn
  for (Edge& edge : edges) {
    if (!edge.from.fromRoot && gone.contains(edge.from.object)) continue;
    if (const auto stack = stackOf.find(edge.to); stack != stackOf.end()) {
      const std::uint64_t key = (std::uint64_t{edge.from.object} << 32 | edge.from.row) * 31 + stack->second;
      if (!joined.insert(key).second) continue;
      edge.to = stack->second;
      edge.name.clear();
    } else if (gone.contains(edge.to)) {
      continue;
    }
    kept.push_back(std::move(edge));
  }
  edges = std::move(kept);
  std::erase_if(cards, [&](const Card& card) { return gone.contains(card.id); });
  cards.insert(cards.end(), std::make_move_iterator(stacks.begin()), std::make_move_iterator(stacks.end()));
}

}  // namespace reachable::view
