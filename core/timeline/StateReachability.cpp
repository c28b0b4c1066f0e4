#include "timeline/StateReachability.h"

#include <deque>

namespace reachable {
namespace {

template <typename Visit>
void forEachRoot(const HeapState& state, Visit&& visit) {
  for (const auto& scope : state.scopes)
    for (const Variable& variable : scope.variables)
      if (variable.value.target != kNoObject) visit(variable.name, variable.value.target);
  for (const TimerView& timer : state.timers)
    if (timer.callback.target != kNoObject) visit("timer " + std::to_string(timer.id), timer.callback.target);
  for (const JobView& job : state.tasks)
    if (job.target.target != kNoObject) visit(job.description, job.target.target);
  for (const JobView& job : state.microtasks)
    if (job.target.target != kNoObject) visit(job.description, job.target.target);
  for (ObjectId kept : state.kept) visit("kept objects", kept);
}

}  // namespace

StateReachability::StateReachability(const HeapState& state) : state_(state) {
  markStrong();
  markWeak();
}

// Breadth first, so that each object's recorded parent lies on a shortest path. A
// WeakMap value waits until both its map and its key are reached.
void StateReachability::markStrong() {
  std::deque<ObjectId> queue;
  const auto reach = [&](ObjectId id, PathLink link) {
    if (strong_.emplace(id, Parent{std::move(link)}).second) queue.push_back(id);
  };
  forEachRoot(state_, [&](const std::string& name, ObjectId id) { reach(id, {name, kNoObject, "", id}); });
  bool changed = true;
  while (changed) {
    changed = false;
    while (!queue.empty()) {
      const ObjectId id = queue.front();
      queue.pop_front();
      const ObjectView* object = state_.find(id);
      if (!object) continue;
      for (const Row& row : object->rows) {
        const PathLink via{object->title, id, row.name, kNoObject};
        if (row.key && row.key->target != kNoObject && row.keyStrength == Strength::Strong)
          reach(row.key->target, {via.from, id, via.edge, row.key->target});
        if (row.value.target != kNoObject && row.valueStrength == Strength::Strong)
          reach(row.value.target, {via.from, id, via.edge, row.value.target});
      }
    }
    for (const ObjectView& object : state_.objects) {  // the ephemeron fixpoint
      if (!strong_.contains(object.id)) continue;
      for (const Row& row : object.rows)
        if (row.valueStrength == Strength::Ephemeron && row.value.target != kNoObject && row.key &&
            strong_.contains(row.key->target) && !strong_.contains(row.value.target)) {
          reach(row.value.target, {object.title, object.id, row.name, row.value.target});
          changed = true;
        }
    }
  }
}

// What is not strongly reached but some chain of references, weak ones included, leads to.
void StateReachability::markWeak() {
  std::deque<ObjectId> queue;
  std::unordered_map<ObjectId, bool> seen;
  for (const auto& [id, parent] : strong_) seen.emplace(id, true), queue.push_back(id);
  while (!queue.empty()) {
    const ObjectId id = queue.front();
    queue.pop_front();
    const ObjectView* object = state_.find(id);
    if (!object) continue;
    for (const Row& row : object->rows)
      for (ObjectId next : {row.key ? row.key->target : kNoObject, row.value.target})
        if (next != kNoObject && seen.emplace(next, true).second) {
          queue.push_back(next);
          weak_.emplace(next, true);
        }
  }
}

Reach StateReachability::reach(ObjectId id) const {
  if (strong_.contains(id)) return Reach::Strong;
  return weak_.contains(id) ? Reach::WeakOnly : Reach::Unreachable;
}

std::vector<PathLink> StateReachability::retainingPath(ObjectId id) const {
  std::vector<PathLink> path;
  for (auto found = strong_.find(id); found != strong_.end(); found = strong_.find(found->second.link.fromObject)) {
    path.insert(path.begin(), found->second.link);
    if (found->second.link.fromObject == kNoObject) break;
  }
  return path;
}

std::string StateReachability::explain(ObjectId id) const {
  switch (reach(id)) {
    case Reach::Strong: {
      std::string words = "kept alive by: ";
      for (const PathLink& link : retainingPath(id)) words += link.fromObject == kNoObject ? link.from : " → " + link.edge;
      return words;
    }
    case Reach::WeakOnly:
      return "held only by weak references: no chain of strong references leads to it from a root, so the next "
             "collection takes it.";
    case Reach::Unreachable: break;
  }
  return "nothing refers to it from a root: it is garbage, and the next collection takes it.";
}

}  // namespace reachable
