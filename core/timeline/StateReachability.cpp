#include "timeline/StateReachability.h"

#include <deque>

namespace reachable {

StateReachability::StateReachability(const HeapState& state) : state_(state) {
  markStrong();
  markWeak();
}

// Breadth first from the roots over strong references, so that the path found to
// each object is a shortest one. A WeakMap value is followed once its map and its
// key are both reached (an ephemeron), which may take more than one pass.
void StateReachability::markStrong() {
  std::deque<ObjectId> queue;
  auto reach = [&](ObjectId id, PathLink link) {
    if (id == kNoObject || !state_.find(id) || strong_.count(id)) return;
    link.to = id;
    strong_.emplace(id, Parent{std::move(link)});
    queue.push_back(id);
  };
  for (const RootScope& scope : state_.scopes) {
    for (const Variable& v : scope.variables) {
      std::string from = v.name.empty() ? scope.name : v.name;
      reach(v.value.target, {from, kNoObject, "", kNoObject});
    }
  }
  for (ObjectId id : state_.kept) reach(id, {"kept objects", kNoObject, "", kNoObject});
  for (;;) {
    while (!queue.empty()) {
      const ObjectView* o = state_.find(queue.front());
      queue.pop_front();
      for (const Row& row : o->rows) {
        if (row.key && row.keyStrength == Strength::Strong) reach(row.key->target, {o->title, o->id, "key", {}});
        if (row.valueStrength == Strength::Strong) reach(row.value.target, {o->title, o->id, row.name, {}});
      }
    }
    // Ephemerons whose map and key are now both reached.
    for (const ObjectView& o : state_.objects) {
      if (!strong_.count(o.id)) continue;
      for (const Row& row : o.rows) {
        if (row.valueStrength != Strength::Ephemeron || !row.key) continue;
        if (row.key->target != kNoObject && strong_.count(row.key->target)) {
          reach(row.value.target, {o.title, o.id, "value", {}});
        }
      }
    }
    if (queue.empty()) return;
  }
}

// What else a path reaches once weak links may be crossed too.
void StateReachability::markWeak() {
  std::deque<ObjectId> queue;
  for (const auto& [id, parent] : strong_) queue.push_back(id);
  auto reach = [&](ObjectId id) {
    if (id == kNoObject || !state_.find(id) || strong_.count(id) || weak_.count(id)) return;
    weak_.emplace(id, true);
    queue.push_back(id);
  };
  while (!queue.empty()) {
    const ObjectView* o = state_.find(queue.front());
    queue.pop_front();
    for (const Row& row : o->rows) {
      if (row.key) reach(row.key->target);
      reach(row.value.target);
    }
  }
}

Reach StateReachability::reach(ObjectId id) const {
  if (strong_.count(id)) return Reach::Strong;
  return weak_.count(id) ? Reach::WeakOnly : Reach::Unreachable;
}

std::vector<PathLink> StateReachability::retainingPath(ObjectId id) const {
  std::vector<PathLink> path;
  for (auto it = strong_.find(id); it != strong_.end(); it = strong_.find(it->second.link.fromObject)) {
    path.insert(path.begin(), it->second.link);
    if (it->second.link.fromObject == kNoObject) break;
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
