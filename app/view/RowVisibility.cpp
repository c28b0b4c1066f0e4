#include "RowVisibility.h"

#include <unordered_map>
#include <vector>

namespace reachable::view {
namespace {

// The timeline marks plumbing rows (prototypes, home objects, promise bookkeeping) as
// internal; the slots lessons are about ([[Target]], registry cells, scopes) are not.
// An engine object's rows are all it is: hidden, they become the bridges that keep
// what it holds in sight (HiddenEngineObjects); shown on request, they show.
bool isPlumbing(const ObjectView& owner, const Row& row) { return row.internal && !owner.madeByEngine; }

void forEachTarget(const Row& row, auto&& visit) {
  if (row.key && row.key->target != kNoObject) visit(row.key->target);
  if (row.value.target != kNoObject) visit(row.value.target);
}

void forEachRootTarget(const HeapState& state, auto&& visit) {
  for (const RootScope& scope : state.scopes)
    for (const Variable& variable : scope.variables)
      if (variable.value.target != kNoObject) visit(variable.value.target);
  for (const TimerView& timer : state.timers)
    if (timer.callback.target != kNoObject) visit(timer.callback.target);
  for (const auto* queue : {&state.tasks, &state.microtasks})
    for (const JobView& job : *queue)
      if (job.target.target != kNoObject) visit(job.target.target);
  for (ObjectId kept : state.kept) visit(kept);
}

}  // namespace

RowVisibility::RowVisibility(const HeapState& state, bool showInternalRows)
    : state_(state), showInternalRows_(showInternalRows) {
  if (showInternalRows_) return;
  std::unordered_map<ObjectId, const ObjectView*> byId;
  for (const ObjectView& object : state.objects) byId.emplace(object.id, &object);
  // A default prototype: a plain object whose only property is `constructor`, pointing
  // back at its function, and which nothing but that function refers to.
  std::unordered_map<ObjectId, int> referrers;
  for (const ObjectView& object : state.objects)
    for (const Row& row : object.rows)
      if (!isPlumbing(object, row)) forEachTarget(row, [&](ObjectId target) { ++referrers[target]; });
  forEachRootTarget(state, [&](ObjectId target) { referrers[target] += 2; });
  for (const ObjectView& function : state.objects) {
    if (function.kind != CellKind::Function) continue;
    for (const Row& row : function.rows) {
      if (row.name != "prototype" || row.internal || row.value.target == kNoObject) continue;
      const auto found = byId.find(row.value.target);
      if (found == byId.end() || found->second->kind != CellKind::Object) continue;
      const ObjectView& prototype = *found->second;
      bool onlyConstructor = true;
      for (const Row& own : prototype.rows)
        if (!own.internal && (own.name != "constructor" || own.value.target != function.id)) onlyConstructor = false;
      if (onlyConstructor && referrers[prototype.id] == 1) untouchedPrototypes_.insert(prototype.id);
    }
  }
  hideUnreferencedNoise();
}

bool RowVisibility::shows(const ObjectView& owner, const Row& row) const {
  if (showInternalRows_) return true;
  if (isPlumbing(owner, row)) return false;
  return !isUntouchedPrototype(owner, row) && !hiddenObjects_.contains(owner.id);
}

bool RowVisibility::isUntouchedPrototype(const ObjectView& function, const Row& row) const {
  return function.kind == CellKind::Function && row.name == "prototype" &&
         untouchedPrototypes_.contains(row.value.target);
}

// Counts, for each object, the references that would keep it on screen, then hides
// objects whose count is zero though something refers to them, and what only they
// showed, until nothing changes.
void RowVisibility::hideUnreferencedNoise() {
  std::unordered_map<ObjectId, int> shownReferences;
  std::unordered_map<ObjectId, int> anyReferences;
  std::unordered_map<ObjectId, std::vector<ObjectId>> shownTargets;
  for (const ObjectView& object : state_.objects)
    for (const Row& row : object.rows)
      forEachTarget(row, [&](ObjectId target) {
        ++anyReferences[target];
        if (isPlumbing(object, row) || isUntouchedPrototype(object, row)) return;
        ++shownReferences[target];
        shownTargets[object.id].push_back(target);
      });
  forEachRootTarget(state_, [&](ObjectId target) { ++shownReferences[target], ++anyReferences[target]; });

  std::vector<ObjectId> work;
  for (const ObjectView& object : state_.objects)
    if (anyReferences[object.id] > 0 && shownReferences[object.id] == 0) work.push_back(object.id);
  while (!work.empty()) {
    const ObjectId hidden = work.back();
    work.pop_back();
    if (!hiddenObjects_.insert(hidden).second) continue;
    for (ObjectId target : shownTargets[hidden])
      if (--shownReferences[target] == 0) work.push_back(target);
  }
}

}  // namespace reachable::view
