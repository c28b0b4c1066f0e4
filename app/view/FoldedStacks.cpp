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

// A stack card of `members` (sorted), titled and placed in the code as `first` is.
Card stackLike(const Card& first, ObjectId id, std::vector<ObjectId> members) {
  return Card{.id = id,
              .kind = first.kind,
              .title = first.title,
              .label = first.label,
              .site = first.site,
              .madeByEngine = first.madeByEngine,
              .pile = members.size(),
              .rows = {},
              .stacked = std::move(members)};
}

// Puts each stack in place of its objects: what only stacked objects refer to goes
// with them (counted in `absorbed`), and each row that referred to a stacked object
// refers to its stack, once.
void replaceWithStacks(std::vector<Card> stacks, std::vector<Card>& cards, std::vector<Edge>& edges,
                       std::size_t& absorbed) {
  if (stacks.empty()) return;
  std::unordered_map<ObjectId, ObjectId> stackOf;  // member -> stack
  for (const Card& stack : stacks)
    for (ObjectId member : stack.stacked) stackOf.emplace(member, stack.id);
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
  std::vector<Card> stacks;
  for (auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    std::sort(members.begin(), members.end());
    const Card& first = *byId.at(members.front());
    stacks.push_back(stackLike(first, stackId(key.first, key.second), std::move(members)));
  }
  replaceWithStacks(std::move(stacks), cards, edges, absorbed);
}

namespace {

bool alike(const Card& a, const Card& b) {
  const auto place = [](const Card& card) {
    return card.site ? std::pair{card.site->line, card.site->column} : std::pair<std::uint32_t, std::uint32_t>{};
  };
  return a.title == b.title && place(a) == place(b) && a.stacked.empty() && b.stacked.empty();
}

// Each card's next link: the one alike card that only it refers to, if there is one.
std::unordered_map<ObjectId, ObjectId> nextLinks(const std::vector<Card>& cards, const std::vector<Edge>& edges) {
  std::unordered_map<ObjectId, const Card*> byId;
  for (const Card& card : cards) byId.emplace(card.id, &card);
  std::unordered_map<ObjectId, int> holders;
  for (const Edge& edge : edges) ++holders[edge.to];
  std::unordered_map<ObjectId, ObjectId> next;
  std::unordered_set<ObjectId> forked;  // cards with two such links: a tree, not a chain
  for (const Edge& edge : edges) {
    if (edge.from.fromRoot || edge.from.object == edge.to || holders[edge.to] != 1) continue;
    const auto from = byId.find(edge.from.object), to = byId.find(edge.to);
    if (from == byId.end() || to == byId.end() || !alike(*from->second, *to->second)) continue;
    if (!next.emplace(edge.from.object, edge.to).second) forked.insert(edge.from.object);
  }
  for (ObjectId fork : forked) next.erase(fork);
  return next;
}

// Whether a folded link refers back to a shown one: the ring must stay in sight.
bool closesRing(const std::vector<ObjectId>& chain, const std::vector<Edge>& edges) {
  const std::unordered_set<ObjectId> shown(chain.begin(), chain.begin() + kLinksShown);
  const std::unordered_set<ObjectId> folded(chain.begin() + kLinksShown, chain.end());
  return std::any_of(edges.begin(), edges.end(), [&](const Edge& edge) {
    return !edge.from.fromRoot && folded.contains(edge.from.object) && shown.contains(edge.to);
  });
}

ObjectId chainStackId(ObjectId oldest) {
  return kStackBit | static_cast<ObjectId>(std::hash<std::string>{}("chain\x1f" + std::to_string(oldest)) & ~kStackBit);
}

}  // namespace

void foldChains(std::vector<Card>& cards, std::vector<Edge>& edges, std::size_t& absorbed) {
  const std::unordered_map<ObjectId, ObjectId> next = nextLinks(cards, edges);
  std::unordered_set<ObjectId> linked;  // cards some link leads to: not where a chain starts
  for (const auto& [from, to] : next) linked.insert(to);
  std::unordered_map<ObjectId, const Card*> byId;
  for (const Card& card : cards) byId.emplace(card.id, &card);
  std::vector<Card> stacks;
  for (const Card& start : cards) {
    if (linked.contains(start.id) || !next.contains(start.id)) continue;
    std::vector<ObjectId> chain{start.id};
    for (auto link = next.find(start.id); link != next.end() && chain.size() <= cards.size(); link = next.find(link->second))
      chain.push_back(link->second);
    if (chain.size() <= kMostLinksShown || closesRing(chain, edges)) continue;
    std::vector<ObjectId> members(chain.begin() + kLinksShown, chain.end());
    const Card& first = *byId.at(members.front());
    // Keyed by its oldest object, which stays in the stack as a list grows at either end.
    const ObjectId oldest = *std::min_element(members.begin(), members.end());
    std::sort(members.begin(), members.end());
    stacks.push_back(stackLike(first, chainStackId(oldest), std::move(members)));
  }
  replaceWithStacks(std::move(stacks), cards, edges, absorbed);
}

}  // namespace reachable::view
