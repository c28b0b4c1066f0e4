#include "ViewGraph.h"

#include "FoldedStacks.h"
#include "HiddenEngineObjects.h"
#include "RowVisibility.h"

#include <algorithm>

namespace reachable::view {
namespace {

// A reference to an engine object the view leaves out: the object in words, and
// bridges to what it leads to. A weak reference to it makes every bridge weak.
void passOver(const HiddenEngineObjects& engine, ObjectId& target, std::string& text, Strength strength,
              std::vector<Bridge>& bridges) {
  if (target == kNoObject || !engine.hides(target)) return;
  text = engine.title(target);
  for (Bridge bridge : engine.bridgesFrom(target)) {
    if (strength != Strength::Strong) bridge.strength = Strength::Weak;
    bridges.push_back(bridge);
  }
  target = kNoObject;
}

CardRow cardRow(const Row& row, const HiddenEngineObjects& engine) {
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
  passOver(engine, shown.keyTarget, shown.keyText, shown.keyStrength, shown.bridges);
  passOver(engine, shown.valueTarget, shown.valueText, shown.valueStrength, shown.bridges);
  return shown;
}

// Every reference a row makes, as edges leaving from `from`'s row.
void addEdgesOf(const CardRow& row, EdgeSource from, std::vector<Edge>& edges) {
  if (row.keyTarget != kNoObject) {
    EdgeSource key = from;
    if (!row.collapsed) key.slot = RowSlot::Key;
    edges.push_back({key, row.keyTarget, row.keyStrength, row.name});
  }
  if (row.valueTarget != kNoObject) edges.push_back({from, row.valueTarget, row.valueStrength, row.name});
  for (const Bridge& bridge : row.bridges) edges.push_back({from, bridge.to, bridge.strength, row.name});
}

CardRow foldRow(std::string name, bool collapsed, RowToggle toggle) {
  CardRow row;
  row.name = std::move(name);
  row.collapsed = collapsed;
  row.toggle = toggle;
  return row;
}

// How many of a card's `shown` rows stay visible: the first rows and "… N more",
// which the learner may click to unfold it (up to kMostRowsUnfolded).
std::size_t keptRows(std::size_t shown, std::size_t maxRows, bool unfolded) {
  if (maxRows < 2 || shown <= maxRows) return shown;
  return unfolded ? std::min(shown, ViewGraph::kMostRowsUnfolded) : maxRows - 1;
}

bool refersToObjects(const Row& row) {
  return row.value.target != kNoObject || (row.key && row.key->target != kNoObject);
}

// Keeps the first `kept` rows and folds the rest, with `plain` rows past them that
// were never built (they refer to no object), into one "… N more" row; the references
// of the folded rows leave from that row, so no object loses its arrow.
void foldFrom(std::vector<CardRow>& rows, std::size_t kept, std::size_t plain, RowToggle toggle,
              std::vector<Edge>& foldedInto, ObjectId owner) {
  const EdgeSource from{.object = owner, .row = kept, .slot = RowSlot::Value};
  for (std::size_t i = kept; i < rows.size(); ++i) {
    CardRow& row = rows[i];
    row.collapsed = true;  // every reference leaves from the one dot of the "more" row
    addEdgesOf(row, from, foldedInto);
  }
  const std::size_t folded = rows.size() - kept + plain;
  rows.resize(kept);
  rows.push_back(foldRow("… " + std::to_string(folded) + " more", true, toggle));
  rows.back().foldedCount = folded;
}

// A long card shows its first rows and "… N more"; an unfolded card ends in a row
// that folds it again. Rows past what stays visible are built only when they refer to
// an object (an array of 100,000 strings would otherwise cost 100,000 rows a step).
std::vector<CardRow> cardRows(const ObjectView& object, const RowVisibility& visibility,
                              const HiddenEngineObjects& engine, std::size_t maxRows, bool unfolded,
                              std::vector<Edge>& foldedInto) {
  const auto shown = object.rowsLeftOut + static_cast<std::size_t>(std::ranges::count_if(
                                              object.rows, [&](const Row& row) { return visibility.shows(object, row); }));
  const std::size_t kept = keptRows(shown, maxRows, unfolded);
  std::vector<CardRow> rows;
  rows.reserve(std::min(shown, kept + 1));
  std::size_t plain = object.rowsLeftOut;
  for (const Row& row : object.rows) {
    if (!visibility.shows(object, row)) continue;
    if (rows.size() < kept || refersToObjects(row)) rows.push_back(cardRow(row, engine));
    else ++plain;
  }
  if (kept < shown) foldFrom(rows, kept, plain, unfolded ? RowToggle::None : RowToggle::Unfold, foldedInto, object.id);
  if (unfolded && shown > maxRows && maxRows >= 2) rows.push_back(foldRow("\u25B2 fold", false, RowToggle::Fold));
  return rows;
}

void addRowEdges(const Card& card, std::vector<Edge>& edges) {
  for (std::size_t i = 0; i < card.rows.size(); ++i)
    if (!card.rows[i].collapsed) addEdgesOf(card.rows[i], {.object = card.id, .row = i, .slot = RowSlot::Value}, edges);
}

RootVariable rootVariable(std::string name, const ValueView& value, const HiddenEngineObjects& engine) {
  RootVariable variable{
      std::move(name), value.target == kNoObject ? value.text : std::string(), value.target, false, {}};
  passOver(engine, variable.target, variable.valueText, Strength::Strong, variable.bridges);
  return variable;
}

bool isFrameScope(const HeapState& state, std::size_t scope) {
  const int frame = state.scopes[scope].frame;
  return frame >= 0 && static_cast<std::size_t>(frame) < state.frames.size() &&
         state.frames[static_cast<std::size_t>(frame)].scope == static_cast<int>(scope);
}

bool moduleIsRunningOrParked(const HeapState& state) {
  return std::ranges::any_of(state.scopes, [](const RootScope& scope) { return scope.kind == RootScopeKind::Global; }) ||
         std::ranges::any_of(state.suspended, &SuspendedFrame::module);
}

// V8 drops a module's variables once the module has run (what a closure captured
// lives on in its context): the box stays, to say so where they were.
RootBox endedModuleBox() {
  RootBox box{"<global>", {}, -1, false, true};
  box.variables.push_back({"finished: variables gone", {}, kNoObject, false, {}});
  return box;
}

std::vector<RootBox> scopeBoxes(const HeapState& state, const HiddenEngineObjects& engine) {
  std::vector<RootBox> boxes;
  if (!moduleIsRunningOrParked(state)) boxes.push_back(endedModuleBox());
  for (std::size_t i = 0; i < state.scopes.size(); ++i) {
    const RootScope& scope = state.scopes[i];
    RootBox box{scope.name, {}, scope.frame, scope.kind == RootScopeKind::Function && isFrameScope(state, i)};
    for (const Variable& variable : scope.variables) {
      if (variable.hidden) continue;
      RootVariable shown = rootVariable(variable.name, variable.value, engine);
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
RootBox eventLoopBox(const HeapState& state, const HiddenEngineObjects& engine) {
  RootBox box{"event loop", {}, -1, true};
  for (const TimerView& timer : state.timers)
    box.variables.push_back(
        rootVariable((timer.repeat ? "interval " : "timer ") + std::to_string(timer.id), timer.callback, engine));
  for (const JobView& job : state.tasks)
    box.variables.push_back(rootVariable("task: " + job.description, job.target, engine));
  for (const JobView& job : state.microtasks)
    box.variables.push_back(rootVariable("microtask: " + job.description, job.target, engine));
  for (ObjectId kept : state.kept) box.variables.push_back(rootVariable("kept", {"", kept}, engine));
  return box;
}

void addRootEdges(const RootBox& box, std::size_t b, std::vector<Edge>& edges) {
  for (std::size_t v = 0; v < box.variables.size(); ++v) {
    const RootVariable& variable = box.variables[v];
    const EdgeSource from{.fromRoot = true, .box = b, .variable = v};
    if (variable.target != kNoObject) edges.push_back({from, variable.target, Strength::Strong, variable.name});
    for (const Bridge& bridge : variable.bridges) edges.push_back({from, bridge.to, bridge.strength, variable.name});
  }
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
  const HiddenEngineObjects engine(state, visibility, options.showEngineObjects);
  const auto shows = [&](ObjectId id) { return visibility.shows(id) && !engine.hides(id); };
  ViewGraph graph;
  graph.hiddenEngineObjects = engine.count();
  graph.roots = scopeBoxes(state, engine);
  if (RootBox loop = eventLoopBox(state, engine); !loop.variables.empty()) graph.roots.push_back(std::move(loop));
  for (std::size_t b = 0; b < graph.roots.size(); ++b) addRootEdges(graph.roots[b], b, graph.edges);
  std::vector<Edge> folded;
  for (const ObjectView& object : state.objects) {
    if (!shows(object.id)) continue;
    if (!options.freed || !options.freed->contains(object.id)) {
      ++graph.shownObjects;
      graph.shownBytes += object.bytes;
    }
    Card card{object.id, object.kind, object.title, object.label, object.site, object.madeByEngine, 0, {}, {}};
    card.rows = cardRows(object, visibility, engine, options.maxRowsPerCard,
                         options.unfolded && options.unfolded->contains(card.id), folded);
    addRowEdges(card, graph.edges);
    graph.edges.insert(graph.edges.end(), folded.begin(), folded.end());
    folded.clear();
    graph.cards.push_back(std::move(card));
  }
  std::erase_if(graph.edges, [&](const Edge& edge) { return !shows(edge.to); });
  stackFoldedTargets(graph.cards, graph.edges, graph.stackedAway);
  foldChains(graph.cards, graph.edges, graph.stackedAway);
  graph.index();
  return graph;
}

void ViewGraph::reindex() {
  cardIndex_.clear();
  edgesInto_.clear();
  index();
}

void ViewGraph::index() {
  for (std::size_t i = 0; i < cards.size(); ++i) cardIndex_.emplace(cards[i].id, i);
  std::erase_if(edges, [&](const Edge& edge) { return !cardIndex_.contains(edge.to); });
  for (std::size_t i = 0; i < edges.size(); ++i) edgesInto_[edges[i].to].push_back(i);
}

}  // namespace reachable::view
