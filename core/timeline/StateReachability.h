#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "timeline/HeapState.h"

namespace reachable {

// The three answers PRODUCT.md asks the view to show at a glance.
enum class Reach : std::uint8_t {
  Strong,       // a path of strong references from a root
  WeakOnly,     // reachable, but only through a weak reference somewhere on every path
  Unreachable,  // garbage: the next collection takes it
};

// One link of a retaining path: from a root variable or an object, through a row.
struct PathLink {
  std::string from;  // the root's name ("admin") or the holding object's title
  ObjectId fromObject = kNoObject;
  std::string edge;  // the row's name ("name", "0", "[[Scopes]]"); empty for a root
  ObjectId to = kNoObject;
};

// Reachability over one timeline state, as the collector would find it at that
// step: roots are the state's scopes (hidden temporaries included), timers, queued
// jobs and kept objects; a WeakMap value counts only once its map and key are
// reached.
//
// Everything is kept by an object's position in the state, in flat arrays: the view
// asks this of every card of every step, a hundred thousand of them in a big run.
class StateReachability {
 public:
  explicit StateReachability(const HeapState& state);

  Reach reach(ObjectId id) const;
  // The shortest chain of strong references from a root; empty when none.
  std::vector<PathLink> retainingPath(ObjectId id) const;
  // The path in words: "kept alive by: admin → name", or why nothing keeps it.
  std::string explain(ObjectId id) const;

 private:
  // How an object was first reached strongly; the words of its PathLink are made
  // only when a path is asked for.
  struct Via {
    enum class Kind : std::uint8_t { None, Root, Kept, Value, Key, EphemeronValue };
    Kind kind = Kind::None;
    std::uint32_t from = 0;  // Root: the scope; otherwise the holder's position
    std::uint32_t item = 0;  // Root: the variable; otherwise the row
  };
  std::size_t positionOf(ObjectId id) const;  // objects.size() when the state has no such object
  void markStrong();
  void markWeak();
  PathLink linkTo(std::size_t position) const;

  const HeapState& state_;
  std::vector<Via> strong_;  // by position; Kind::None when not reached strongly
  std::vector<bool> weak_;   // by position: reached only through a weak link
};

}  // namespace reachable
