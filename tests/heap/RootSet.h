#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "heap/Roots.h"

namespace reachable::testing {

// A plain list of roots, by kind, with names, that a test builds by hand (the engine
// keeps its own provider over its frames and queues).
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

inline const std::vector<RootSet::Group>* RootSet::groupsOf(RootKind kind) const {
  switch (kind) {
    case RootKind::Frame: return &frames;
    case RootKind::Timer: return &timers;
    case RootKind::Task: return &tasks;
    case RootKind::Microtask: return &microtasks;
    default: return nullptr;
  }
}

inline void RootSet::forEachRoot(RootVisitor& visitor) const {
  for (std::uint32_t i = 0; i < globals.size(); ++i) visitor.visitRoot({RootKind::Global, 0, i}, globals[i].value);
  for (auto kind : {RootKind::Frame, RootKind::Timer, RootKind::Task, RootKind::Microtask}) {
    const auto& groups = *groupsOf(kind);
    for (std::uint32_t g = 0; g < groups.size(); ++g) {
      const auto& values = groups[g].values;
      for (std::uint32_t i = 0; i < values.size(); ++i) visitor.visitRoot({kind, g, i}, values[i].value);
    }
  }
  for (std::uint32_t i = 0; i < intrinsics.size(); ++i) {
    visitor.visitRoot({RootKind::Intrinsic, 0, i}, intrinsics[i].value);
  }
}

inline std::string RootSet::describeRoot(RootRef ref) const {
  if (ref.kind == RootKind::Global && ref.slot < globals.size()) return globals[ref.slot].name;
  if (ref.kind == RootKind::Intrinsic && ref.slot < intrinsics.size()) return intrinsics[ref.slot].name;
  const auto* groups = groupsOf(ref.kind);
  if (!groups || ref.group >= groups->size()) return std::string(rootKindName(ref.kind));
  const auto& group = (*groups)[ref.group];
  std::string where = std::string(rootKindName(ref.kind)) + " " + group.label;
  if (ref.slot < group.values.size() && !group.values[ref.slot].name.empty()) {
    return where + ": " + group.values[ref.slot].name;
  }
  return where;
}

}  // namespace reachable::testing
