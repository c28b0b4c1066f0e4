#pragma once

#include <cstdint>
#include <string>
#include <string_view>

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
  // Cells only weak handles hold that a program may yet reach through them (a registry
  // whose cleanup task waits): not roots of a full collection, which decides their
  // fate, but kept by a quiet one (Collector::collectQuietly), which must change nothing.
  virtual void forEachWeaklyHeld(RootVisitor& visitor) const { (void)visitor; }
  // Words for a root, for retaining paths: "admin", "frame of f: x", "timer 1".
  virtual std::string describeRoot(RootRef ref) const = 0;

 protected:
  ~RootProvider() = default;
};

}  // namespace reachable
