#include "ViewGraph.h"

#include "FoldedStacks.h"
#include "RowVisibility.h"

namespace reachable::view {
namespace {

CardRow cardRow(const Row& row) {
  CardRow shown;
  shown.name = row.name;
  if (row.key) {
    shown.keyTarget = row.key->target;
    if (row.key->target == kNoObject) shown.keyText = row.key->text;
  }
  shown.valueTarget = row.value.target;
  if (row.value.target == kNoObject) shown.valueText = row.value.text;
  shown.keyStrength = row.keyStrength;
  shown.valueStrength = row.valueStrength;
  return shown;
}

// Keeps the first rows and folds the rest into one "… N more" row; the references of
// the folded rows leave from that row, so no object loses its arrow.
void collapse(std::vector<CardRow>& rows, std::size_t maxRows, std::vector<Edge>& foldedInto, ObjectId owner) {
  if (maxRows < 2 || rows.size() <= maxRows) return;
  const std::size_t kept = maxRows - 1;
  CardRow more;
  more.name = "… " + std::to_string(rows.size() - kept) + " more";
  more.collapsed = true;
  more.foldedCount = rows.size() - kept;
  for (std::size_t i = kept; i < rows.size(); ++i) {
    const CardRow& row = rows[i];
    const EdgeSource from{.object = owner, .row = kept, .slot = RowSlot::Value};
    if (row.keyTarget != kNoObject) foldedInto.push_back({from, row.keyTarget, row.keyStrength, row.name});
    if (row.valueTarget != kNoObject) foldedInto.push_back({from, row.valueTarget, row.valueStrength, row.name});
  }
  rows.resize(kept);
  rows.push_back(std::move(more));
}

void addRowEdges(const Card& card, std::vector<Edge>& edges) {
  for (std::size_t i = 0; i < card.rows.size(); ++i) {
    const CardRow& row = card.rows[i];
    if (row.collapsed) continue;
    if (row.keyTarget != kNoObject)
      edges.push_back({{.object = card.id, .row = i, .slot = RowSlot::Key}, row.keyTarget, row.keyStrength, row.name});
    if (row.valueTarget != kNoObject)
      edges.push_back(
          {{.object = card.id, .row = i, .slot = RowSlot::Value}, row.valueTarget, row.valueStrength, row.name});
  }
}

RootVariable rootVariable(std::string name, const ValueView& value) {
  return {std::move(name), value.target == kNoObject ? value.text : std::string(), value.target, false};
}

bool isFrameScope(const HeapState& state, std::size_t scope) {
  for (const FrameView& frame : state.frames)
    if (frame.scope == static_cast<int>(scope)) return true;
  return false;
}

std::vector<RootBox> scopeBoxes(const HeapState& state) {
  std::vector<RootBox> boxes;
  for (std::size_t i = 0; i < state.scopes.size(); ++i) {
    const RootScope& scope = state.scopes[i];
    RootBox box{scope.name, {}, scope.frame, scope.kind == RootScopeKind::Function && isFrameScope(state, i)};
    for (const Variable& variable : scope.variables) {
      if (variable.hidden) continue;
      RootVariable shown = rootVariable(variable.name, variable.value);
      shown.uninitialized = variable.uninitialized;
      box.variables.push_back(std::move(shown));
    }
    // The global box and a frame's box show even when empty: they are where the
    // program is; a host scope shows only what it holds for the program.
    if (!box.variables.empty() || scope.kind == RootScopeKind::Global || isFrameScope(state, i))
      boxes.push_back(std::move(box));
  }
  return boxes;
}

// Timers, queued jobs and kept objects are roots too: without this box an object held
// only by a timer would look strongly reachable with no arrow leading to it.
RootBox eventLoopBox(const HeapState& state) {
  RootBox box{"event loop", {}, -1, true};
  for (const TimerView& timer : state.timers)
    box.variables.push_back(
        rootVariable((timer.repeat ? "interval " : "timer ") + std::to_string(timer.id), timer.callback));
  for (const JobView& job : state.tasks) box.variables.push_back(rootVariable("task: " + job.description, job.target));
  for (const JobView& job : state.microtasks)
    box.variables.push_back(rootVariable("microtask: " + job.description, job.target));
  for (ObjectId kept : state.kept) box.variables.push_back({"kept", "", kept, false});
  return box;
}

}  // namespace

const Card* ViewGraph::find(ObjectId id) const {
  const auto found = cardIndex_.find(id);
  return found == cardIndex_.end() ? nullptr : &cards[found->second];
}

std::size_t ViewGraph::indexOf(ObjectId id) const {
  const auto found = cardIndex_.find(id);
  return found == cardIndex_.end() ? cards.size() : found->second;
}

std::vector<const Edge*> ViewGraph::edgesInto(ObjectId id) const {
  std::vector<const Edge*> into;
  if (const auto found = edgesInto_.find(id); found != edgesInto_.end())
    for (std::size_t i : found->second) into.push_back(&edges[i]);
  return into;
}

ViewGraph ViewGraph::build(const HeapState& state, const ViewGraphOptions& options) {
  const RowVisibility visibility(state, options.showInternalRows);
  ViewGraph graph;
  graph.roots = scopeBoxes(state);
  if (RootBox loop = eventLoopBox(state); !loop.variables.empty()) graph.roots.push_back(std::move(loop));
  for (std::size_t b = 0; b < graph.roots.size(); ++b)
    for (std::size_t v = 0; v < graph.roots[b].variables.size(); ++v) {
      const RootVariable& variable = graph.roots[b].variables[v];
      if (variable.target != kNoObject && visibility.shows(variable.target))
        graph.edges.push_back(
            {{.fromRoot = true, .box = b, .variable = v}, variable.target, Strength::Strong, variable.name});
    }
  std::vector<Edge> folded;
  for (const ObjectView& object : state.objects) {
    if (!visibility.shows(object.id)) {
      ++graph.hiddenObjects;
      continue;
    }
    Card card{object.id, object.kind, object.title, object.label, {}, {}};
    for (const Row& row : object.rows)
      if (visibility.shows(object, row)) card.rows.push_back(cardRow(row));
    collapse(card.rows, options.maxRowsPerCard, folded, card.id);
    addRowEdges(card, graph.edges);
    graph.edges.insert(graph.edges.end(), folded.begin(), folded.end());
    folded.clear();
    graph.cards.push_back(std::move(card));
  }
  std::erase_if(graph.edges, [&](const Edge& edge) { return !visibility.shows(edge.to); });
  stackFoldedTargets(graph.cards, graph.edges, graph.hiddenObjects);
  graph.index();
  return graph;
}

void ViewGraph::index() {
  for (std::size_t i = 0; i < cards.size(); ++i) cardIndex_.emplace(cards[i].id, i);
  std::erase_if(edges, [&](const Edge& edge) { return !cardIndex_.contains(edge.to); });
  for (std::size_t i = 0; i < edges.size(); ++i) edgesInto_[edges[i].to].push_back(i);
}

}  // namespace reachable::view
