#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "timeline/HeapState.h"

namespace reachable::view {

// Which of a row's two references an arrow starts from: a Map entry may refer to
// objects by its key and by its value.
enum class RowSlot : std::uint8_t { Key, Value };

// An object that a row or a variable leads to through engine objects the view leaves
// out (a variable holding a promise's resolve function leads to the promise): drawn
// as an arrow from the row, so that what those objects keep alive stays in sight.
struct Bridge {
  ObjectId to = kNoObject;
  Strength strength = Strength::Strong;  // the weakest on the way
  friend bool operator==(const Bridge&, const Bridge&) = default;
};

// What clicking a row does: a folded card's "… N more" unfolds it; the last row of an
// unfolded card folds it again.
enum class RowToggle : std::uint8_t { None, Unfold, Fold };

// One line of a card as the view shows it.
struct CardRow {
  std::string name;       // "name", "[[Target]]"; empty for a Map/Set entry; "… 3 more"
  std::string keyText;    // a Map entry's key, when it is a primitive
  std::string valueText;  // the value, when it is a primitive or an engine object left out
  ObjectId keyTarget = kNoObject;
  ObjectId valueTarget = kNoObject;
  Strength keyStrength = Strength::Strong;
  Strength valueStrength = Strength::Strong;
  std::vector<Bridge> bridges;  // leave from the value's dot
  bool collapsed = false;       // the "… N more" row, which carries the references of the rows it hides
  std::size_t foldedCount = 0;  // how many rows a "… N more" row stands for
  RowToggle toggle = RowToggle::None;

  bool refersByValue() const { return valueTarget != kNoObject || !bridges.empty(); }
  // A Map entry whose key and value both refer: two dots, the key's above.
  bool twoSlots() const { return keyTarget != kNoObject && refersByValue(); }
};

struct Card {
  ObjectId id = kNoObject;
  CellKind kind = CellKind::Object;
  std::string title;                   // "Object", "WeakRef", "Map(2)", "ƒ makeCounter"
  std::string label;                   // the scenario's name for it, or empty
  std::optional<SourcePosition> site;  // where the program made it
  bool madeByEngine = false;           // shown only when the learner asks for engine objects
  // A stack: this many objects drawn as one card. A ghost stack (GhostPiles) is
  // unreachable objects of one allocation site, shown as the first of them with its
  // rows; a folded stack (FoldedStacks) is the objects only a folded row holds. 0 for
  // a card of one object.
  std::size_t pile = 0;
  std::vector<CardRow> rows;
  std::vector<ObjectId> stacked;  // a folded stack's objects; its id is none of theirs
};

struct RootVariable {
  std::string name;
  std::string valueText;  // a primitive's text, or an engine object left out; empty for a reference
  ObjectId target = kNoObject;
  bool uninitialized = false;
  std::vector<Bridge> bridges;
};

// A box of the roots column: the global scope, a frame's scope, what the host holds,
// or the event loop's timers, queued jobs and kept objects.
struct RootBox {
  std::string title;
  std::vector<RootVariable> variables;
  int frame = -1;  // the call frame whose scope it is, for the call stack's colour
  // A call frame's scope or the event loop: roots for a while, not where objects live.
  bool transient = false;
  // The module's scope once the module has finished: no longer a root. Its one row
  // says so, where the learner saw its variables until now.
  bool ended = false;
};

// Where an arrow starts: a root variable or a card's row.
struct EdgeSource {
  bool fromRoot = false;
  std::size_t box = 0;  // roots: the box and the variable
  std::size_t variable = 0;
  ObjectId object = kNoObject;  // cards: the object, its row and the row's slot
  std::size_t row = 0;
  RowSlot slot = RowSlot::Value;
  friend bool operator==(const EdgeSource&, const EdgeSource&) = default;
};

struct Edge {
  EdgeSource from;
  ObjectId to = kNoObject;
  Strength strength = Strength::Strong;
  std::string name;  // the variable or property, written beside the arrow in the tutorial look
};

struct ViewGraphOptions {
  bool showInternalRows = false;   // [[Prototype]] and other plumbing, hidden by default
  bool showEngineObjects = false;  // what the engine made on the program's behalf, hidden by default
  std::size_t maxRowsPerCard = 8;
  // Cards the learner unfolded: all their rows show (up to kMostRowsUnfolded).
  const std::unordered_set<ObjectId>* unfolded = nullptr;
  // Drawn as the ghosts of the sweep that freed them, no longer in memory: not counted
  // in shownObjects and shownBytes.
  const std::unordered_set<ObjectId>* freed = nullptr;
};

// What the heap view shows of one state: the roots, the cards with their visible rows
// (internal plumbing and engine objects hidden, long cards collapsed), and the
// references between them.
struct ViewGraph {
  static constexpr std::size_t kMostRowsUnfolded = 200;

  std::vector<RootBox> roots;
  std::vector<Card> cards;  // objects by id, ascending, then folded stacks
  std::vector<Edge> edges;  // roots' first, then cards' in order
  std::size_t hiddenEngineObjects = 0;
  // The objects the cards stand for (each of a stack's or a pile's), and their bytes:
  // what the heap panel's header counts.
  std::size_t shownObjects = 0;
  std::uint64_t shownBytes = 0;
  std::size_t stackedAway = 0;  // objects only a folded stack's objects hold, left out with them

  const Card* find(ObjectId id) const;
  // The card's position in `cards`, or cards.size() when it is not shown.
  std::size_t indexOf(ObjectId id) const;
  bool contains(ObjectId id) const { return find(id) != nullptr; }
  // The edges into an object, in the order of `edges`.
  std::vector<const Edge*> edgesInto(ObjectId id) const;

  static ViewGraph build(const HeapState& state, const ViewGraphOptions& options = {});
  // After cards or edges were changed in place (ghost piles): the lookups anew.
  void reindex();

 private:
  std::unordered_map<ObjectId, std::size_t> cardIndex_;
  std::unordered_map<ObjectId, std::vector<std::size_t>> edgesInto_;
  void index();
};

}  // namespace reachable::view
