#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "heap/Edge.h"
#include "heap/HeapCell.h"
#include "heap/ProgramObjects.h"
#include "text/SourcePosition.h"

namespace reachable {

// A value as a row of the view shows it: a primitive in words, or a reference.
struct ValueView {
  std::string text;             // `"John"`, `42`, `undefined`, `ƒ log`; empty for an object of the view
  ObjectId target = kNoObject;  // the object referred to, if any
  friend bool operator==(const ValueView&, const ValueView&) = default;
};

// How a row holds what it refers to: as the collector traces the edge the row stands
// for (strengthOf in heap/Edge.h).
using Strength = EdgeStrength;

// One line of an object's card: a property, an element, an entry of a Map or Set,
// or an internal slot ([[Target]], [[Scopes]], [[Prototype]] …).
struct Row {
  std::string name;              // "name", "0", "[[Target]]"; empty for a Map/Set entry
  std::optional<ValueView> key;  // a Map or WeakMap entry's key
  ValueView value;
  Strength keyStrength = Strength::Strong;
  Strength valueStrength = Strength::Strong;
  // Engine plumbing a learner need not see (a prototype, a promise's reactions): it
  // keeps objects alive, but the view may leave it out.
  bool internal = false;
  friend bool operator==(const Row&, const Row&) = default;
};

// An object the program made, as its card shows it. Built-ins (Object.prototype,
// console …) are not objects of the view; what they hold that the program made
// appears as roots instead.
struct ObjectView {
  ObjectId id = kNoObject;
  CellKind kind = CellKind::Object;
  std::string title;  // "Object", "Array(3)", "Map(2)", "WeakRef", "ƒ makeCounter", "User"
  std::string label;  // the scenario's name for its allocation site, or empty
  std::uint32_t bytes = 0;
  std::optional<SourcePosition> site;  // where the program allocated it
  // Made by the engine on the program's behalf (HeapCell::kEngineMade): a for…of's
  // iterator results, a promise's resolve function. The view may leave it out; it
  // keeps what it refers to alive all the same.
  bool madeByEngine = false;
  std::vector<Row> rows;
  // Rows after `rows` that a copy made for planning leaves out: they refer to no
  // object and are neither internal nor among the first a card can show.
  std::uint32_t rowsLeftOut = 0;
  friend bool operator==(const ObjectView&, const ObjectView&) = default;
};

// A variable (or an engine temporary) that is a root.
struct Variable {
  std::string name;
  ValueView value;
  bool uninitialized = false;  // in its temporal dead zone
  bool hidden = false;         // an engine temporary (an iterator, an operand): a root, but not shown
  friend bool operator==(const Variable&, const Variable&) = default;
};

enum class RootScopeKind : std::uint8_t {
  Global,    // the module's own scope: the tutorial's <global> box
  Function,  // a call frame's parameters and variables (block scopes folded in)
  Host,      // what built-ins hold for the program: globalThis properties, values in use
};

struct RootScope {
  RootScopeKind kind = RootScopeKind::Function;
  std::string name;  // "<global>", the function's name, "globalThis"
  int frame = -1;    // its frame in HeapState::frames, or -1
  std::vector<Variable> variables;
  friend bool operator==(const RootScope&, const RootScope&) = default;
};

// One call frame, outermost first.
struct FrameView {
  std::string function;  // "<module>" for the top level, "(anonymous)" when nameless
  // The statement it runs next: the call for an outer frame. (For the innermost
  // frame, the step's own range is the statement that just ran.)
  SourcePosition position;
  int scope = -1;  // its variables in HeapState::scopes
  friend bool operator==(const FrameView&, const FrameView&) = default;
};

// An async function parked at an `await`, alive only through the promise it waits
// on, or a generator parked at a `yield`, alive only through its generator object.
struct SuspendedFrame {
  std::string function;
  SourcePosition position;
  ObjectId frame = kNoObject;  // the parked frame, an object of the view (kind AsyncFrame)
  bool module = false;         // the module itself, at a top-level await
  bool generator = false;      // a generator's frame, parked at a yield (or before its first statement)
  friend bool operator==(const SuspendedFrame&, const SuspendedFrame&) = default;
};

struct TimerView {
  std::uint32_t id = 0;
  double due = 0;  // on the virtual clock, in milliseconds
  bool repeat = false;
  ValueView callback;
  friend bool operator==(const TimerView&, const TimerView&) = default;
};

// A queued task or microtask: what it will run.
struct JobView {
  std::string description;  // "setTimeout callback", "promise reaction", "cleanup of registry"
  ValueView target;
  friend bool operator==(const JobView&, const JobView&) = default;
};

// Everything the GUI draws for one step, read from the timeline: never from the
// running engine.
struct HeapState {
  std::uint64_t step = 0;
  std::vector<ObjectView> objects;  // by id, ascending
  std::vector<RootScope> scopes;    // the global scope first, then each frame's, then host roots
  std::vector<FrameView> frames;    // outermost first
  std::vector<SuspendedFrame> suspended;
  std::vector<TimerView> timers;  // by due time
  std::vector<JobView> tasks;
  std::vector<JobView> microtasks;
  std::vector<ObjectId> kept;  // kept alive until the current task ends (WeakRef rules)
  double clock = 0;            // the virtual clock, in milliseconds
  std::size_t consoleLines = 0;
  std::uint64_t bytes = 0;  // of the objects of the view

  const ObjectView* find(ObjectId id) const;
  friend bool operator==(const HeapState&, const HeapState&) = default;
};

}  // namespace reachable
