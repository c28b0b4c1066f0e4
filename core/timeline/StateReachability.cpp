#include "timeline/StateReachability.h"

namespace reachable {

StateReachability::StateReachability(const HeapState& state)
    : state_(state), strong_(state.objects.size()), weak_(state.objects.size(), false) {
  markStrong();
  markWeak();
}

std::size_t StateReachability::positionOf(ObjectId id) const {
  const ObjectView* object = state_.find(id);
  return object ? static_cast<std::size_t>(object - state_.objects.data()) : state_.objects.size();
}

// Breadth first from the roots over strong references, so that the path found to
// each object is a shortest one. A WeakMap value is followed once its map and its
// key are both reached (an ephemeron), which may take more than one pass.
void StateReachability::markStrong() {
  std::vector<std::size_t> queue;
  auto reach = [&](ObjectId id, Via via) {
    if (id == kNoObject) return;
    const std::size_t at = positionOf(id);
    if (at == strong_.size() || strong_[at].kind != Via::Kind::None) return;
    strong_[at] = via;
    queue.push_back(at);
  };
  for (std::uint32_t s = 0; s < state_.scopes.size(); ++s) {
    const auto& variables = state_.scopes[s].variables;
    for (std::uint32_t v = 0; v < variables.size(); ++v) reach(variables[v].value.target, {Via::Kind::Root, s, v});
  }
  for (ObjectId id : state_.kept) reach(id, {Via::Kind::Kept, 0, 0});
  for (std::size_t next = 0;;) {
    for (; next < queue.size(); ++next) {
      const auto from = static_cast<std::uint32_t>(queue[next]);
      const auto& rows = state_.objects[from].rows;
      for (std::uint32_t r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        if (row.key && row.keyStrength == Strength::Strong) reach(row.key->target, {Via::Kind::Key, from, r});
        if (row.valueStrength == Strength::Strong) reach(row.value.target, {Via::Kind::Value, from, r});
      }
    }
    // Ephemerons whose map and key are now both reached.
    for (std::uint32_t o = 0; o < state_.objects.size(); ++o) {
      if (strong_[o].kind == Via::Kind::None) continue;
      const auto& rows = state_.objects[o].rows;
      for (std::uint32_t r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        if (row.valueStrength != Strength::Ephemeron || !row.key || row.key->target == kNoObject) continue;
        const std::size_t key = positionOf(row.key->target);
        if (key < strong_.size() && strong_[key].kind != Via::Kind::None)
          reach(row.value.target, {Via::Kind::EphemeronValue, o, r});
      }
    }
    if (next == queue.size()) return;
  }
}

// What else a path reaches once weak links may be crossed too.
void StateReachability::markWeak() {
  std::vector<std::size_t> queue;
  for (std::size_t at = 0; at < strong_.size(); ++at)
    if (strong_[at].kind != Via::Kind::None) queue.push_back(at);
  auto reach = [&](ObjectId id) {
    if (id == kNoObject) return;
    const std::size_t at = positionOf(id);
    if (at == strong_.size() || strong_[at].kind != Via::Kind::None || weak_[at]) return;
    weak_[at] = true;
    queue.push_back(at);
  };
  for (std::size_t next = 0; next < queue.size(); ++next)
    for (const Row& row : state_.objects[queue[next]].rows) {
      if (row.key) reach(row.key->target);
      reach(row.value.target);
    }
}

Reach StateReachability::reach(ObjectId id) const {
  const std::size_t at = positionOf(id);
  if (at == strong_.size()) return Reach::Unreachable;
  if (strong_[at].kind != Via::Kind::None) return Reach::Strong;
  return weak_[at] ? Reach::WeakOnly : Reach::Unreachable;
}

PathLink StateReachability::linkTo(std::size_t position) const {
  const Via& via = strong_[position];
  const ObjectId to = state_.objects[position].id;
  switch (via.kind) {
    case Via::Kind::Root: {
      const RootScope& scope = state_.scopes[via.from];
      const Variable& variable = scope.variables[via.item];
      return {variable.name.empty() ? scope.name : variable.name, kNoObject, "", to};
    }
    case Via::Kind::Kept: return {"kept objects", kNoObject, "", to};
    case Via::Kind::Value:
    case Via::Kind::Key:
    case Via::Kind::EphemeronValue: {
      const ObjectView& holder = state_.objects[via.from];
      const std::string edge = via.kind == Via::Kind::Value ? holder.rows[via.item].name
                               : via.kind == Via::Kind::Key ? "key"
                                                            : "value";
      return {holder.title, holder.id, edge, to};
    }
    case Via::Kind::None: break;
  }
  return {};
}

std::vector<PathLink> StateReachability::retainingPath(ObjectId id) const {
  std::vector<PathLink> path;
  for (std::size_t at = positionOf(id); at < strong_.size() && strong_[at].kind != Via::Kind::None;) {
    path.insert(path.begin(), linkTo(at));
    const Via& via = strong_[at];
    if (via.kind == Via::Kind::Root || via.kind == Via::Kind::Kept) break;
    at = via.from;
  }
  return path;
}

std::string StateReachability::explain(ObjectId id) const {
  switch (reach(id)) {
    case Reach::Strong: {
      std::string words = "kept alive by: ";
      auto path = retainingPath(id);
      for (std::size_t i = 0; i < path.size(); ++i) {
        if (i == 0) words += path[i].from;
        if (!path[i].edge.empty()) words += " → " + path[i].edge;
      }
      return words;
    }
    case Reach::WeakOnly: return "only weak references lead here: the next collection may take it";
    case Reach::Unreachable: return "nothing leads here: garbage, the next collection takes it";
  }
  return {};
}

}  // namespace reachable
