#pragma once

#include <string>
#include <unordered_map>
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
class StateReachability {
 public:
  explicit StateReachability(const HeapState& state);

  Reach reach(ObjectId id) const;
  // The shortest chain of strong references from a root; empty when none.
  std::vector<PathLink> retainingPath(ObjectId id) const;
  // The path in words: "kept alive by: admin → name", or why nothing keeps it.
  std::string explain(ObjectId id) const;

 private:
  struct Parent {
    PathLink link;
  };
  void markStrong();
  void markWeak();

  const HeapState& state_;
  std::unordered_map<ObjectId, Parent> strong_;  // reached strongly, with how
  std::unordered_map<ObjectId, bool> weak_;      // reached only through a weak link
};

}  // namespace reachable
