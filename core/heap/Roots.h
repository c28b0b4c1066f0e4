#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "heap/Value.h"

namespace reachable {

// The places a root can live in (PRODUCT.md, "Reachability").
enum class RootKind : std::uint8_t {
  Global,     // the global object and the module's scope
  Frame,      // a variable or temporary of an active call frame
  Timer,      // a pending timer's callback and arguments
  Task,       // a queued task's callback and arguments
  Microtask,  // a queued microtask's callback and arguments
  Kept,       // a kept object of the current task (WeakRef creation, deref())
  Intrinsic,  // what the engine itself holds: built-ins, interned names, registered symbols
};

std::string_view rootKindName(RootKind kind);

// Names one root: its kind, which frame/timer/task (`group`) and which slot in it.
struct RootRef {
  RootKind kind = RootKind::Global;
  std::uint32_t group = 0;
  std::uint32_t slot = 0;
  friend bool operator==(const RootRef&, const RootRef&) = default;
};

class RootVisitor {
 public:
  virtual void visitRoot(RootRef ref, Value value) = 0;

 protected:
  ~RootVisitor() = default;
};

// Whoever runs the program (the interpreter, or a test) tells the collector its roots.
// The heap adds its own (kept objects, interned strings, registered symbols).
class RootProvider {
 public:
  virtual void forEachRoot(RootVisitor& visitor) const = 0;
  // Words for a root, for retaining paths: "admin", "frame of f: x", "timer 1".
  virtual std::string describeRoot(RootRef ref) const = 0;

 protected:
  ~RootProvider() = default;
};

// A plain list of roots, by kind, with names. Tests build one by hand; the engine
// keeps its own provider over its frames and queues.
class RootSet final : public RootProvider {
 public:
  struct Named {
    std::string name;
    Value value;
  };
  // A frame, timer, task or microtask: a label ("f", "setTimeout(tick, 100)") and its values.
  struct Group {
    std::string label;
    std::vector<Named> values;
  };

  std::vector<Named> globals;
  std::vector<Group> frames;
  std::vector<Group> timers;
  std::vector<Group> tasks;
  std::vector<Group> microtasks;
  std::vector<Named> intrinsics;

  void forEachRoot(RootVisitor& visitor) const override;
  std::string describeRoot(RootRef ref) const override;

 private:
  const std::vector<Group>* groupsOf(RootKind kind) const;
};

}  // namespace reachable
